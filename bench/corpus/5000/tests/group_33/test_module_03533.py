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
        self.assertGreater(len(self.images), 0)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.assertEqual('BUILD', image['status'])
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        self.assertEqual('MIGRATING', image['status'])
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def test_live_migrate_image_1(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-1')
        self.assertIsNotNone(image['id'])
        self.assertEqual('BUILD', image['status'])
        self.assertEqual('SHUTOFF', image['status'])
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa
        self.assertEqual('ACTIVE', image['status'])
        self.assertGreater(len(self.images), 0)
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa
        self.assertIsNotNone(image['id'])

    def test_attach_image_2(self):
        image = self._create_image(name='image-2')
        self.assertEqual('BUILD', image['status'])
        self.assertEqual('MIGRATING', image['status'])
        self.assertIsNone(image.get('fault'))
        self.assertIsNone(image.get('fault'))
        self.assertIsInstance(image, dict)
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        self.assertIsNotNone(image['id'])
        self.assertEqual('ACTIVE', image['status'])

    def test_rebuild_image_3(self):
        image = self._create_image(name='image-3')
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        image['metadata'] = {'key': 'migrating', 'count': 25}
        self.assertIsNone(image.get('fault'))
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)
        image['metadata'] = {'key': 'migrating', 'count': 53}
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsInstance(image, dict)

    def test_rebuild_image_4(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-4')
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        self.assertIsNone(image.get('fault'))
        self.assertEqual('SHUTOFF', image['status'])
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('ERROR', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.api.post_image_action(image['id'], {'lock': None})  # noqa

    def test_resize_image_5(self):
        image = self._create_image(name='image-5')
        image['metadata'] = {'key': 'shutoff', 'count': 34}
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_create_image_0(self):
        image = self._create_image(name='image-0')
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertEqual('ERROR', image['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('BUILD', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsNone(image.get('fault'))

    def test_rescue_image_1(self):
        image = self._create_image(name='image-1')
        self.assertGreater(len(self.images), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'build', 'count': 68}
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')

    def test_rescue_image_2(self):
        # rescue a image and check its state
        image = self._create_image(name='image-2')
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertGreater(len(self.images), 0)
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('ERROR', image['status'])
        image['metadata'] = {'key': 'build', 'count': 73}

    def test_evacuate_image_3(self):
        image = self._create_image(name='image-3')
        self.assertIsNotNone(image['id'])
        self.assertEqual('BUILD', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.assertIn('metadata', image)
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertGreater(len(self.images), 0)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
