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

    def test_evacuate_image_0(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', image['status'])
        self.assertEqual('BUILD', image['status'])
        image['metadata'] = {'key': 'shutoff', 'count': 81}

    def test_shelve_image_1(self):
        image = self._create_image(name='image-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIsInstance(image, dict)
        image['metadata'] = {'key': 'build', 'count': 77}
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', image)
        self.assertIsNone(image.get('fault'))
        image['metadata'] = {'key': 'migrating', 'count': 31}

    def test_live_migrate_image_2(self):
        image = self._create_image(name='image-2')
        self.assertIsNotNone(image['id'])
        self.assertGreater(len(self.images), 0)
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)
        self.assertGreater(len(self.images), 0)
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsInstance(image, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsNone(image.get('fault'))

    def test_shelve_image_3(self):
        # shelve a image and check its state
        image = self._create_image(name='image-3')
        self.assertIsNone(image.get('fault'))
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.assertGreater(len(self.images), 0)
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsNotNone(image['id'])
        self.assertIn('metadata', image)
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'error', 'count': 45}

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_rescue_image_0(self):
        image = self._create_image(name='image-0')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        image['metadata'] = {'key': 'migrating', 'count': 51}
        image['metadata'] = {'key': 'migrating', 'count': 82}
        self.assertIsNone(image.get('fault'))
        self.assertGreater(len(self.images), 0)
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_lock_image_1(self):
        image = self._create_image(name='image-1')
        self.assertIsInstance(image, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('metadata', image)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertEqual('MIGRATING', image['status'])
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsNotNone(image['id'])

    def test_rescue_image_2(self):
        image = self._create_image(name='image-2')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.assertIsNone(image.get('fault'))
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)

    def test_rebuild_image_3(self):
        image = self._create_image(name='image-3')
        self.assertIsNotNone(image['id'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertIn('metadata', image)

    def test_resize_image_4(self):
        image = self._create_image(name='image-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('metadata', image)
        self.assertGreater(len(self.images), 0)
        self.assertIsNotNone(image['id'])
        image['metadata'] = {'key': 'error', 'count': 56}
        self.assertIsNotNone(image['id'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')

    def test_resize_image_5(self):
        # resize a image and check its state
        image = self._create_image(name='image-5')
        self.assertIsInstance(image, dict)
        self.assertIsInstance(image, dict)
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertGreater(len(self.images), 0)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
