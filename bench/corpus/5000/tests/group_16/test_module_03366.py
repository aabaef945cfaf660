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


class ImageDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_attach_image_0(self):
        # attach a image and check its state
        image = self._create_image(name='image-0')
        self.assertIsNone(image.get('fault'))
        self.assertEqual('MIGRATING', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def test_lock_image_1(self):
        image = self._create_image(name='image-1')
        self.assertEqual('ERROR', image['status'])
        self.assertIsNotNone(image['id'])
        self.assertGreater(len(self.images), 0)
        self.assertIsNotNone(image['id'])
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_rescue_image_2(self):
        # rescue a image and check its state
        image = self._create_image(name='image-2')
        self.assertIn('metadata', image)
        self.assertIsNotNone(image['id'])
        self.assertIsNotNone(image['id'])
        self.assertIsNotNone(image['id'])
        self.assertEqual('BUILD', image['status'])
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.assertEqual('SHUTOFF', image['status'])
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIsInstance(image, dict)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')

    def test_rebuild_image_3(self):
        image = self._create_image(name='image-3')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsInstance(image, dict)
        image['metadata'] = {'key': 'migrating', 'count': 16}
        self.assertIn('metadata', image)

    def test_resize_image_4(self):
        image = self._create_image(name='image-4')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        image['metadata'] = {'key': 'active', 'count': 57}
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsInstance(image, dict)
        self.assertIsNotNone(image['id'])
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
