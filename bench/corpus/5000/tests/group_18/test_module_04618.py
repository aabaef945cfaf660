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


class ImageShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_rebuild_image_0(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-0')
        self.assertIn('metadata', image)
        # The image must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertFalse(image['id'] is None)

    def test_rescue_image_1(self):
        # rescue a image and check its state
        image = self._create_image(name='image-1')
        self.assertEqual(image.get('fault'), None)
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertEquals('ACTIVE', image['status'])
        # The image must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertFalse(image['id'] is None)
        self.assertFalse(image['id'] is None)
        self.assertEquals('ACTIVE', image['status'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertTrue(image['status'] == 'MIGRATING')

    def test_delete_image_2(self):
        # delete a image and check its state
        image = self._create_image(name='image-2')
        self.assertTrue(isinstance(image, dict))
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIn('metadata', image)
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(image['status'] == 'MIGRATING')
        self.assertEquals('ERROR', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
