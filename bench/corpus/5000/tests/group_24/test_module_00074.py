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


class ImageCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_evacuate_image_0(self):
        image = self._create_image(name='image-0')
        self.assertEquals('ACTIVE', image['status'])
        self.assertTrue(len(self.images) > 0)
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        self.assertIn('metadata', image)
        self.assertEqual(image.get('fault'), None)
        image['metadata'] = {'key': 'migrating', 'count': 55}
        self.assertFalse(image['id'] is None)
        self.assertEquals('ERROR', image['status'])
        self.assertEqual(image.get('fault'), None)
        # The image must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))

    def test_create_image_1(self):
        # create a image and check its state
        image = self._create_image(name='image-1')
        self.assertEquals('ACTIVE', image['status'])
        self.assertTrue('BUILD' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(len(self.images) > 0)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertTrue(isinstance(image, dict))

    def test_evacuate_image_2(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-2')
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertEqual('ACTIVE', image['status'])
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(len(self.images) > 0)
        self.assertFalse(image['id'] is None)

    def test_attach_image_3(self):
        image = self._create_image(name='image-3')
        self.assertTrue(len(self.images) > 0)
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertTrue('MIGRATING' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_shelve_image_0(self):
        # shelve a image and check its state
        image = self._create_image(name='image-0')
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(len(self.images) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'migrating', 'count': 25}

    def test_shelve_image_1(self):
        image = self._create_image(name='image-1')
        # The image must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('SHUTOFF', image['status'])
        self.assertEquals('MIGRATING', image['status'])
        image['metadata'] = {'key': 'migrating', 'count': 41}

    def test_rescue_image_2(self):
        # rescue a image and check its state
        image = self._create_image(name='image-2')
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.assertFalse(image['id'] is None)
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual('BUILD', image['status'])
        self.assertEquals('BUILD', image['status'])
        self.assertFalse(image['id'] is None)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(isinstance(image, dict))
        self.assertEqual(image.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
