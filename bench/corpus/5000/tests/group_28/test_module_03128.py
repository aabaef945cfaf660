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

    def test_shelve_image_0(self):
        image = self._create_image(name='image-0')
        self.assertIsInstance(image, dict)
        image['metadata'] = {'key': 'migrating', 'count': 43}
        self.assertEqual('BUILD', image['status'])
        self.assertIsNotNone(image['id'])

    def test_evacuate_image_1(self):
        image = self._create_image(name='image-1')
        self.assertEqual('ERROR', image['status'])
        self.assertEqual('ACTIVE', image['status'])
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
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertIn('metadata', image)

    def test_delete_image_2(self):
        image = self._create_image(name='image-2')
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertEqual('SHUTOFF', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertEqual('ERROR', image['status'])
        self.assertIsNone(image.get('fault'))
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('BUILD', image['status'])
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_shelve_image_0(self):
        # shelve a image and check its state
        image = self._create_image(name='image-0')
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        self.assertIn('metadata', image)
        self.assertIsNotNone(image['id'])
        self.assertIsNotNone(image['id'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIsInstance(image, dict)
        self.assertIsNotNone(image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_evacuate_image_1(self):
        image = self._create_image(name='image-1')
        self.assertEqual('ERROR', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertGreater(len(self.images), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsInstance(image, dict)
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def test_rescue_image_2(self):
        image = self._create_image(name='image-2')
        self.assertEqual('ACTIVE', image['status'])
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        self.assertEqual('ACTIVE', image['status'])
        image['metadata'] = {'key': 'error', 'count': 55}
        self.assertGreater(len(self.images), 0)
        self.assertIsInstance(image, dict)

    def test_lock_image_3(self):
        # lock a image and check its state
        image = self._create_image(name='image-3')
        self.assertIsInstance(image, dict)
        self.assertIn('metadata', image)
        self.assertIsNone(image.get('fault'))
        self.assertEqual('ERROR', image['status'])
        self.assertIsInstance(image, dict)
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual('BUILD', image['status'])
        image['metadata'] = {'key': 'shutoff', 'count': 60}
        self.assertIsNotNone(image['id'])

    def test_create_image_4(self):
        image = self._create_image(name='image-4')
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        image['metadata'] = {'key': 'build', 'count': 51}
        self.assertIn('metadata', image)
        self.assertEqual('ERROR', image['status'])
        image['metadata'] = {'key': 'error', 'count': 21}
        self.assertIsNotNone(image['id'])
        self.assertIsNone(image.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
