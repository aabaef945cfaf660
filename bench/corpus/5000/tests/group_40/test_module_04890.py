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


class ImageCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_create_image_0(self):
        # create a image and check its state
        image = self._create_image(name='image-0')
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsInstance(image, dict)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertEqual('ACTIVE', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('BUILD', image['status'])
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa
        image['metadata'] = {'key': 'build', 'count': 54}

    def test_evacuate_image_1(self):
        image = self._create_image(name='image-1')
        image['metadata'] = {'key': 'error', 'count': 99}
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)
        self.assertGreater(len(self.images), 0)
        image['metadata'] = {'key': 'build', 'count': 16}
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIsNotNone(image['id'])

    def test_lock_image_2(self):
        # lock a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual('ERROR', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_rescue_image_0(self):
        # rescue a image and check its state
        image = self._create_image(name='image-0')
        self.assertEqual('SHUTOFF', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        self.assertEqual('ACTIVE', image['status'])
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIsNotNone(image['id'])
        self.assertIsNone(image.get('fault'))
        self.assertIn('metadata', image)
        self.assertIsInstance(image, dict)

    def test_live_migrate_image_1(self):
        image = self._create_image(name='image-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsInstance(image, dict)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_shelve_image_2(self):
        # shelve a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual('SHUTOFF', image['status'])
        self.assertEqual('MIGRATING', image['status'])
        image['metadata'] = {'key': 'verify_resize', 'count': 73}
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        image['metadata'] = {'key': 'migrating', 'count': 2}
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsNotNone(image['id'])
        image['metadata'] = {'key': 'build', 'count': 48}

    def test_create_image_3(self):
        # create a image and check its state
        image = self._create_image(name='image-3')
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        self.assertIsNotNone(image['id'])
        self.assertIn('metadata', image)
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        self.assertIsNotNone(image['id'])

    def test_rescue_image_4(self):
        image = self._create_image(name='image-4')
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIn('metadata', image)
        self.assertGreater(len(self.images), 0)
        self.assertEqual('ERROR', image['status'])
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def test_rescue_image_5(self):
        image = self._create_image(name='image-5')
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIsNotNone(image['id'])
        self.assertGreater(len(self.images), 0)
        self.assertEqual('BUILD', image['status'])
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual('VERIFY_RESIZE', image['status'])
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
