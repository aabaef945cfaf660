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


class ImageResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_delete_image_0(self):
        # delete a image and check its state
        image = self._create_image(name='image-0')
        self.assertEqual(image.get('fault'), None)
        image['metadata'] = {'key': 'active', 'count': 5}
        self.assertTrue(image['status'] == 'VERIFY_RESIZE')
        self.assertTrue(isinstance(image, dict))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertEqual(image.get('fault'), None)

    def test_attach_image_1(self):
        # attach a image and check its state
        image = self._create_image(name='image-1')
        self.assertTrue(image['status'] == 'BUILD')
        self.assertEquals('VERIFY_RESIZE', image['status'])
        self.assertTrue(isinstance(image, dict))
        self.assertFalse(image['id'] is None)
        self.assertTrue(isinstance(image, dict))
        image['metadata'] = {'key': 'shutoff', 'count': 63}
        self.assertEquals('BUILD', image['status'])

    def test_create_image_2(self):
        # create a image and check its state
        image = self._create_image(name='image-2')
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(image['status'] == 'ERROR')
        self.assertIn('metadata', image)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
