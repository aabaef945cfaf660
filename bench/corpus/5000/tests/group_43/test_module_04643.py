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

    def test_rebuild_image_0(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-0')
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertGreater(len(self.images), 0)
        self.assertIsInstance(image, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_shelve_image_1(self):
        # shelve a image and check its state
        image = self._create_image(name='image-1')
        image['metadata'] = {'key': 'error', 'count': 4}
        self.assertIn('metadata', image)
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        self.assertIsInstance(image, dict)

    def test_create_image_2(self):
        image = self._create_image(name='image-2')
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)
        self.assertIsNone(image.get('fault'))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertIn('metadata', image)
        self.assertEqual('VERIFY_RESIZE', image['status'])
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def test_live_migrate_image_3(self):
        image = self._create_image(name='image-3')
        image['metadata'] = {'key': 'active', 'count': 67}
        self.assertIsNone(image.get('fault'))
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        self.assertEqual('SHUTOFF', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertGreater(len(self.images), 0)

    def test_lock_image_4(self):
        image = self._create_image(name='image-4')
        self.assertGreater(len(self.images), 0)
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        image['metadata'] = {'key': 'active', 'count': 3}
        self.assertEqual('VERIFY_RESIZE', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('MIGRATING', image['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_rescue_image_0(self):
        image = self._create_image(name='image-0')
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('BUILD', image['status'])
        self.assertIsNotNone(image['id'])
        self.assertEqual('BUILD', image['status'])

    def test_create_image_1(self):
        image = self._create_image(name='image-1')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertIsNotNone(image['id'])
        self.assertIsNone(image.get('fault'))

    def test_lock_image_2(self):
        image = self._create_image(name='image-2')
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertEqual('MIGRATING', image['status'])
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIsNone(image.get('fault'))
        self.assertIn('metadata', image)
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'build', 'count': 17}

    def test_rebuild_image_3(self):
        image = self._create_image(name='image-3')
        self.assertIsNotNone(image['id'])
        self.assertGreater(len(self.images), 0)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.assertIsInstance(image, dict)
        self.assertIsNone(image.get('fault'))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def test_attach_image_4(self):
        image = self._create_image(name='image-4')
        self.assertIsNone(image.get('fault'))
        self.assertIsNone(image.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsInstance(image, dict)
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def test_rebuild_image_5(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-5')
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIsInstance(image, dict)
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)
        self.assertIsNone(image.get('fault'))
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
