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


class ImageLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_create_image_0(self):
        # create a image and check its state
        image = self._create_image(name='image-0')
        self.assertEqual('SHUTOFF', image['status'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertGreater(len(self.images), 0)
        self.assertEqual('VERIFY_RESIZE', image['status'])
        image['metadata'] = {'key': 'shutoff', 'count': 37}
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual('BUILD', image['status'])
        self.assertIsNone(image.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'migrating', 'count': 87}

    def test_live_migrate_image_1(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-1')
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        self.assertIsInstance(image, dict)
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsNotNone(image['id'])

    def test_resize_image_2(self):
        # resize a image and check its state
        image = self._create_image(name='image-2')
        image['metadata'] = {'key': 'error', 'count': 35}
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('metadata', image)
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsNotNone(image['id'])
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('SHUTOFF', image['status'])

    def test_rebuild_image_3(self):
        image = self._create_image(name='image-3')
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'shutoff', 'count': 45}
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsInstance(image, dict)
        self.assertIsNotNone(image['id'])
        image['metadata'] = {'key': 'shutoff', 'count': 89}
        self.assertIsInstance(image, dict)
        self.assertEqual('SHUTOFF', image['status'])

    def test_evacuate_image_4(self):
        image = self._create_image(name='image-4')
        self.assertIsNone(image.get('fault'))
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIsNone(image.get('fault'))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
