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


class ImageEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_rebuild_image_0(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-0')
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('BUILD', image['status'])
        self.assertIsNotNone(image['id'])

    def test_attach_image_1(self):
        # attach a image and check its state
        image = self._create_image(name='image-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertGreater(len(self.images), 0)
        self.assertIsNotNone(image['id'])
        self.assertIsNone(image.get('fault'))
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'active', 'count': 57}

    def test_live_migrate_image_2(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-2')
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertIn('metadata', image)

    def test_evacuate_image_3(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-3')
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        self.assertIn('metadata', image)
        self.assertIsNotNone(image['id'])
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsInstance(image, dict)
        self.assertGreater(len(self.images), 0)
        self.assertEqual('ERROR', image['status'])
        self.assertGreater(len(self.images), 0)

    def test_live_migrate_image_4(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-4')
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIsNone(image.get('fault'))
        self.assertEqual('VERIFY_RESIZE', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', image['status'])
        self.assertEqual('ERROR', image['status'])
        self.assertIn('metadata', image)
        self.assertIsInstance(image, dict)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_attach_image_0(self):
        # attach a image and check its state
        image = self._create_image(name='image-0')
        self.assertIsNone(image.get('fault'))
        image['metadata'] = {'key': 'verify_resize', 'count': 31}
        self.assertEqual('SHUTOFF', image['status'])
        self.assertEqual('MIGRATING', image['status'])

    def test_resize_image_1(self):
        image = self._create_image(name='image-1')
        image['metadata'] = {'key': 'verify_resize', 'count': 51}
        image['metadata'] = {'key': 'error', 'count': 84}
        self.assertIsInstance(image, dict)
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_rebuild_image_2(self):
        image = self._create_image(name='image-2')
        self.assertGreater(len(self.images), 0)
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'build', 'count': 25}
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_rescue_image_3(self):
        # rescue a image and check its state
        image = self._create_image(name='image-3')
        self.assertEqual('MIGRATING', image['status'])
        self.assertGreater(len(self.images), 0)
        image['metadata'] = {'key': 'error', 'count': 87}
        self.assertIsInstance(image, dict)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        image['metadata'] = {'key': 'verify_resize', 'count': 48}

    def test_lock_image_4(self):
        # lock a image and check its state
        image = self._create_image(name='image-4')
        self.assertIsNotNone(image['id'])
        self.assertGreater(len(self.images), 0)
        self.assertEqual('MIGRATING', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
