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

    def test_shelve_image_0(self):
        image = self._create_image(name='image-0')
        self.assertTrue(isinstance(image, dict))
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        self.assertEqual(image.get('fault'), None)
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        # The image must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))

    def test_rebuild_image_1(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-1')
        self.assertEqual('BUILD', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('metadata', image)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(isinstance(image, dict))
        self.assertFalse(image['id'] is None)
        self.assertEqual('MIGRATING', image['status'])
        self.assertTrue(isinstance(image, dict))

    def test_live_migrate_image_2(self):
        image = self._create_image(name='image-2')
        image['metadata'] = {'key': 'error', 'count': 24}
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        image['metadata'] = {'key': 'error', 'count': 76}
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(isinstance(image, dict))
        # The image must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))

    def test_lock_image_3(self):
        image = self._create_image(name='image-3')
        self.assertFalse(image['id'] is None)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertFalse(image['id'] is None)
        self.assertTrue(image['status'] == 'BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', image['status'])
        self.assertTrue(isinstance(image, dict))
        image['metadata'] = {'key': 'verify_resize', 'count': 27}
        self.assertEqual('MIGRATING', image['status'])
        self.api.post_image_action(image['id'], {'create': None})  # noqa

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
        # rescue a image and check its state
        image = self._create_image(name='image-0')
        self.assertEquals('ACTIVE', image['status'])
        self.assertTrue(isinstance(image, dict))
        image['metadata'] = {'key': 'build', 'count': 55}
        self.assertIn('metadata', image)
        self.assertTrue(image['status'] == 'ERROR')

    def test_shelve_image_1(self):
        # shelve a image and check its state
        image = self._create_image(name='image-1')
        self.assertEqual(image.get('fault'), None)
        image['metadata'] = {'key': 'shutoff', 'count': 71}
        self.assertEqual('MIGRATING', image['status'])

    def test_attach_image_2(self):
        image = self._create_image(name='image-2')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEquals('BUILD', image['status'])
        self.assertTrue(len(self.images) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', image['status'])
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertEqual('ACTIVE', image['status'])
        self.assertTrue(image['status'] == 'MIGRATING')

    def test_shelve_image_3(self):
        image = self._create_image(name='image-3')
        self.assertEqual(image.get('fault'), None)
        # The image must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('ERROR', image['status'])
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        self.assertFalse(image['id'] is None)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
