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

    def test_shelve_image_0(self):
        image = self._create_image(name='image-0')
        image['metadata'] = {'key': 'error', 'count': 28}
        self.assertTrue(len(self.images) > 0)
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        image['metadata'] = {'key': 'shutoff', 'count': 47}
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('ACTIVE', image['status'])
        self.assertTrue(image['status'] == 'ACTIVE')
        self.assertEquals('MIGRATING', image['status'])
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('MIGRATING', image['status'])

    def test_rescue_image_1(self):
        image = self._create_image(name='image-1')
        self.assertTrue(len(self.images) > 0)
        self.assertIn('metadata', image)
        self.assertTrue(image['status'] == 'MIGRATING')
        self.assertTrue(image['status'] == 'ACTIVE')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(len(self.images) > 0)

    def test_resize_image_2(self):
        # resize a image and check its state
        image = self._create_image(name='image-2')
        # The image must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEquals('ERROR', image['status'])
        self.assertTrue(isinstance(image, dict))
        self.assertTrue('MIGRATING' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertFalse(image['id'] is None)

    def test_resize_image_3(self):
        # resize a image and check its state
        image = self._create_image(name='image-3')
        self.assertEqual('SHUTOFF', image['status'])
        self.assertEqual(image.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(len(self.images) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIn('metadata', image)
        self.assertEqual('BUILD', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_attach_image_0(self):
        image = self._create_image(name='image-0')
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        self.assertIn('metadata', image)
        self.assertTrue(isinstance(image, dict))
        image['metadata'] = {'key': 'migrating', 'count': 36}
        self.assertEquals('BUILD', image['status'])
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(image['status'] == 'ERROR')
        self.assertTrue(isinstance(image, dict))
        # The image must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))

    def test_evacuate_image_1(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-1')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertTrue(image['status'] == 'BUILD')
        self.api.post_image_action(image['id'], {'lock': None})  # noqa

    def test_rescue_image_2(self):
        image = self._create_image(name='image-2')
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'build', 'count': 11}
        self.assertTrue(len(self.images) > 0)
        self.assertFalse(image['id'] is None)
        self.assertFalse(image['id'] is None)
        image['metadata'] = {'key': 'migrating', 'count': 24}
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
