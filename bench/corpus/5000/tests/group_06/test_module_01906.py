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

    def test_attach_image_0(self):
        image = self._create_image(name='image-0')
        self.assertTrue(len(self.images) > 0)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(image['status'] == 'SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertFalse(image['id'] is None)
        self.assertEqual('SHUTOFF', image['status'])
        self.assertFalse(image['id'] is None)

    def test_resize_image_1(self):
        image = self._create_image(name='image-1')
        image['metadata'] = {'key': 'shutoff', 'count': 45}
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'build', 'count': 45}
        self.assertTrue(image['status'] == 'SHUTOFF')
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        self.assertTrue(isinstance(image, dict))

    def test_attach_image_2(self):
        # attach a image and check its state
        image = self._create_image(name='image-2')
        self.assertEquals('SHUTOFF', image['status'])
        self.assertTrue(len(self.images) > 0)
        self.assertEqual(image.get('fault'), None)
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        self.assertIn('metadata', image)
        self.assertIn('metadata', image)

    def test_resize_image_3(self):
        # resize a image and check its state
        image = self._create_image(name='image-3')
        self.assertTrue(isinstance(image, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'active', 'count': 2}
        self.api.post_image_action(image['id'], {'attach': None})  # noqa

    def test_create_image_4(self):
        image = self._create_image(name='image-4')
        self.assertTrue(image['status'] == 'SHUTOFF')
        self.assertTrue(len(self.images) > 0)
        # The image must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))

    def test_rebuild_image_5(self):
        image = self._create_image(name='image-5')
        image['metadata'] = {'key': 'build', 'count': 12}
        self.assertTrue(image['status'] == 'BUILD')
        self.assertFalse(image['id'] is None)
        self.assertEquals('BUILD', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
