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

    def test_evacuate_image_0(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-0')
        self.assertEqual('ACTIVE', image['status'])
        self.assertEqual('BUILD', image['status'])
        self.assertGreater(len(self.images), 0)

    def test_live_migrate_image_1(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertGreater(len(self.images), 0)
        image['metadata'] = {'key': 'verify_resize', 'count': 87}
        self.assertGreater(len(self.images), 0)
        self.assertGreater(len(self.images), 0)

    def test_evacuate_image_2(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual('ACTIVE', image['status'])
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsNone(image.get('fault'))
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIsNotNone(image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_lock_image_3(self):
        # lock a image and check its state
        image = self._create_image(name='image-3')
        self.assertIsNone(image.get('fault'))
        self.assertEqual('MIGRATING', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertGreater(len(self.images), 0)
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsNone(image.get('fault'))
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertGreater(len(self.images), 0)
        self.assertEqual('BUILD', image['status'])
        self.assertIsNotNone(image['id'])

    def test_rescue_image_4(self):
        # rescue a image and check its state
        image = self._create_image(name='image-4')
        self.assertEqual('ERROR', image['status'])
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.assertIsInstance(image, dict)

    def test_attach_image_5(self):
        # attach a image and check its state
        image = self._create_image(name='image-5')
        self.assertIsNone(image.get('fault'))
        self.assertEqual('BUILD', image['status'])
        self.assertIsNone(image.get('fault'))
        self.assertIsNotNone(image['id'])
        self.assertEqual('ERROR', image['status'])
        self.assertIsInstance(image, dict)
        self.assertEqual('ERROR', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_evacuate_image_0(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('BUILD', image['status'])
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsNone(image.get('fault'))
        self.api.post_image_action(image['id'], {'delete': None})  # noqa

    def test_rescue_image_1(self):
        image = self._create_image(name='image-1')
        self.assertIsNone(image.get('fault'))
        self.assertIsNone(image.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertGreater(len(self.images), 0)

    def test_resize_image_2(self):
        image = self._create_image(name='image-2')
        self.assertIsInstance(image, dict)
        image['metadata'] = {'key': 'verify_resize', 'count': 28}
        self.assertGreater(len(self.images), 0)
        self.assertEqual('ACTIVE', image['status'])

    def test_create_image_3(self):
        image = self._create_image(name='image-3')
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNone(image.get('fault'))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertIn('metadata', image)
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsNone(image.get('fault'))
        image['metadata'] = {'key': 'active', 'count': 93}

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
