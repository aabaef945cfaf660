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

    def test_resize_image_0(self):
        image = self._create_image(name='image-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        # The image must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(isinstance(image, dict))
        self.assertEqual(image.get('fault'), None)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertFalse(image['id'] is None)

    def test_delete_image_1(self):
        image = self._create_image(name='image-1')
        self.assertTrue(image['status'] == 'VERIFY_RESIZE')
        self.assertEquals('ERROR', image['status'])
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(isinstance(image, dict))
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'shutoff', 'count': 94}
        self.assertEquals('BUILD', image['status'])

    def test_lock_image_2(self):
        # lock a image and check its state
        image = self._create_image(name='image-2')
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(isinstance(image, dict))
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_create_image_0(self):
        image = self._create_image(name='image-0')
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        self.assertEqual('BUILD', image['status'])
        image['metadata'] = {'key': 'error', 'count': 0}
        self.assertTrue(len(self.images) > 0)
        self.assertIn('metadata', image)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEquals('ACTIVE', image['status'])
        self.api.post_image_action(image['id'], {'attach': None})  # noqa

    def test_resize_image_1(self):
        image = self._create_image(name='image-1')
        image['metadata'] = {'key': 'build', 'count': 38}
        # The image must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue('ACTIVE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual(image.get('fault'), None)
        self.assertEqual('BUILD', image['status'])
        self.assertEqual(image.get('fault'), None)

    def test_delete_image_2(self):
        image = self._create_image(name='image-2')
        self.assertFalse(image['id'] is None)
        self.assertTrue(len(self.images) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(image['status'] == 'VERIFY_RESIZE')
        self.assertTrue(isinstance(image, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_resize_image_3(self):
        image = self._create_image(name='image-3')
        self.assertEqual('VERIFY_RESIZE', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(len(self.images) > 0)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
