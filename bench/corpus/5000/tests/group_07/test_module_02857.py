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

    def test_resize_image_0(self):
        # resize a image and check its state
        image = self._create_image(name='image-0')
        self.assertTrue(image['status'] == 'MIGRATING')
        self.assertTrue(isinstance(image, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(isinstance(image, dict))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue('ACTIVE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(image['status'] == 'ACTIVE')
        self.assertTrue(len(self.images) > 0)

    def test_shelve_image_1(self):
        image = self._create_image(name='image-1')
        self.assertTrue(len(self.images) > 0)
        self.assertEqual(image.get('fault'), None)
        self.assertEquals('SHUTOFF', image['status'])

    def test_rescue_image_2(self):
        # rescue a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual(image.get('fault'), None)
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(len(self.images) > 0)
        self.assertFalse(image['id'] is None)
        self.assertFalse(image['id'] is None)
        self.assertEqual('ACTIVE', image['status'])
        self.assertTrue('BUILD' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(len(self.images) > 0)

    def test_delete_image_3(self):
        # delete a image and check its state
        image = self._create_image(name='image-3')
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue('ACTIVE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(image['status'] == 'MIGRATING')
        self.assertEqual(image.get('fault'), None)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(image['status'] == 'BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_create_image_4(self):
        # create a image and check its state
        image = self._create_image(name='image-4')
        self.assertTrue(image['status'] == 'MIGRATING')
        self.assertTrue(len(self.images) > 0)
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(image['status'] == 'ERROR')
        self.assertTrue(image['status'] == 'BUILD')
        self.assertEqual('MIGRATING', image['status'])

    def test_delete_image_5(self):
        # delete a image and check its state
        image = self._create_image(name='image-5')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)
        self.assertEquals('SHUTOFF', image['status'])
        self.assertIn('metadata', image)
        self.assertTrue(image['status'] == 'MIGRATING')

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_attach_image_0(self):
        # attach a image and check its state
        image = self._create_image(name='image-0')
        self.assertEqual(image.get('fault'), None)
        image['metadata'] = {'key': 'verify_resize', 'count': 83}
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('ERROR', image['status'])
        self.assertIn('metadata', image)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(isinstance(image, dict))

    def test_delete_image_1(self):
        # delete a image and check its state
        image = self._create_image(name='image-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        self.assertEquals('ACTIVE', image['status'])
        self.assertTrue(len(self.images) > 0)
        image['metadata'] = {'key': 'active', 'count': 78}
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_live_migrate_image_2(self):
        image = self._create_image(name='image-2')
        self.assertEquals('MIGRATING', image['status'])
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        # The image must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('metadata', image)
        # The image must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(image['status'] == 'BUILD')
        self.assertEqual(image.get('fault'), None)
        self.assertEquals('ACTIVE', image['status'])

    def test_lock_image_3(self):
        # lock a image and check its state
        image = self._create_image(name='image-3')
        self.assertTrue(image['status'] == 'VERIFY_RESIZE')
        self.assertTrue(len(self.images) > 0)
        self.assertEqual('BUILD', image['status'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertEqual('ACTIVE', image['status'])
        image['metadata'] = {'key': 'migrating', 'count': 99}
        image['metadata'] = {'key': 'active', 'count': 36}
        self.assertTrue(isinstance(image, dict))

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
