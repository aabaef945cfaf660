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

    def test_lock_image_0(self):
        image = self._create_image(name='image-0')
        image['metadata'] = {'key': 'verify_resize', 'count': 19}
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa

    def test_rebuild_image_1(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-1')
        image['metadata'] = {'key': 'verify_resize', 'count': 23}
        self.assertEqual('BUILD', image['status'])
        self.assertIsNone(image.get('fault'))
        self.assertEqual('MIGRATING', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertGreater(len(self.images), 0)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsInstance(image, dict)
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNotNone(image['id'])

    def test_delete_image_2(self):
        # delete a image and check its state
        image = self._create_image(name='image-2')
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNone(image.get('fault'))
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        self.assertIsInstance(image, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def test_lock_image_3(self):
        # lock a image and check its state
        image = self._create_image(name='image-3')
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsNotNone(image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_attach_image_4(self):
        image = self._create_image(name='image-4')
        self.assertEqual('SHUTOFF', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIn('metadata', image)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsInstance(image, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_create_image_5(self):
        # create a image and check its state
        image = self._create_image(name='image-5')
        self.assertEqual('MIGRATING', image['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsInstance(image, dict)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
