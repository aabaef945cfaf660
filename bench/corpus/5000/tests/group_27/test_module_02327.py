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


class ImageAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_resize_image_0(self):
        image = self._create_image(name='image-0')
        self.assertGreater(len(self.images), 0)
        self.assertEqual('ACTIVE', image['status'])
        self.assertGreater(len(self.images), 0)
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual('ACTIVE', image['status'])

    def test_attach_image_1(self):
        image = self._create_image(name='image-1')
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        image['metadata'] = {'key': 'migrating', 'count': 61}
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'active', 'count': 77}
        self.assertIsInstance(image, dict)
        self.assertIsNotNone(image['id'])

    def test_attach_image_2(self):
        # attach a image and check its state
        image = self._create_image(name='image-2')
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        image['metadata'] = {'key': 'shutoff', 'count': 17}
        self.assertIsNone(image.get('fault'))
        image['metadata'] = {'key': 'error', 'count': 98}
        image['metadata'] = {'key': 'active', 'count': 48}
        self.assertEqual('SHUTOFF', image['status'])
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertIn('metadata', image)

    def test_shelve_image_3(self):
        image = self._create_image(name='image-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsInstance(image, dict)
        self.assertIsNone(image.get('fault'))
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def test_live_migrate_image_4(self):
        image = self._create_image(name='image-4')
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsNone(image.get('fault'))
        self.assertIn('metadata', image)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')

    def test_delete_image_5(self):
        image = self._create_image(name='image-5')
        self.assertEqual('VERIFY_RESIZE', image['status'])
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        image['metadata'] = {'key': 'verify_resize', 'count': 8}
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('MIGRATING', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_rebuild_image_0(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-0')
        self.assertGreater(len(self.images), 0)
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsNotNone(image['id'])

    def test_lock_image_1(self):
        # lock a image and check its state
        image = self._create_image(name='image-1')
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        self.assertIsNotNone(image['id'])
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def test_shelve_image_2(self):
        image = self._create_image(name='image-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsNotNone(image['id'])
        image['metadata'] = {'key': 'error', 'count': 32}

    def test_rebuild_image_3(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-3')
        self.assertEqual('VERIFY_RESIZE', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsInstance(image, dict)

    def test_delete_image_4(self):
        image = self._create_image(name='image-4')
        self.assertIsNone(image.get('fault'))
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.assertIsNotNone(image['id'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
