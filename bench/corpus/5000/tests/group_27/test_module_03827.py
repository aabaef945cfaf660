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


class ImageLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_live_migrate_image_0(self):
        image = self._create_image(name='image-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsInstance(image, dict)
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertIsNotNone(image['id'])
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.assertIsNone(image.get('fault'))

    def test_create_image_1(self):
        # create a image and check its state
        image = self._create_image(name='image-1')
        self.assertIsNotNone(image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsInstance(image, dict)
        self.assertEqual('VERIFY_RESIZE', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.api.post_image_action(image['id'], {'attach': None})  # noqa

    def test_shelve_image_2(self):
        # shelve a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual('SHUTOFF', image['status'])
        self.assertGreater(len(self.images), 0)
        image['metadata'] = {'key': 'shutoff', 'count': 42}
        self.assertIsNotNone(image['id'])

    def test_resize_image_3(self):
        image = self._create_image(name='image-3')
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', image['status'])
        image['metadata'] = {'key': 'verify_resize', 'count': 47}
        self.assertIsInstance(image, dict)

    def test_resize_image_4(self):
        image = self._create_image(name='image-4')
        self.assertIsInstance(image, dict)
        self.assertIn('metadata', image)
        self.assertIn('metadata', image)
        self.assertEqual('SHUTOFF', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertGreater(len(self.images), 0)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_resize_image_0(self):
        # resize a image and check its state
        image = self._create_image(name='image-0')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsInstance(image, dict)
        self.assertIn('metadata', image)
        self.assertIsInstance(image, dict)
        self.assertIsNone(image.get('fault'))
        self.assertEqual('MIGRATING', image['status'])

    def test_evacuate_image_1(self):
        image = self._create_image(name='image-1')
        self.assertIsInstance(image, dict)
        self.assertIsInstance(image, dict)
        self.assertEqual('BUILD', image['status'])
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsInstance(image, dict)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')

    def test_live_migrate_image_2(self):
        image = self._create_image(name='image-2')
        self.assertIsInstance(image, dict)
        self.assertEqual('ACTIVE', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsNotNone(image['id'])
        self.assertIsNone(image.get('fault'))
        self.assertIsNone(image.get('fault'))
        self.assertIsNotNone(image['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)

    def test_delete_image_3(self):
        # delete a image and check its state
        image = self._create_image(name='image-3')
        self.assertEqual('ERROR', image['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsNotNone(image['id'])
        self.assertGreater(len(self.images), 0)
        self.assertEqual('MIGRATING', image['status'])
        self.assertIsInstance(image, dict)
        image['metadata'] = {'key': 'shutoff', 'count': 79}
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsNone(image.get('fault'))

    def test_attach_image_4(self):
        image = self._create_image(name='image-4')
        self.assertEqual('ACTIVE', image['status'])
        self.assertEqual('ERROR', image['status'])
        self.assertEqual('MIGRATING', image['status'])

    def test_evacuate_image_5(self):
        image = self._create_image(name='image-5')
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertIsNotNone(image['id'])
        self.assertGreater(len(self.images), 0)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
