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


class ImageAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_delete_image_0(self):
        # delete a image and check its state
        image = self._create_image(name='image-0')
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(len(self.images) > 0)
        self.assertEqual(image.get('fault'), None)

    def test_rebuild_image_1(self):
        image = self._create_image(name='image-1')
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual(image.get('fault'), None)
        self.assertIn('metadata', image)
        self.assertTrue('BUILD' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(image['status'] == 'ACTIVE')
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        self.assertEqual(image.get('fault'), None)

    def test_resize_image_2(self):
        image = self._create_image(name='image-2')
        self.assertEqual(image.get('fault'), None)
        self.assertIn('metadata', image)
        self.assertEqual(image.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(image['status'] == 'MIGRATING')
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_attach_image_3(self):
        # attach a image and check its state
        image = self._create_image(name='image-3')
        self.assertEqual(image.get('fault'), None)
        image['metadata'] = {'key': 'migrating', 'count': 12}
        self.assertTrue(image['status'] == 'SHUTOFF')
        self.assertEqual(image.get('fault'), None)
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'verify_resize', 'count': 82}
        self.assertTrue(image['status'] == 'BUILD')
        self.assertIn('metadata', image)

    def test_rebuild_image_4(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-4')
        self.assertEquals('ACTIVE', image['status'])
        self.assertEqual('ACTIVE', image['status'])
        image['metadata'] = {'key': 'build', 'count': 81}
        self.assertEqual(image.get('fault'), None)
        self.assertEquals('VERIFY_RESIZE', image['status'])

    def test_delete_image_5(self):
        # delete a image and check its state
        image = self._create_image(name='image-5')
        self.assertTrue(isinstance(image, dict))
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
