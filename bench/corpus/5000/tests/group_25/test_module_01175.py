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


class ImageShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_evacuate_image_0(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', image['status'])
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        image['metadata'] = {'key': 'migrating', 'count': 86}
        image['metadata'] = {'key': 'migrating', 'count': 85}
        self.assertIsInstance(image, dict)
        self.assertEqual('MIGRATING', image['status'])

    def test_attach_image_1(self):
        # attach a image and check its state
        image = self._create_image(name='image-1')
        self.assertIn('metadata', image)
        self.assertGreater(len(self.images), 0)
        image['metadata'] = {'key': 'migrating', 'count': 97}
        self.assertGreater(len(self.images), 0)
        self.assertEqual('SHUTOFF', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIsNotNone(image['id'])

    def test_evacuate_image_2(self):
        image = self._create_image(name='image-2')
        self.assertIn('metadata', image)
        self.assertIsInstance(image, dict)
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsInstance(image, dict)

    def test_attach_image_3(self):
        # attach a image and check its state
        image = self._create_image(name='image-3')
        self.assertIsNotNone(image['id'])
        self.assertEqual('ERROR', image['status'])
        self.assertIsNotNone(image['id'])
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertGreater(len(self.images), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_create_image_4(self):
        # create a image and check its state
        image = self._create_image(name='image-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsNotNone(image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertGreater(len(self.images), 0)
        self.assertIsInstance(image, dict)
        self.assertIsNone(image.get('fault'))
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        self.assertIn('metadata', image)

    def test_attach_image_5(self):
        # attach a image and check its state
        image = self._create_image(name='image-5')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        image['metadata'] = {'key': 'active', 'count': 22}

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_lock_image_0(self):
        image = self._create_image(name='image-0')
        self.assertEqual('BUILD', image['status'])
        self.assertIsInstance(image, dict)
        self.assertGreater(len(self.images), 0)
        self.assertEqual('ERROR', image['status'])
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa
        self.assertGreater(len(self.images), 0)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa

    def test_live_migrate_image_1(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-1')
        image['metadata'] = {'key': 'error', 'count': 77}
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsNone(image.get('fault'))
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', image)
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def test_resize_image_2(self):
        image = self._create_image(name='image-2')
        image['metadata'] = {'key': 'error', 'count': 86}
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNotNone(image['id'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
