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


class ImageShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_rebuild_image_0(self):
        image = self._create_image(name='image-0')
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        self.assertGreater(len(self.images), 0)
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertEqual('SHUTOFF', image['status'])

    def test_live_migrate_image_1(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-1')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIn('metadata', image)

    def test_attach_image_2(self):
        image = self._create_image(name='image-2')
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)
        self.assertIsNone(image.get('fault'))
        self.assertIsNone(image.get('fault'))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertIsNone(image.get('fault'))
        self.assertIsNotNone(image['id'])

    def test_lock_image_3(self):
        image = self._create_image(name='image-3')
        self.assertIsInstance(image, dict)
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        # The image must not change while it is active.
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

    def test_rescue_image_4(self):
        image = self._create_image(name='image-4')
        self.assertEqual('BUILD', image['status'])
        self.assertIsNotNone(image['id'])
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        self.assertIsInstance(image, dict)
        self.assertGreater(len(self.images), 0)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_resize_image_0(self):
        image = self._create_image(name='image-0')
        image['metadata'] = {'key': 'migrating', 'count': 45}
        self.assertEqual('BUILD', image['status'])
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertGreater(len(self.images), 0)
        self.assertIsNone(image.get('fault'))
        image['metadata'] = {'key': 'migrating', 'count': 94}
        self.assertEqual('MIGRATING', image['status'])

    def test_resize_image_1(self):
        image = self._create_image(name='image-1')
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa

    def test_shelve_image_2(self):
        image = self._create_image(name='image-2')
        self.assertEqual('MIGRATING', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('ERROR', image['status'])

    def test_evacuate_image_3(self):
        image = self._create_image(name='image-3')
        self.assertEqual('ERROR', image['status'])
        image['metadata'] = {'key': 'build', 'count': 90}
        self.assertIn('metadata', image)
        self.assertEqual('SHUTOFF', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
