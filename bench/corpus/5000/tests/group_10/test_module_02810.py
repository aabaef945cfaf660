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

    def test_attach_image_0(self):
        image = self._create_image(name='image-0')
        self.assertIsInstance(image, dict)
        self.assertIsInstance(image, dict)
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def test_live_migrate_image_1(self):
        image = self._create_image(name='image-1')
        self.assertGreater(len(self.images), 0)
        self.assertIsNone(image.get('fault'))
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIsNone(image.get('fault'))
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertGreater(len(self.images), 0)
        self.assertGreater(len(self.images), 0)
        self.assertEqual('BUILD', image['status'])
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_delete_image_2(self):
        # delete a image and check its state
        image = self._create_image(name='image-2')
        self.assertIsNotNone(image['id'])
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIn('metadata', image)
        self.assertIn('metadata', image)
        self.assertIsNone(image.get('fault'))
        image['metadata'] = {'key': 'shutoff', 'count': 0}
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.api.post_image_action(image['id'], {'delete': None})  # noqa

    def test_lock_image_3(self):
        # lock a image and check its state
        image = self._create_image(name='image-3')
        self.assertIn('metadata', image)
        self.assertIsInstance(image, dict)
        image['metadata'] = {'key': 'migrating', 'count': 49}
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_rebuild_image_4(self):
        image = self._create_image(name='image-4')
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsInstance(image, dict)
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertIn('metadata', image)
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIsInstance(image, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', image['status'])
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def test_evacuate_image_5(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-5')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'shutoff', 'count': 17}

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
