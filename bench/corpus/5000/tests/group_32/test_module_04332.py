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

    def test_evacuate_image_0(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-0')
        self.assertTrue(len(self.images) > 0)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)
        self.assertFalse(image['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(isinstance(image, dict))
        self.assertFalse(image['id'] is None)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')

    def test_evacuate_image_1(self):
        image = self._create_image(name='image-1')
        image['metadata'] = {'key': 'verify_resize', 'count': 64}
        # The image must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        # The image must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')

    def test_attach_image_2(self):
        image = self._create_image(name='image-2')
        self.assertEqual('BUILD', image['status'])
        self.assertTrue(isinstance(image, dict))
        self.assertEqual(image.get('fault'), None)
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        self.assertEquals('MIGRATING', image['status'])
        self.assertTrue(image['status'] == 'ERROR')
        self.assertFalse(image['id'] is None)
        self.assertEqual('BUILD', image['status'])

    def test_lock_image_3(self):
        # lock a image and check its state
        image = self._create_image(name='image-3')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertFalse(image['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(isinstance(image, dict))
        image['metadata'] = {'key': 'shutoff', 'count': 9}
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        # The image must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))

    def test_attach_image_4(self):
        image = self._create_image(name='image-4')
        self.assertEquals('ACTIVE', image['status'])
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(isinstance(image, dict))
        self.assertTrue('MIGRATING' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual(image.get('fault'), None)
        self.assertIn('metadata', image)
        self.assertIn('metadata', image)
        self.assertTrue(len(self.images) > 0)
        self.assertEqual('ACTIVE', image['status'])

    def test_create_image_5(self):
        # create a image and check its state
        image = self._create_image(name='image-5')
        self.assertTrue(len(self.images) > 0)
        self.assertEqual(image.get('fault'), None)
        self.assertEquals('VERIFY_RESIZE', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_delete_image_0(self):
        # delete a image and check its state
        image = self._create_image(name='image-0')
        self.assertFalse(image['id'] is None)
        self.assertEquals('MIGRATING', image['status'])
        self.assertEquals('ACTIVE', image['status'])

    def test_rescue_image_1(self):
        image = self._create_image(name='image-1')
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(len(self.images) > 0)
        self.assertEqual(image.get('fault'), None)
        image['metadata'] = {'key': 'verify_resize', 'count': 29}

    def test_lock_image_2(self):
        image = self._create_image(name='image-2')
        self.assertEqual(image.get('fault'), None)
        self.assertEqual(image.get('fault'), None)
        self.assertFalse(image['id'] is None)
        self.assertTrue(isinstance(image, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(len(self.images) > 0)

    def test_delete_image_3(self):
        image = self._create_image(name='image-3')
        self.assertFalse(image['id'] is None)
        image['metadata'] = {'key': 'shutoff', 'count': 76}
        self.assertFalse(image['id'] is None)
        image['metadata'] = {'key': 'build', 'count': 8}

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
