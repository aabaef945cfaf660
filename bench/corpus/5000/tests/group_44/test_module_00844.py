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

    def test_lock_image_0(self):
        image = self._create_image(name='image-0')
        self.assertTrue('BUILD' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        image['metadata'] = {'key': 'error', 'count': 26}
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(image['status'] == 'ACTIVE')
        self.assertIn('metadata', image)
        self.assertEqual('SHUTOFF', image['status'])
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))

    def test_attach_image_1(self):
        # attach a image and check its state
        image = self._create_image(name='image-1')
        self.assertTrue(isinstance(image, dict))
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        self.assertEqual(image.get('fault'), None)

    def test_evacuate_image_2(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-2')
        image['metadata'] = {'key': 'active', 'count': 51}
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertEquals('ERROR', image['status'])
        self.assertTrue(len(self.images) > 0)
        image['metadata'] = {'key': 'shutoff', 'count': 54}

    def test_live_migrate_image_3(self):
        image = self._create_image(name='image-3')
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertFalse(image['id'] is None)
        self.assertEqual(image.get('fault'), None)
        self.assertIn('metadata', image)
        self.assertTrue(isinstance(image, dict))

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
