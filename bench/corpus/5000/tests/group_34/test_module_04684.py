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

    def test_resize_image_0(self):
        # resize a image and check its state
        image = self._create_image(name='image-0')
        self.assertEqual(image.get('fault'), None)
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIn('metadata', image)
        self.assertEqual(image.get('fault'), None)

    def test_rebuild_image_1(self):
        image = self._create_image(name='image-1')
        self.assertTrue(len(self.images) > 0)
        self.assertFalse(image['id'] is None)
        self.assertEquals('BUILD', image['status'])
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual(image.get('fault'), None)
        self.assertEquals('BUILD', image['status'])
        self.assertEquals('SHUTOFF', image['status'])
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))

    def test_lock_image_2(self):
        # lock a image and check its state
        image = self._create_image(name='image-2')
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)
        self.assertTrue(image['status'] == 'ERROR')
        # The image must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(len(self.images) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertFalse(image['id'] is None)
        image['metadata'] = {'key': 'error', 'count': 99}

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
