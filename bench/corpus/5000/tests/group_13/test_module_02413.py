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
        image = self._create_image(name='image-0')
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)
        self.assertIsInstance(image, dict)
        self.assertEqual('SHUTOFF', image['status'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIsNone(image.get('fault'))
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa

    def test_lock_image_1(self):
        image = self._create_image(name='image-1')
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('SHUTOFF', image['status'])
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def test_attach_image_2(self):
        image = self._create_image(name='image-2')
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.assertIsNone(image.get('fault'))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.assertGreater(len(self.images), 0)
        self.assertIsNone(image.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('BUILD', image['status'])
        self.assertEqual('ERROR', image['status'])

    def test_resize_image_3(self):
        # resize a image and check its state
        image = self._create_image(name='image-3')
        self.assertIn('metadata', image)
        self.assertIn('metadata', image)
        self.assertIsNotNone(image['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        self.assertIsInstance(image, dict)
        self.assertEqual('BUILD', image['status'])
        self.assertEqual('ACTIVE', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_delete_image_0(self):
        image = self._create_image(name='image-0')
        self.assertIsInstance(image, dict)
        self.assertEqual('ACTIVE', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'verify_resize', 'count': 1}
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNone(image.get('fault'))
        self.api.post_image_action(image['id'], {'lock': None})  # noqa

    def test_attach_image_1(self):
        # attach a image and check its state
        image = self._create_image(name='image-1')
        self.assertEqual('VERIFY_RESIZE', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertGreater(len(self.images), 0)
        image['metadata'] = {'key': 'active', 'count': 5}
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('BUILD', image['status'])

    def test_live_migrate_image_2(self):
        image = self._create_image(name='image-2')
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'error', 'count': 37}
        self.assertIsInstance(image, dict)
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
