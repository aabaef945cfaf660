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
        self.assertIsInstance(image, dict)
        self.assertEqual('ERROR', image['status'])
        self.assertIsInstance(image, dict)
        self.assertEqual('SHUTOFF', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_lock_image_1(self):
        # lock a image and check its state
        image = self._create_image(name='image-1')
        self.assertEqual('ERROR', image['status'])
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertEqual('ACTIVE', image['status'])
        image['metadata'] = {'key': 'build', 'count': 70}
        self.assertIsNotNone(image['id'])
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsInstance(image, dict)

    def test_evacuate_image_2(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-2')
        self.assertGreater(len(self.images), 0)
        self.assertIsNotNone(image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
