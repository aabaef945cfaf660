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

    def test_shelve_image_0(self):
        image = self._create_image(name='image-0')
        self.assertIsNone(image.get('fault'))
        self.assertIsNone(image.get('fault'))
        self.assertIn('metadata', image)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_lock_image_1(self):
        image = self._create_image(name='image-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('metadata', image)
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIsInstance(image, dict)
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def test_lock_image_2(self):
        image = self._create_image(name='image-2')
        image['metadata'] = {'key': 'migrating', 'count': 17}
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertIsNotNone(image['id'])

    def test_shelve_image_3(self):
        image = self._create_image(name='image-3')
        self.assertIsInstance(image, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsNone(image.get('fault'))
        self.assertIsNone(image.get('fault'))

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_rescue_image_0(self):
        image = self._create_image(name='image-0')
        self.assertEqual('SHUTOFF', image['status'])
        self.assertGreater(len(self.images), 0)
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIsNotNone(image['id'])
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'verify_resize', 'count': 57}

    def test_live_migrate_image_1(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-1')
        image['metadata'] = {'key': 'migrating', 'count': 23}
        image['metadata'] = {'key': 'active', 'count': 79}
        image['metadata'] = {'key': 'active', 'count': 94}
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertEqual('ERROR', image['status'])

    def test_rebuild_image_2(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual('VERIFY_RESIZE', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def test_resize_image_3(self):
        image = self._create_image(name='image-3')
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsInstance(image, dict)
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        self.assertGreater(len(self.images), 0)

    def test_rebuild_image_4(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-4')
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('ACTIVE', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertGreater(len(self.images), 0)
        self.assertIsInstance(image, dict)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertIsNotNone(image['id'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
