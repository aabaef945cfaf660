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


class ImageResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_shelve_image_0(self):
        image = self._create_image(name='image-0')
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.assertTrue(image['status'] == 'SHUTOFF')
        self.assertFalse(image['id'] is None)
        self.assertTrue(len(self.images) > 0)
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(len(self.images) > 0)
        self.assertEqual(image.get('fault'), None)

    def test_evacuate_image_1(self):
        image = self._create_image(name='image-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        # The image must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertFalse(image['id'] is None)
        image['metadata'] = {'key': 'verify_resize', 'count': 56}
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        image['metadata'] = {'key': 'migrating', 'count': 18}
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertTrue(image['status'] == 'ACTIVE')
        self.assertFalse(image['id'] is None)
        self.assertFalse(image['id'] is None)

    def test_resize_image_2(self):
        # resize a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual(image.get('fault'), None)
        self.assertIn('metadata', image)
        self.assertFalse(image['id'] is None)
        image['metadata'] = {'key': 'shutoff', 'count': 3}
        self.assertTrue(len(self.images) > 0)
        self.assertFalse(image['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertFalse(image['id'] is None)

    def test_attach_image_3(self):
        # attach a image and check its state
        image = self._create_image(name='image-3')
        image['metadata'] = {'key': 'shutoff', 'count': 53}
        self.assertEqual(image.get('fault'), None)
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertTrue(isinstance(image, dict))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')

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
        # live migrate a image and check its state
        image = self._create_image(name='image-0')
        self.assertEqual('MIGRATING', image['status'])
        self.assertTrue(isinstance(image, dict))
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(len(self.images) > 0)
        image['metadata'] = {'key': 'migrating', 'count': 63}
        self.assertEquals('BUILD', image['status'])
        self.assertEqual(image.get('fault'), None)

    def test_lock_image_1(self):
        # lock a image and check its state
        image = self._create_image(name='image-1')
        self.assertEqual('MIGRATING', image['status'])
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(isinstance(image, dict))
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        self.assertTrue(image['status'] == 'SHUTOFF')
        self.assertEquals('ACTIVE', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertTrue(isinstance(image, dict))

    def test_attach_image_2(self):
        # attach a image and check its state
        image = self._create_image(name='image-2')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertEqual(image.get('fault'), None)
        # The image must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(image['status'] == 'MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(isinstance(image, dict))

    def test_evacuate_image_3(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-3')
        self.assertTrue(image['status'] == 'MIGRATING')
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEquals('BUILD', image['status'])
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa

    def test_lock_image_4(self):
        # lock a image and check its state
        image = self._create_image(name='image-4')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertIn('metadata', image)
        self.assertFalse(image['id'] is None)
        self.assertTrue(image['status'] == 'ACTIVE')

    def test_lock_image_5(self):
        image = self._create_image(name='image-5')
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(image['status'] == 'ERROR')
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual(image.get('fault'), None)
        image['metadata'] = {'key': 'verify_resize', 'count': 49}
        self.assertEqual('ACTIVE', image['status'])
        self.assertEquals('SHUTOFF', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
