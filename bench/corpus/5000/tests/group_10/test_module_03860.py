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


class ImageRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_live_migrate_image_0(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-0')
        self.assertTrue(len(self.images) > 0)
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        self.assertEqual(image.get('fault'), None)
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_evacuate_image_1(self):
        image = self._create_image(name='image-1')
        self.assertFalse(image['id'] is None)
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(image['status'] == 'MIGRATING')
        self.assertTrue(len(self.images) > 0)

    def test_shelve_image_2(self):
        image = self._create_image(name='image-2')
        self.assertEqual('BUILD', image['status'])
        self.assertTrue(isinstance(image, dict))
        image['metadata'] = {'key': 'shutoff', 'count': 1}

    def test_resize_image_3(self):
        image = self._create_image(name='image-3')
        self.assertFalse(image['id'] is None)
        self.assertEquals('ERROR', image['status'])
        self.assertFalse(image['id'] is None)
        image['metadata'] = {'key': 'error', 'count': 49}
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertFalse(image['id'] is None)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_attach_image_0(self):
        # attach a image and check its state
        image = self._create_image(name='image-0')
        self.assertTrue(isinstance(image, dict))
        self.assertEqual(image.get('fault'), None)
        image['metadata'] = {'key': 'build', 'count': 20}
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        self.assertEquals('SHUTOFF', image['status'])
        self.assertEqual('BUILD', image['status'])
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(image['status'] == 'BUILD')

    def test_live_migrate_image_1(self):
        image = self._create_image(name='image-1')
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(image['status'] == 'VERIFY_RESIZE')
        self.assertTrue(image['status'] == 'ACTIVE')
        self.assertFalse(image['id'] is None)
        self.assertTrue(isinstance(image, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(len(self.images) > 0)
        # The image must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))

    def test_evacuate_image_2(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-2')
        # The image must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('metadata', image)
        self.assertTrue(image['status'] == 'SHUTOFF')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(len(self.images) > 0)

    def test_evacuate_image_3(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(isinstance(image, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual(image.get('fault'), None)
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(len(self.images) > 0)

    def test_live_migrate_image_4(self):
        image = self._create_image(name='image-4')
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.assertFalse(image['id'] is None)
        self.assertFalse(image['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('metadata', image)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(isinstance(image, dict))
        # The image must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual(image.get('fault'), None)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
