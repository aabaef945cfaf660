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


class ImageEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_lock_image_0(self):
        # lock a image and check its state
        image = self._create_image(name='image-0')
        self.assertTrue(isinstance(image, dict))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertTrue(image['status'] == 'BUILD')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEquals('ERROR', image['status'])
        self.assertEquals('VERIFY_RESIZE', image['status'])

    def test_resize_image_1(self):
        image = self._create_image(name='image-1')
        # The image must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEquals('ERROR', image['status'])
        self.assertEquals('SHUTOFF', image['status'])
        self.assertTrue(len(self.images) > 0)
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertFalse(image['id'] is None)

    def test_rebuild_image_2(self):
        image = self._create_image(name='image-2')
        # The image must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue('BUILD' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue('MIGRATING' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))

    def test_evacuate_image_3(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-3')
        self.assertEqual(image.get('fault'), None)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(isinstance(image, dict))

    def test_lock_image_4(self):
        image = self._create_image(name='image-4')
        image['metadata'] = {'key': 'migrating', 'count': 55}
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)
        self.assertTrue(image['status'] == 'SHUTOFF')
        self.assertEqual('ERROR', image['status'])
        self.assertTrue(image['status'] == 'VERIFY_RESIZE')
        image['metadata'] = {'key': 'shutoff', 'count': 33}
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        image['metadata'] = {'key': 'active', 'count': 22}

    def test_lock_image_5(self):
        # lock a image and check its state
        image = self._create_image(name='image-5')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertFalse(image['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertFalse(image['id'] is None)
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


class ImageLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_rescue_image_0(self):
        image = self._create_image(name='image-0')
        self.assertTrue(len(self.images) > 0)
        image['metadata'] = {'key': 'active', 'count': 80}
        self.assertIn('metadata', image)

    def test_delete_image_1(self):
        # delete a image and check its state
        image = self._create_image(name='image-1')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertTrue(image['status'] == 'ACTIVE')
        self.assertTrue(image['status'] == 'SHUTOFF')

    def test_rescue_image_2(self):
        image = self._create_image(name='image-2')
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')

    def test_resize_image_3(self):
        image = self._create_image(name='image-3')
        image['metadata'] = {'key': 'migrating', 'count': 17}
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(isinstance(image, dict))
        image['metadata'] = {'key': 'active', 'count': 38}

    def test_rebuild_image_4(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-4')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertEqual('ERROR', image['status'])
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.api.post_image_action(image['id'], {'lock': None})  # noqa

    def test_resize_image_5(self):
        # resize a image and check its state
        image = self._create_image(name='image-5')
        self.assertEqual('BUILD', image['status'])
        self.assertTrue(image['status'] == 'ACTIVE')
        self.assertEqual(image.get('fault'), None)
        # The image must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('metadata', image)
        self.assertFalse(image['id'] is None)
        self.assertIn('metadata', image)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
