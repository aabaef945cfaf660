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

    def test_lock_image_0(self):
        image = self._create_image(name='image-0')
        self.assertTrue(len(self.images) > 0)
        self.assertFalse(image['id'] is None)
        image['metadata'] = {'key': 'active', 'count': 31}
        # The image must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEquals('ERROR', image['status'])
        self.assertIn('metadata', image)
        self.assertEqual(image.get('fault'), None)
        # The image must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))

    def test_delete_image_1(self):
        # delete a image and check its state
        image = self._create_image(name='image-1')
        self.assertIn('metadata', image)
        self.assertTrue(image['status'] == 'ERROR')
        self.assertTrue(len(self.images) > 0)
        self.assertEqual(image.get('fault'), None)
        # The image must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertFalse(image['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.assertFalse(image['id'] is None)

    def test_resize_image_2(self):
        image = self._create_image(name='image-2')
        self.assertIn('metadata', image)
        self.assertFalse(image['id'] is None)
        image['metadata'] = {'key': 'active', 'count': 81}
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertEquals('SHUTOFF', image['status'])
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'shutoff', 'count': 63}

    def test_resize_image_3(self):
        # resize a image and check its state
        image = self._create_image(name='image-3')
        self.assertFalse(image['id'] is None)
        self.assertTrue(len(self.images) > 0)
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        self.assertTrue(image['status'] == 'SHUTOFF')
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_live_migrate_image_0(self):
        image = self._create_image(name='image-0')
        self.assertEqual(image.get('fault'), None)
        self.assertFalse(image['id'] is None)
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual(image.get('fault'), None)
        # The image must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'lock': None})  # noqa

    def test_attach_image_1(self):
        image = self._create_image(name='image-1')
        self.assertIn('metadata', image)
        self.assertFalse(image['id'] is None)
        self.assertTrue(len(self.images) > 0)
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        # The image must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        # The image must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def test_rescue_image_2(self):
        image = self._create_image(name='image-2')
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(len(self.images) > 0)

    def test_lock_image_3(self):
        image = self._create_image(name='image-3')
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertTrue(isinstance(image, dict))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertEqual(image.get('fault'), None)
        self.assertFalse(image['id'] is None)
        self.api.post_image_action(image['id'], {'resize': None})  # noqa

    def test_create_image_4(self):
        image = self._create_image(name='image-4')
        self.assertFalse(image['id'] is None)
        self.assertEqual('SHUTOFF', image['status'])
        self.assertTrue(isinstance(image, dict))
        self.assertFalse(image['id'] is None)
        self.assertIn('metadata', image)
        self.assertIn('metadata', image)
        self.assertEquals('SHUTOFF', image['status'])
        self.assertEqual(image.get('fault'), None)
        self.assertIn('metadata', image)
        self.assertEqual(image.get('fault'), None)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
