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

    def test_resize_image_0(self):
        # resize a image and check its state
        image = self._create_image(name='image-0')
        self.assertIn('metadata', image)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertIsInstance(image, dict)
        self.assertIsNone(image.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'build', 'count': 47}
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertIsInstance(image, dict)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_resize_image_1(self):
        # resize a image and check its state
        image = self._create_image(name='image-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'error', 'count': 42}
        self.assertEqual('ERROR', image['status'])
        self.assertIn('metadata', image)
        self.assertIsNone(image.get('fault'))
        self.assertGreater(len(self.images), 0)
        self.assertIn('metadata', image)
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def test_lock_image_2(self):
        image = self._create_image(name='image-2')
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'active', 'count': 94}
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        image['metadata'] = {'key': 'error', 'count': 62}
        image['metadata'] = {'key': 'migrating', 'count': 28}
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'verify_resize', 'count': 49}

    def test_live_migrate_image_3(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-3')
        self.assertIsInstance(image, dict)
        self.assertIsInstance(image, dict)
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.assertEqual('ACTIVE', image['status'])
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsNone(image.get('fault'))
        self.assertIsNotNone(image['id'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_rebuild_image_0(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-0')
        self.assertGreater(len(self.images), 0)
        image['metadata'] = {'key': 'verify_resize', 'count': 31}
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'migrating', 'count': 10}
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa

    def test_attach_image_1(self):
        image = self._create_image(name='image-1')
        self.assertIn('metadata', image)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('metadata', image)
        self.assertGreater(len(self.images), 0)
        self.assertGreater(len(self.images), 0)
        self.assertGreater(len(self.images), 0)

    def test_create_image_2(self):
        image = self._create_image(name='image-2')
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.assertIsNotNone(image['id'])
        self.assertIn('metadata', image)
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        self.assertEqual('SHUTOFF', image['status'])
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertGreater(len(self.images), 0)
        self.assertIsNotNone(image['id'])
        self.assertIn('metadata', image)
        self.assertEqual('ACTIVE', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
