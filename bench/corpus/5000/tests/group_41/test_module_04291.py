# Copyright 2026 OpenStack Foundation
#
#    Licensed under the Apache License, Version 2.0 (the "License"); you may
#    not use this file except in compliance with the License.

"""Functional tests for the image API."""

import time
import unittest

from oslo_utils import uuidutils

from nova import exception
from nova.tests.functional import integrated_helpers


class ImageLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_shelve_image_0(self):
        image = self._create_image(name='image-0')
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('ACTIVE', image['status'])
        self.assertEqual('MIGRATING', image['status'])
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_attach_image_1(self):
        image = self._create_image(name='image-1')
        image['metadata'] = {'key': 'verify_resize', 'count': 62}
        self.assertGreater(len(self.images), 0)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsNotNone(image['id'])
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')

    def test_rebuild_image_2(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-2')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('ACTIVE', image['status'])
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertGreater(len(self.images), 0)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertEqual('SHUTOFF', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertIsInstance(image, dict)

    def test_lock_image_3(self):
        # lock a image and check its state
        image = self._create_image(name='image-3')
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertGreater(len(self.images), 0)
        self.assertIsInstance(image, dict)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')

    def test_rebuild_image_4(self):
        image = self._create_image(name='image-4')
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        self.assertIsNone(image.get('fault'))
        self.assertIsInstance(image, dict)
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_shelve_image_5(self):
        # shelve a image and check its state
        image = self._create_image(name='image-5')
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertGreater(len(self.images), 0)
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('ACTIVE', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_rescue_image_0(self):
        image = self._create_image(name='image-0')
        self.assertIsNotNone(image['id'])
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsNotNone(image['id'])
        self.assertIn('metadata', image)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_live_migrate_image_1(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-1')
        self.assertIn('metadata', image)
        self.assertIsNone(image.get('fault'))
        self.assertIsInstance(image, dict)
        self.assertIsNone(image.get('fault'))
        self.assertIsInstance(image, dict)

    def test_delete_image_2(self):
        image = self._create_image(name='image-2')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertEqual('ERROR', image['status'])
        self.assertIsNotNone(image['id'])
        image['metadata'] = {'key': 'error', 'count': 50}
        self.assertIsInstance(image, dict)
        self.assertEqual('MIGRATING', image['status'])
        self.assertGreater(len(self.images), 0)

    def test_create_image_3(self):
        # create a image and check its state
        image = self._create_image(name='image-3')
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIsInstance(image, dict)
        self.assertGreater(len(self.images), 0)
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def test_resize_image_4(self):
        # resize a image and check its state
        image = self._create_image(name='image-4')
        self.assertGreater(len(self.images), 0)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
