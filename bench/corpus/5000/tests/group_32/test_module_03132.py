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


class ImageLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_live_migrate_image_0(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-0')
        self.assertIsInstance(image, dict)
        self.assertEqual('BUILD', image['status'])
        self.assertIn('metadata', image)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')

    def test_delete_image_1(self):
        image = self._create_image(name='image-1')
        self.assertEqual('MIGRATING', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertEqual('BUILD', image['status'])

    def test_rescue_image_2(self):
        image = self._create_image(name='image-2')
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'verify_resize', 'count': 5}
        self.assertIsNone(image.get('fault'))
        self.assertIsNotNone(image['id'])

    def test_delete_image_3(self):
        # delete a image and check its state
        image = self._create_image(name='image-3')
        self.assertEqual('BUILD', image['status'])
        self.assertEqual('ACTIVE', image['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsInstance(image, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'migrating', 'count': 92}

    def test_evacuate_image_4(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-4')
        self.assertIsNone(image.get('fault'))
        self.assertEqual('BUILD', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertIsNone(image.get('fault'))
        self.assertIsNotNone(image['id'])
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsInstance(image, dict)

    def test_attach_image_5(self):
        # attach a image and check its state
        image = self._create_image(name='image-5')
        image['metadata'] = {'key': 'error', 'count': 30}
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertGreater(len(self.images), 0)
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        self.assertIn('metadata', image)
        self.api.post_image_action(image['id'], {'resize': None})  # noqa

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_live_migrate_image_0(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-0')
        self.assertIsInstance(image, dict)
        self.assertIsNone(image.get('fault'))
        self.assertGreater(len(self.images), 0)
        self.assertIn('metadata', image)
        self.assertIsNone(image.get('fault'))
        self.assertIsNotNone(image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        image['metadata'] = {'key': 'verify_resize', 'count': 6}
        self.assertIsNotNone(image['id'])

    def test_live_migrate_image_1(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-1')
        self.assertGreater(len(self.images), 0)
        self.assertIsInstance(image, dict)
        self.assertIsInstance(image, dict)

    def test_lock_image_2(self):
        image = self._create_image(name='image-2')
        self.assertIsNotNone(image['id'])
        self.assertIsNotNone(image['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_rebuild_image_3(self):
        image = self._create_image(name='image-3')
        self.assertIsInstance(image, dict)
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        self.assertIsNotNone(image['id'])
        self.assertGreater(len(self.images), 0)
        image['metadata'] = {'key': 'verify_resize', 'count': 30}
        self.assertIn('metadata', image)
        self.assertIsInstance(image, dict)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
