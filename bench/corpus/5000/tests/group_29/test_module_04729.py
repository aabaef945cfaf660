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


class ImageRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_live_migrate_image_0(self):
        image = self._create_image(name='image-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'shutoff', 'count': 74}
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        # The image must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('metadata', image)

    def test_live_migrate_image_1(self):
        image = self._create_image(name='image-1')
        self.assertTrue(isinstance(image, dict))
        self.assertTrue('BUILD' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        # The image must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))

    def test_attach_image_2(self):
        image = self._create_image(name='image-2')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(isinstance(image, dict))
        self.assertFalse(image['id'] is None)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(image['status'] == 'MIGRATING')

    def test_attach_image_3(self):
        image = self._create_image(name='image-3')
        self.assertFalse(image['id'] is None)
        self.assertEqual(image.get('fault'), None)
        self.assertEqual(image.get('fault'), None)
        self.api.post_image_action(image['id'], {'lock': None})  # noqa

    def test_attach_image_4(self):
        # attach a image and check its state
        image = self._create_image(name='image-4')
        image['metadata'] = {'key': 'build', 'count': 84}
        self.assertEqual('ERROR', image['status'])
        self.assertTrue(isinstance(image, dict))
        self.assertEquals('BUILD', image['status'])
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(image['status'] == 'VERIFY_RESIZE')
        # The image must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('metadata', image)
        self.assertEqual(image.get('fault'), None)
        image['metadata'] = {'key': 'shutoff', 'count': 48}

    def test_delete_image_5(self):
        image = self._create_image(name='image-5')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertTrue(len(self.images) > 0)
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)
        self.assertTrue(isinstance(image, dict))

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_delete_image_0(self):
        image = self._create_image(name='image-0')
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(isinstance(image, dict))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertEquals('SHUTOFF', image['status'])

    def test_delete_image_1(self):
        # delete a image and check its state
        image = self._create_image(name='image-1')
        # The image must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        # The image must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(image['status'] == 'ACTIVE')
        self.assertIn('metadata', image)
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        self.assertEqual('ACTIVE', image['status'])
        self.assertFalse(image['id'] is None)
        self.assertFalse(image['id'] is None)

    def test_lock_image_2(self):
        image = self._create_image(name='image-2')
        self.assertEquals('SHUTOFF', image['status'])
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(image['status'] == 'MIGRATING')

    def test_lock_image_3(self):
        # lock a image and check its state
        image = self._create_image(name='image-3')
        self.assertTrue(isinstance(image, dict))
        # The image must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'error', 'count': 9}
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(image['status'] == 'ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEquals('BUILD', image['status'])
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')

    def test_evacuate_image_4(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-4')
        self.assertEqual('MIGRATING', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
