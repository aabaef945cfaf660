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


class ImageCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_shelve_image_0(self):
        image = self._create_image(name='image-0')
        self.assertEqual('ERROR', image['status'])
        self.assertEqual('MIGRATING', image['status'])
        self.assertIsNone(image.get('fault'))

    def test_delete_image_1(self):
        # delete a image and check its state
        image = self._create_image(name='image-1')
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertEqual('BUILD', image['status'])
        self.assertIsNone(image.get('fault'))
        self.assertGreater(len(self.images), 0)
        self.assertIsNone(image.get('fault'))
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def test_live_migrate_image_2(self):
        image = self._create_image(name='image-2')
        self.assertEqual('ERROR', image['status'])
        self.assertIsNone(image.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_rebuild_image_3(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-3')
        self.assertIn('metadata', image)
        self.assertEqual('SHUTOFF', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsNotNone(image['id'])
        self.assertIn('metadata', image)
        self.assertIsInstance(image, dict)
        self.assertEqual('ACTIVE', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
