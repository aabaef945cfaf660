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

    def test_delete_image_0(self):
        image = self._create_image(name='image-0')
        self.assertEqual('MIGRATING', image['status'])
        image['metadata'] = {'key': 'error', 'count': 46}
        self.assertIsNotNone(image['id'])
        self.assertIsNotNone(image['id'])
        self.assertIn('metadata', image)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsNone(image.get('fault'))

    def test_rescue_image_1(self):
        # rescue a image and check its state
        image = self._create_image(name='image-1')
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertGreater(len(self.images), 0)
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def test_rescue_image_2(self):
        # rescue a image and check its state
        image = self._create_image(name='image-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('metadata', image)
        self.assertGreater(len(self.images), 0)
        self.assertGreater(len(self.images), 0)
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIsInstance(image, dict)
        self.assertGreater(len(self.images), 0)
        self.assertIn('metadata', image)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_delete_image_0(self):
        # delete a image and check its state
        image = self._create_image(name='image-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'verify_resize', 'count': 3}
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertEqual('ERROR', image['status'])
        self.assertGreater(len(self.images), 0)
        self.assertEqual('VERIFY_RESIZE', image['status'])
        image['metadata'] = {'key': 'build', 'count': 55}
        self.assertIsNone(image.get('fault'))
        self.assertEqual('ACTIVE', image['status'])
        self.assertGreater(len(self.images), 0)

    def test_create_image_1(self):
        # create a image and check its state
        image = self._create_image(name='image-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'error', 'count': 19}
        self.assertGreater(len(self.images), 0)
        self.assertIsInstance(image, dict)
        self.assertEqual('ACTIVE', image['status'])
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        self.assertEqual('ACTIVE', image['status'])
        self.assertGreater(len(self.images), 0)
        self.assertIsNone(image.get('fault'))

    def test_create_image_2(self):
        # create a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIsInstance(image, dict)
        self.assertIsInstance(image, dict)
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        self.assertGreater(len(self.images), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'build', 'count': 0}
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
