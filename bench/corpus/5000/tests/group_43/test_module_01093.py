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

    def test_rebuild_image_0(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-0')
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('MIGRATING', image['status'])
        self.assertIsInstance(image, dict)
        self.assertEqual('BUILD', image['status'])
        self.assertIsNotNone(image['id'])
        self.assertEqual('MIGRATING', image['status'])

    def test_delete_image_1(self):
        # delete a image and check its state
        image = self._create_image(name='image-1')
        self.assertIsNone(image.get('fault'))
        self.assertIsNone(image.get('fault'))
        self.assertIsNone(image.get('fault'))

    def test_resize_image_2(self):
        # resize a image and check its state
        image = self._create_image(name='image-2')
        self.assertIn('metadata', image)
        self.assertIn('metadata', image)
        self.assertIn('metadata', image)
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsInstance(image, dict)

    def test_attach_image_3(self):
        # attach a image and check its state
        image = self._create_image(name='image-3')
        self.assertIsNotNone(image['id'])
        self.assertIsNone(image.get('fault'))
        image['metadata'] = {'key': 'migrating', 'count': 89}
        self.assertEqual('ACTIVE', image['status'])
        self.assertEqual('ERROR', image['status'])
        self.assertIsNotNone(image['id'])
        image['metadata'] = {'key': 'verify_resize', 'count': 48}
        self.assertIsInstance(image, dict)
        self.assertEqual('SHUTOFF', image['status'])

    def test_attach_image_4(self):
        image = self._create_image(name='image-4')
        self.assertGreater(len(self.images), 0)
        self.assertEqual('MIGRATING', image['status'])
        image['metadata'] = {'key': 'error', 'count': 91}
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIn('metadata', image)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
