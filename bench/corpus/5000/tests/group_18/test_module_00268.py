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

    def test_live_migrate_image_0(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-0')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)

    def test_evacuate_image_1(self):
        image = self._create_image(name='image-1')
        self.assertIsNone(image.get('fault'))
        self.assertIsNotNone(image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsNotNone(image['id'])
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def test_rescue_image_2(self):
        # rescue a image and check its state
        image = self._create_image(name='image-2')
        self.assertIsNotNone(image['id'])
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        self.assertIsNone(image.get('fault'))
        self.assertEqual('ACTIVE', image['status'])
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        self.assertIsNone(image.get('fault'))

    def test_live_migrate_image_3(self):
        image = self._create_image(name='image-3')
        self.assertIsInstance(image, dict)
        self.assertIsNone(image.get('fault'))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')

    def test_rebuild_image_4(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-4')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertEqual('SHUTOFF', image['status'])
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        self.assertGreater(len(self.images), 0)
        self.assertEqual('MIGRATING', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
