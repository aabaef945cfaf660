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
        image = self._create_image(name='image-0')
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(image['status'] == 'SHUTOFF')
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')

    def test_shelve_image_1(self):
        # shelve a image and check its state
        image = self._create_image(name='image-1')
        self.assertIn('metadata', image)
        self.assertTrue(image['status'] == 'VERIFY_RESIZE')
        self.assertIn('metadata', image)

    def test_live_migrate_image_2(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual(image.get('fault'), None)
        self.assertEquals('MIGRATING', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        image['metadata'] = {'key': 'active', 'count': 37}
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertTrue(image['status'] == 'SHUTOFF')
        self.assertEqual(image.get('fault'), None)

    def test_create_image_3(self):
        image = self._create_image(name='image-3')
        self.assertFalse(image['id'] is None)
        self.assertFalse(image['id'] is None)
        self.assertTrue(image['status'] == 'VERIFY_RESIZE')
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(isinstance(image, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_rescue_image_4(self):
        image = self._create_image(name='image-4')
        self.assertEqual('ACTIVE', image['status'])
        self.assertFalse(image['id'] is None)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue('MIGRATING' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(image['status'] == 'ACTIVE')

    def test_lock_image_5(self):
        image = self._create_image(name='image-5')
        self.assertEqual('ACTIVE', image['status'])
        self.assertTrue(isinstance(image, dict))
        # The image must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'shutoff', 'count': 65}
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        image['metadata'] = {'key': 'active', 'count': 94}

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
        self.assertEquals('ERROR', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa

    def test_shelve_image_1(self):
        # shelve a image and check its state
        image = self._create_image(name='image-1')
        self.assertTrue(image['status'] == 'MIGRATING')
        # The image must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertFalse(image['id'] is None)
        image['metadata'] = {'key': 'error', 'count': 88}
        self.assertFalse(image['id'] is None)
        self.assertEquals('MIGRATING', image['status'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_rescue_image_2(self):
        image = self._create_image(name='image-2')
        # The image must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(image['status'] == 'ACTIVE')
        self.assertTrue(len(self.images) > 0)
        self.assertFalse(image['id'] is None)
        self.assertEquals('BUILD', image['status'])
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.assertEqual(image.get('fault'), None)

    def test_shelve_image_3(self):
        # shelve a image and check its state
        image = self._create_image(name='image-3')
        self.assertTrue(len(self.images) > 0)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertEquals('BUILD', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        # The image must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertEqual(image.get('fault'), None)

    def test_evacuate_image_4(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-4')
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        self.assertIn('metadata', image)
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(image['status'] == 'BUILD')
        self.assertTrue('BUILD' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(isinstance(image, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_rescue_image_5(self):
        # rescue a image and check its state
        image = self._create_image(name='image-5')
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(isinstance(image, dict))
        self.assertEqual(image.get('fault'), None)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(image['status'] == 'VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(len(self.images) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(isinstance(image, dict))

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
