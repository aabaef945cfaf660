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

    def test_evacuate_image_0(self):
        image = self._create_image(name='image-0')
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('BUILD', image['status'])
        self.assertEqual('ERROR', image['status'])
        self.assertIn('metadata', image)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.assertGreater(len(self.images), 0)

    def test_shelve_image_1(self):
        # shelve a image and check its state
        image = self._create_image(name='image-1')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertIsInstance(image, dict)
        self.assertEqual('MIGRATING', image['status'])
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'lock': None})  # noqa

    def test_shelve_image_2(self):
        image = self._create_image(name='image-2')
        self.assertIsInstance(image, dict)
        self.assertEqual('ACTIVE', image['status'])
        self.assertGreater(len(self.images), 0)
        self.assertGreater(len(self.images), 0)
        self.assertIsNone(image.get('fault'))
        self.assertIn('metadata', image)

    def test_lock_image_3(self):
        image = self._create_image(name='image-3')
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNotNone(image['id'])
        self.assertEqual('SHUTOFF', image['status'])
        image['metadata'] = {'key': 'migrating', 'count': 44}
        self.assertIn('metadata', image)
        self.assertEqual('SHUTOFF', image['status'])

    def test_lock_image_4(self):
        # lock a image and check its state
        image = self._create_image(name='image-4')
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        image['metadata'] = {'key': 'active', 'count': 97}
        self.assertEqual('BUILD', image['status'])
        self.assertIsInstance(image, dict)

    def test_lock_image_5(self):
        # lock a image and check its state
        image = self._create_image(name='image-5')
        self.assertIsNotNone(image['id'])
        image['metadata'] = {'key': 'migrating', 'count': 22}
        self.assertIn('metadata', image)
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.assertIsNone(image.get('fault'))
        self.assertIsNone(image.get('fault'))
        self.assertEqual('VERIFY_RESIZE', image['status'])

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
        self.assertIsNotNone(image['id'])
        self.assertIn('metadata', image)
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        self.assertIsNotNone(image['id'])
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_shelve_image_1(self):
        image = self._create_image(name='image-1')
        self.assertGreater(len(self.images), 0)
        self.assertGreater(len(self.images), 0)
        self.assertIsNotNone(image['id'])
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', image['status'])

    def test_shelve_image_2(self):
        # shelve a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual('MIGRATING', image['status'])
        image['metadata'] = {'key': 'build', 'count': 92}
        self.assertIsNotNone(image['id'])
        self.assertEqual('BUILD', image['status'])
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa

    def test_rescue_image_3(self):
        # rescue a image and check its state
        image = self._create_image(name='image-3')
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNone(image.get('fault'))

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
