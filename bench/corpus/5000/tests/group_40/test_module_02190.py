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

    def test_live_migrate_image_0(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-0')
        self.assertIsNone(image.get('fault'))
        self.assertIn('metadata', image)
        self.assertIsNone(image.get('fault'))
        self.assertEqual('ERROR', image['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsInstance(image, dict)
        self.assertIsNotNone(image['id'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIn('metadata', image)

    def test_lock_image_1(self):
        # lock a image and check its state
        image = self._create_image(name='image-1')
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsNotNone(image['id'])
        self.assertIsNone(image.get('fault'))
        self.assertIsInstance(image, dict)
        self.assertIsNotNone(image['id'])
        self.assertIn('metadata', image)

    def test_attach_image_2(self):
        image = self._create_image(name='image-2')
        self.assertEqual('BUILD', image['status'])
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'active', 'count': 16}
        self.assertIsNotNone(image['id'])
        self.assertEqual('MIGRATING', image['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertEqual('ACTIVE', image['status'])
        self.assertEqual('MIGRATING', image['status'])

    def test_resize_image_3(self):
        image = self._create_image(name='image-3')
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.assertIsInstance(image, dict)
        self.assertIsNone(image.get('fault'))
        self.assertIsNotNone(image['id'])
        self.assertIsNotNone(image['id'])
        self.assertEqual('SHUTOFF', image['status'])
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa

    def test_shelve_image_4(self):
        # shelve a image and check its state
        image = self._create_image(name='image-4')
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual('ACTIVE', image['status'])
        self.assertIn('metadata', image)
        self.assertIsInstance(image, dict)
        self.assertIsNotNone(image['id'])
        self.assertEqual('ACTIVE', image['status'])
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.assertEqual('ERROR', image['status'])

    def test_resize_image_5(self):
        image = self._create_image(name='image-5')
        self.assertIn('metadata', image)
        self.assertIn('metadata', image)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertEqual('ERROR', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertGreater(len(self.images), 0)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
