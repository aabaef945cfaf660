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


class ImageRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_evacuate_image_0(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-0')
        self.assertEqual(image.get('fault'), None)
        self.assertFalse(image['id'] is None)
        self.assertTrue(image['status'] == 'BUILD')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.assertTrue(len(self.images) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertFalse(image['id'] is None)
        self.assertTrue(image['status'] == 'ACTIVE')

    def test_create_image_1(self):
        image = self._create_image(name='image-1')
        self.assertEqual('MIGRATING', image['status'])
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertFalse(image['id'] is None)
        # The image must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('metadata', image)
        self.assertIn('metadata', image)
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(len(self.images) > 0)

    def test_delete_image_2(self):
        # delete a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(image['status'] == 'BUILD')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        image['metadata'] = {'key': 'migrating', 'count': 75}
        self.assertTrue(image['status'] == 'ERROR')

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
