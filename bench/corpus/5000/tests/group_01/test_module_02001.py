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

    def test_rescue_image_0(self):
        # rescue a image and check its state
        image = self._create_image(name='image-0')
        self.assertEqual('MIGRATING', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsInstance(image, dict)
        self.assertIsNone(image.get('fault'))
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        self.assertIsNotNone(image['id'])
        self.assertGreater(len(self.images), 0)

    def test_delete_image_1(self):
        # delete a image and check its state
        image = self._create_image(name='image-1')
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsNotNone(image['id'])
        self.assertIsNone(image.get('fault'))
        self.assertIsInstance(image, dict)
        self.assertIsInstance(image, dict)

    def test_rebuild_image_2(self):
        image = self._create_image(name='image-2')
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIsNone(image.get('fault'))
        self.assertEqual('ERROR', image['status'])
        self.assertIsNone(image.get('fault'))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertIsInstance(image, dict)

    def test_live_migrate_image_3(self):
        image = self._create_image(name='image-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsNone(image.get('fault'))
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('MIGRATING', image['status'])
        self.assertIsNotNone(image['id'])

    def test_evacuate_image_4(self):
        image = self._create_image(name='image-4')
        self.assertIsNotNone(image['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNone(image.get('fault'))
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_rebuild_image_5(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-5')
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsInstance(image, dict)
        self.assertEqual('BUILD', image['status'])
        self.assertIn('metadata', image)
        self.assertIsInstance(image, dict)
        self.assertEqual('ERROR', image['status'])
        self.assertEqual('ACTIVE', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_delete_image_0(self):
        # delete a image and check its state
        image = self._create_image(name='image-0')
        self.assertIsInstance(image, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsNone(image.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_rescue_image_1(self):
        image = self._create_image(name='image-1')
        self.assertGreater(len(self.images), 0)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertEqual('ACTIVE', image['status'])
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa

    def test_create_image_2(self):
        # create a image and check its state
        image = self._create_image(name='image-2')
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertGreater(len(self.images), 0)
        image['metadata'] = {'key': 'active', 'count': 35}
        self.assertIsNone(image.get('fault'))

    def test_resize_image_3(self):
        image = self._create_image(name='image-3')
        self.assertIsInstance(image, dict)
        self.assertEqual('MIGRATING', image['status'])
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsNone(image.get('fault'))
        self.assertEqual('BUILD', image['status'])
        self.assertEqual('BUILD', image['status'])
        self.assertIn('metadata', image)
        self.assertIsNotNone(image['id'])
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
