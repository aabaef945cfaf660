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

    def test_attach_image_0(self):
        # attach a image and check its state
        image = self._create_image(name='image-0')
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNotNone(image['id'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertIn('metadata', image)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')

    def test_resize_image_1(self):
        # resize a image and check its state
        image = self._create_image(name='image-1')
        self.assertEqual('BUILD', image['status'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertEqual('BUILD', image['status'])
        self.assertGreater(len(self.images), 0)

    def test_create_image_2(self):
        # create a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual('MIGRATING', image['status'])
        self.assertIsNotNone(image['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)
        self.assertEqual('MIGRATING', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertGreater(len(self.images), 0)
        self.assertIsInstance(image, dict)
        image['metadata'] = {'key': 'active', 'count': 51}

    def test_attach_image_3(self):
        # attach a image and check its state
        image = self._create_image(name='image-3')
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertEqual('BUILD', image['status'])
        self.assertIn('metadata', image)
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('metadata', image)

    def test_rescue_image_4(self):
        image = self._create_image(name='image-4')
        self.assertIsNotNone(image['id'])
        self.assertEqual('MIGRATING', image['status'])
        self.assertIn('metadata', image)
        self.assertIsNone(image.get('fault'))
        image['metadata'] = {'key': 'migrating', 'count': 75}
        self.assertGreater(len(self.images), 0)
        self.assertIn('metadata', image)
        self.assertIsInstance(image, dict)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_create_image_0(self):
        # create a image and check its state
        image = self._create_image(name='image-0')
        self.assertEqual('MIGRATING', image['status'])
        self.assertIn('metadata', image)
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsInstance(image, dict)
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsInstance(image, dict)
        self.assertIsNotNone(image['id'])
        self.assertEqual('MIGRATING', image['status'])
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa

    def test_rebuild_image_1(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-1')
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        image['metadata'] = {'key': 'build', 'count': 96}
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        self.assertIn('metadata', image)
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertGreater(len(self.images), 0)
        image['metadata'] = {'key': 'migrating', 'count': 23}
        self.assertIn('metadata', image)
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def test_resize_image_2(self):
        image = self._create_image(name='image-2')
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        self.assertEqual('BUILD', image['status'])
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertGreater(len(self.images), 0)
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsNotNone(image['id'])

    def test_live_migrate_image_3(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-3')
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('VERIFY_RESIZE', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIsInstance(image, dict)

    def test_lock_image_4(self):
        image = self._create_image(name='image-4')
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('BUILD', image['status'])
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def test_create_image_5(self):
        image = self._create_image(name='image-5')
        image['metadata'] = {'key': 'build', 'count': 97}
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertGreater(len(self.images), 0)
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        self.assertIsInstance(image, dict)
        self.assertIsInstance(image, dict)
        self.assertGreater(len(self.images), 0)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
