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

    def test_rebuild_image_0(self):
        image = self._create_image(name='image-0')
        image['metadata'] = {'key': 'shutoff', 'count': 92}
        self.assertIsNone(image.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsNone(image.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def test_shelve_image_1(self):
        # shelve a image and check its state
        image = self._create_image(name='image-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertGreater(len(self.images), 0)
        self.assertIsNotNone(image['id'])
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        image['metadata'] = {'key': 'build', 'count': 17}
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_delete_image_2(self):
        image = self._create_image(name='image-2')
        self.assertGreater(len(self.images), 0)
        self.assertGreater(len(self.images), 0)
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIsInstance(image, dict)
        self.assertEqual('MIGRATING', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('MIGRATING', image['status'])

    def test_rebuild_image_3(self):
        image = self._create_image(name='image-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertGreater(len(self.images), 0)
        self.assertGreater(len(self.images), 0)
        self.assertEqual('MIGRATING', image['status'])
        image['metadata'] = {'key': 'build', 'count': 12}
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'verify_resize', 'count': 77}

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_rebuild_image_0(self):
        image = self._create_image(name='image-0')
        image['metadata'] = {'key': 'build', 'count': 48}
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'active', 'count': 88}
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_rescue_image_1(self):
        image = self._create_image(name='image-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsNotNone(image['id'])
        self.assertIsNotNone(image['id'])
        self.assertEqual('ACTIVE', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_live_migrate_image_2(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-2')
        self.assertIsNone(image.get('fault'))
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.api.post_image_action(image['id'], {'resize': None})  # noqa

    def test_attach_image_3(self):
        image = self._create_image(name='image-3')
        self.assertEqual('ERROR', image['status'])
        self.assertIsNotNone(image['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.assertIsNone(image.get('fault'))
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        self.assertGreater(len(self.images), 0)
        self.assertGreater(len(self.images), 0)

    def test_rescue_image_4(self):
        image = self._create_image(name='image-4')
        self.assertIn('metadata', image)
        self.assertIsInstance(image, dict)
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual('MIGRATING', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
