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


class ImageRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_live_migrate_image_0(self):
        image = self._create_image(name='image-0')
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        # The image must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('metadata', image)
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def test_attach_image_1(self):
        # attach a image and check its state
        image = self._create_image(name='image-1')
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        image['metadata'] = {'key': 'verify_resize', 'count': 59}
        self.assertIn('metadata', image)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        # The image must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(isinstance(image, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'build', 'count': 14}

    def test_shelve_image_2(self):
        image = self._create_image(name='image-2')
        self.assertFalse(image['id'] is None)
        # The image must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'shutoff', 'count': 76}
        self.assertFalse(image['id'] is None)
        image['metadata'] = {'key': 'verify_resize', 'count': 98}

    def test_resize_image_3(self):
        image = self._create_image(name='image-3')
        self.assertEquals('ACTIVE', image['status'])
        # The image must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'verify_resize', 'count': 64}
        image['metadata'] = {'key': 'active', 'count': 16}
        self.assertEquals('MIGRATING', image['status'])

    def test_evacuate_image_4(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-4')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(len(self.images) > 0)
        self.assertIn('metadata', image)
        self.assertTrue(isinstance(image, dict))

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
