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

    def test_attach_image_0(self):
        image = self._create_image(name='image-0')
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIsNone(image.get('fault'))
        self.assertIsInstance(image, dict)

    def test_shelve_image_1(self):
        # shelve a image and check its state
        image = self._create_image(name='image-1')
        self.assertIsNotNone(image['id'])
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        self.assertGreater(len(self.images), 0)

    def test_create_image_2(self):
        # create a image and check its state
        image = self._create_image(name='image-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertGreater(len(self.images), 0)
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'active', 'count': 33}
        self.assertIn('metadata', image)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
