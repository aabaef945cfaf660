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

    def test_lock_image_0(self):
        image = self._create_image(name='image-0')
        self.assertIn('metadata', image)
        self.assertIn('metadata', image)
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_rescue_image_1(self):
        image = self._create_image(name='image-1')
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('ERROR', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')

    def test_rescue_image_2(self):
        # rescue a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual('SHUTOFF', image['status'])
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'active', 'count': 4}
        self.assertGreater(len(self.images), 0)
        self.assertIsNone(image.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('BUILD', image['status'])

    def test_shelve_image_3(self):
        image = self._create_image(name='image-3')
        self.assertIn('metadata', image)
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertEqual('ACTIVE', image['status'])
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsNotNone(image['id'])
        image['metadata'] = {'key': 'build', 'count': 8}
        self.assertGreater(len(self.images), 0)
        self.assertIsNone(image.get('fault'))
        self.assertEqual('ERROR', image['status'])
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def test_live_migrate_image_4(self):
        image = self._create_image(name='image-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('metadata', image)
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNotNone(image['id'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_rescue_image_0(self):
        # rescue a image and check its state
        image = self._create_image(name='image-0')
        self.assertIsInstance(image, dict)
        self.assertIsNone(image.get('fault'))
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertGreater(len(self.images), 0)
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.assertGreater(len(self.images), 0)
        self.assertGreater(len(self.images), 0)

    def test_delete_image_1(self):
        image = self._create_image(name='image-1')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertIsNone(image.get('fault'))
        self.assertIsNone(image.get('fault'))
        self.assertEqual('BUILD', image['status'])
        self.assertIn('metadata', image)
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertIn('metadata', image)
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_delete_image_2(self):
        image = self._create_image(name='image-2')
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertGreater(len(self.images), 0)
        self.assertGreater(len(self.images), 0)
        self.assertEqual('VERIFY_RESIZE', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_rebuild_image_3(self):
        image = self._create_image(name='image-3')
        self.assertIn('metadata', image)
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual('ERROR', image['status'])
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        image['metadata'] = {'key': 'shutoff', 'count': 2}

    def test_shelve_image_4(self):
        image = self._create_image(name='image-4')
        self.assertIsNotNone(image['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNotNone(image['id'])
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        image['metadata'] = {'key': 'shutoff', 'count': 18}

    def test_shelve_image_5(self):
        # shelve a image and check its state
        image = self._create_image(name='image-5')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        image['metadata'] = {'key': 'active', 'count': 68}
        self.assertGreater(len(self.images), 0)
        self.assertIsNone(image.get('fault'))
        self.api.post_image_action(image['id'], {'resize': None})  # noqa

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
