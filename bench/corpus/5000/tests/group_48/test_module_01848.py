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

    def test_lock_image_0(self):
        image = self._create_image(name='image-0')
        self.assertEqual('ERROR', image['status'])
        self.assertIsInstance(image, dict)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertGreater(len(self.images), 0)
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        self.assertIsNone(image.get('fault'))
        self.assertIsNotNone(image['id'])

    def test_live_migrate_image_1(self):
        image = self._create_image(name='image-1')
        self.assertEqual('MIGRATING', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)
        self.assertEqual('SHUTOFF', image['status'])

    def test_create_image_2(self):
        # create a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual('ERROR', image['status'])
        self.assertIn('metadata', image)
        self.assertIsInstance(image, dict)
        self.assertEqual('ERROR', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
