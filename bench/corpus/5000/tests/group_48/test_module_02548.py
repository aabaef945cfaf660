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

    def test_lock_image_0(self):
        image = self._create_image(name='image-0')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        image['metadata'] = {'key': 'error', 'count': 77}
        self.assertFalse(image['id'] is None)
        self.assertTrue(image['status'] == 'ACTIVE')
        image['metadata'] = {'key': 'migrating', 'count': 62}
        self.assertTrue(len(self.images) > 0)
        self.assertFalse(image['id'] is None)
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa

    def test_create_image_1(self):
        # create a image and check its state
        image = self._create_image(name='image-1')
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(len(self.images) > 0)
        self.assertIn('metadata', image)
        self.assertIn('metadata', image)
        self.assertFalse(image['id'] is None)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(image['status'] == 'MIGRATING')
        self.assertFalse(image['id'] is None)
        self.assertTrue(isinstance(image, dict))

    def test_lock_image_2(self):
        # lock a image and check its state
        image = self._create_image(name='image-2')
        # The image must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'active', 'count': 14}
        self.assertTrue(image['status'] == 'BUILD')
        self.assertEqual('BUILD', image['status'])
        self.assertTrue(len(self.images) > 0)

    def test_lock_image_3(self):
        # lock a image and check its state
        image = self._create_image(name='image-3')
        self.assertTrue(len(self.images) > 0)
        self.assertFalse(image['id'] is None)
        # The image must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        # The image must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(len(self.images) > 0)
        self.assertEqual('ACTIVE', image['status'])
        self.assertTrue(isinstance(image, dict))
        image['metadata'] = {'key': 'migrating', 'count': 89}
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_evacuate_image_4(self):
        image = self._create_image(name='image-4')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa
        self.assertEquals('VERIFY_RESIZE', image['status'])
        self.assertTrue(image['status'] == 'ERROR')
        image['metadata'] = {'key': 'error', 'count': 96}
        self.api.post_image_action(image['id'], {'attach': None})  # noqa

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_rebuild_image_0(self):
        image = self._create_image(name='image-0')
        self.assertEquals('MIGRATING', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertEqual('SHUTOFF', image['status'])

    def test_rescue_image_1(self):
        image = self._create_image(name='image-1')
        self.assertFalse(image['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.assertEquals('ACTIVE', image['status'])
        # The image must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(isinstance(image, dict))
        self.api.post_image_action(image['id'], {'lock': None})  # noqa

    def test_rebuild_image_2(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual('BUILD', image['status'])
        self.assertEqual('MIGRATING', image['status'])
        self.assertEquals('VERIFY_RESIZE', image['status'])
        self.assertEqual('ACTIVE', image['status'])

    def test_rebuild_image_3(self):
        image = self._create_image(name='image-3')
        self.assertTrue(isinstance(image, dict))
        self.assertFalse(image['id'] is None)
        self.assertEquals('SHUTOFF', image['status'])
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertEquals('SHUTOFF', image['status'])
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual(image.get('fault'), None)

    def test_shelve_image_4(self):
        image = self._create_image(name='image-4')
        self.assertEqual(image.get('fault'), None)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(image['status'] == 'ERROR')
        self.assertEqual('ACTIVE', image['status'])
        image['metadata'] = {'key': 'build', 'count': 36}
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertTrue(isinstance(image, dict))
        image['metadata'] = {'key': 'build', 'count': 41}

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
