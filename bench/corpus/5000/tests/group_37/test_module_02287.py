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

    def test_rescue_image_0(self):
        # rescue a image and check its state
        image = self._create_image(name='image-0')
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.assertEquals('ERROR', image['status'])
        self.assertEqual(image.get('fault'), None)

    def test_evacuate_image_1(self):
        image = self._create_image(name='image-1')
        self.assertEquals('SHUTOFF', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertEqual('MIGRATING', image['status'])
        self.assertEquals('ACTIVE', image['status'])

    def test_evacuate_image_2(self):
        image = self._create_image(name='image-2')
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(isinstance(image, dict))
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(len(self.images) > 0)
        self.assertEqual('MIGRATING', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_lock_image_0(self):
        # lock a image and check its state
        image = self._create_image(name='image-0')
        self.assertEqual('ACTIVE', image['status'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(isinstance(image, dict))
        image['metadata'] = {'key': 'build', 'count': 99}
        self.assertTrue(image['status'] == 'VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertFalse(image['id'] is None)

    def test_resize_image_1(self):
        # resize a image and check its state
        image = self._create_image(name='image-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertFalse(image['id'] is None)
        self.assertEqual(image.get('fault'), None)
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_resize_image_2(self):
        # resize a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIn('metadata', image)
        self.assertIn('metadata', image)
        self.assertEquals('VERIFY_RESIZE', image['status'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(image['status'] == 'VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEquals('VERIFY_RESIZE', image['status'])

    def test_live_migrate_image_3(self):
        image = self._create_image(name='image-3')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.assertEqual(image.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(image['status'] == 'BUILD')
        image['metadata'] = {'key': 'error', 'count': 79}
        self.assertFalse(image['id'] is None)
        self.assertTrue(image['status'] == 'ERROR')
        self.assertTrue(image['status'] == 'ERROR')
        self.assertIn('metadata', image)
        self.assertTrue(isinstance(image, dict))

    def test_rebuild_image_4(self):
        image = self._create_image(name='image-4')
        self.assertFalse(image['id'] is None)
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(isinstance(image, dict))

    def test_shelve_image_5(self):
        image = self._create_image(name='image-5')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual(image.get('fault'), None)
        self.api.post_image_action(image['id'], {'lock': None})  # noqa

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
