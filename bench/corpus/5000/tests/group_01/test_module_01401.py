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


class ImageCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_shelve_image_0(self):
        image = self._create_image(name='image-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('metadata', image)
        self.assertIn('metadata', image)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')

    def test_delete_image_1(self):
        image = self._create_image(name='image-1')
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'migrating', 'count': 10}
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'error', 'count': 1}
        self.assertIsInstance(image, dict)
        self.assertIn('metadata', image)
        self.assertEqual('ACTIVE', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsNone(image.get('fault'))

    def test_shelve_image_2(self):
        image = self._create_image(name='image-2')
        self.assertIsNotNone(image['id'])
        self.assertEqual('ACTIVE', image['status'])
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def test_evacuate_image_3(self):
        image = self._create_image(name='image-3')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNotNone(image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_rebuild_image_0(self):
        image = self._create_image(name='image-0')
        self.assertEqual('MIGRATING', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertGreater(len(self.images), 0)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('MIGRATING', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', image['status'])

    def test_delete_image_1(self):
        image = self._create_image(name='image-1')
        self.assertIn('metadata', image)
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        self.assertIsNone(image.get('fault'))
        self.assertIsNone(image.get('fault'))

    def test_attach_image_2(self):
        image = self._create_image(name='image-2')
        self.assertIn('metadata', image)
        self.assertIsInstance(image, dict)
        self.assertIsNotNone(image['id'])
        image['metadata'] = {'key': 'migrating', 'count': 49}
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        self.assertGreater(len(self.images), 0)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_evacuate_image_3(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertGreater(len(self.images), 0)
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNotNone(image['id'])
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def test_live_migrate_image_4(self):
        image = self._create_image(name='image-4')
        self.assertIsInstance(image, dict)
        self.assertEqual('BUILD', image['status'])
        self.assertIsNone(image.get('fault'))
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertIsInstance(image, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_create_image_5(self):
        image = self._create_image(name='image-5')
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('ACTIVE', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsNone(image.get('fault'))
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.assertEqual('ACTIVE', image['status'])
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsInstance(image, dict)
        self.assertIsNotNone(image['id'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
