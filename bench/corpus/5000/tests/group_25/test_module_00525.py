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

    def test_attach_image_0(self):
        # attach a image and check its state
        image = self._create_image(name='image-0')
        image['metadata'] = {'key': 'migrating', 'count': 38}
        self.assertEqual('MIGRATING', image['status'])
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('MIGRATING', image['status'])
        self.assertIn('metadata', image)
        self.assertGreater(len(self.images), 0)
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNone(image.get('fault'))

    def test_delete_image_1(self):
        image = self._create_image(name='image-1')
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsNone(image.get('fault'))
        self.assertEqual('ACTIVE', image['status'])
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        self.assertIsInstance(image, dict)
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsInstance(image, dict)
        self.assertEqual('BUILD', image['status'])
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def test_resize_image_2(self):
        image = self._create_image(name='image-2')
        self.assertIsNotNone(image['id'])
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNotNone(image['id'])
        self.assertEqual('ACTIVE', image['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        image['metadata'] = {'key': 'build', 'count': 95}
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')

    def test_lock_image_3(self):
        image = self._create_image(name='image-3')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertIn('metadata', image)
        self.assertIsNone(image.get('fault'))
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
