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


class ImageDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_lock_image_0(self):
        # lock a image and check its state
        image = self._create_image(name='image-0')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        # The image must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue('ACTIVE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue('MIGRATING' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_live_migrate_image_1(self):
        image = self._create_image(name='image-1')
        self.assertEqual(image.get('fault'), None)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        self.assertFalse(image['id'] is None)
        self.assertIn('metadata', image)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(image['status'] == 'BUILD')
        self.assertEqual(image.get('fault'), None)
        self.assertIn('metadata', image)

    def test_attach_image_2(self):
        # attach a image and check its state
        image = self._create_image(name='image-2')
        self.assertFalse(image['id'] is None)
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertFalse(image['id'] is None)
        # The image must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual(image.get('fault'), None)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertTrue(len(self.images) > 0)

    def test_evacuate_image_3(self):
        image = self._create_image(name='image-3')
        image['metadata'] = {'key': 'verify_resize', 'count': 56}
        self.assertIn('metadata', image)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertEquals('ACTIVE', image['status'])
        self.assertEquals('MIGRATING', image['status'])
        self.assertTrue(isinstance(image, dict))
        # The image must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'error', 'count': 8}

    def test_create_image_4(self):
        image = self._create_image(name='image-4')
        self.assertTrue(len(self.images) > 0)
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        # The image must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('metadata', image)
        self.assertEqual('SHUTOFF', image['status'])
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual(image.get('fault'), None)

    def test_create_image_5(self):
        # create a image and check its state
        image = self._create_image(name='image-5')
        self.assertIn('metadata', image)
        self.assertTrue(len(self.images) > 0)
        self.assertFalse(image['id'] is None)
        self.assertTrue(isinstance(image, dict))
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'shutoff', 'count': 9}
        self.assertIn('metadata', image)
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_live_migrate_image_0(self):
        image = self._create_image(name='image-0')
        self.assertEqual(image.get('fault'), None)
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(image['status'] == 'ACTIVE')
        self.assertEquals('SHUTOFF', image['status'])
        self.assertFalse(image['id'] is None)
        self.assertEqual('BUILD', image['status'])
        # The image must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))

    def test_attach_image_1(self):
        image = self._create_image(name='image-1')
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(isinstance(image, dict))
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        self.api.post_image_action(image['id'], {'create': None})  # noqa

    def test_attach_image_2(self):
        # attach a image and check its state
        image = self._create_image(name='image-2')
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(image['status'] == 'SHUTOFF')
        self.assertEqual('SHUTOFF', image['status'])
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(len(self.images) > 0)
        self.assertEqual('VERIFY_RESIZE', image['status'])
        # The image must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
