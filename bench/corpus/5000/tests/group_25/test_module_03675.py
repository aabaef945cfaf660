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


class ImageLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_lock_image_0(self):
        image = self._create_image(name='image-0')
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('metadata', image)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(len(self.images) > 0)
        # The image must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_rescue_image_1(self):
        # rescue a image and check its state
        image = self._create_image(name='image-1')
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(len(self.images) > 0)
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        self.assertTrue(isinstance(image, dict))
        self.assertFalse(image['id'] is None)
        image['metadata'] = {'key': 'migrating', 'count': 43}
        self.assertTrue(image['status'] == 'MIGRATING')

    def test_resize_image_2(self):
        # resize a image and check its state
        image = self._create_image(name='image-2')
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        self.assertEqual('MIGRATING', image['status'])
        self.assertEquals('ACTIVE', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_create_image_0(self):
        image = self._create_image(name='image-0')
        self.assertEquals('MIGRATING', image['status'])
        # The image must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        self.assertTrue(image['status'] == 'ERROR')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertTrue(image['status'] == 'ACTIVE')
        # The image must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))

    def test_evacuate_image_1(self):
        image = self._create_image(name='image-1')
        image['metadata'] = {'key': 'error', 'count': 44}
        # The image must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        self.assertTrue('BUILD' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_rebuild_image_2(self):
        image = self._create_image(name='image-2')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'verify_resize', 'count': 64}
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('metadata', image)
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        self.assertIn('metadata', image)

    def test_attach_image_3(self):
        # attach a image and check its state
        image = self._create_image(name='image-3')
        self.assertEquals('BUILD', image['status'])
        self.assertTrue(len(self.images) > 0)
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEquals('SHUTOFF', image['status'])
        self.assertFalse(image['id'] is None)
        self.assertEqual('ERROR', image['status'])
        image['metadata'] = {'key': 'active', 'count': 90}

    def test_evacuate_image_4(self):
        image = self._create_image(name='image-4')
        self.assertTrue(isinstance(image, dict))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertTrue(image['status'] == 'VERIFY_RESIZE')
        self.assertEqual(image.get('fault'), None)
        self.assertIn('metadata', image)
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEquals('VERIFY_RESIZE', image['status'])
        self.assertTrue(len(self.images) > 0)

    def test_lock_image_5(self):
        image = self._create_image(name='image-5')
        self.assertTrue(len(self.images) > 0)
        self.assertEqual('ACTIVE', image['status'])
        self.assertFalse(image['id'] is None)
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'migrating', 'count': 93}
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        # The image must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
