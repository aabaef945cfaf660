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
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertTrue(len(self.images) > 0)

    def test_live_migrate_image_1(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-1')
        image['metadata'] = {'key': 'verify_resize', 'count': 77}
        self.assertTrue(image['status'] == 'VERIFY_RESIZE')
        self.assertFalse(image['id'] is None)
        image['metadata'] = {'key': 'error', 'count': 91}
        self.assertFalse(image['id'] is None)
        self.assertTrue(len(self.images) > 0)
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(isinstance(image, dict))
        image['metadata'] = {'key': 'active', 'count': 77}

    def test_shelve_image_2(self):
        # shelve a image and check its state
        image = self._create_image(name='image-2')
        self.assertEquals('ACTIVE', image['status'])
        self.assertTrue(image['status'] == 'ERROR')
        self.assertEqual(image.get('fault'), None)
        self.assertEqual('ERROR', image['status'])
        self.assertTrue(len(self.images) > 0)
        self.assertTrue('BUILD' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('BUILD', image['status'])

    def test_attach_image_3(self):
        # attach a image and check its state
        image = self._create_image(name='image-3')
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual(image.get('fault'), None)
        image['metadata'] = {'key': 'error', 'count': 60}
        self.assertIn('metadata', image)
        self.assertTrue(isinstance(image, dict))
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual(image.get('fault'), None)
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIn('metadata', image)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_shelve_image_0(self):
        image = self._create_image(name='image-0')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        image['metadata'] = {'key': 'shutoff', 'count': 78}
        self.assertTrue('BUILD' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(image['status'] == 'MIGRATING')
        image['metadata'] = {'key': 'migrating', 'count': 92}

    def test_rebuild_image_1(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-1')
        self.assertFalse(image['id'] is None)
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(isinstance(image, dict))
        image['metadata'] = {'key': 'error', 'count': 22}
        self.assertFalse(image['id'] is None)
        self.assertIn('metadata', image)
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(isinstance(image, dict))

    def test_evacuate_image_2(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-2')
        self.assertTrue(image['status'] == 'VERIFY_RESIZE')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)
        self.assertEqual(image.get('fault'), None)
        self.assertEqual(image.get('fault'), None)
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(image['status'] == 'ACTIVE')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_resize_image_3(self):
        image = self._create_image(name='image-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(len(self.images) > 0)
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(len(self.images) > 0)
        image['metadata'] = {'key': 'build', 'count': 66}
        self.assertIn('metadata', image)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_shelve_image_4(self):
        image = self._create_image(name='image-4')
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(len(self.images) > 0)
        self.assertFalse(image['id'] is None)
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(len(self.images) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        # The image must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(image['status'] == 'BUILD')

    def test_resize_image_5(self):
        # resize a image and check its state
        image = self._create_image(name='image-5')
        self.assertEquals('MIGRATING', image['status'])
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('BUILD', image['status'])
        self.assertTrue(isinstance(image, dict))
        self.assertEqual('ACTIVE', image['status'])
        self.assertTrue(image['status'] == 'ERROR')
        self.assertFalse(image['id'] is None)
        self.assertTrue(image['status'] == 'ACTIVE')
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'error', 'count': 13}

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
