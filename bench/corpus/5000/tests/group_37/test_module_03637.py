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


class ImageRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_shelve_image_0(self):
        # shelve a image and check its state
        image = self._create_image(name='image-0')
        self.assertEqual('VERIFY_RESIZE', image['status'])
        image['metadata'] = {'key': 'verify_resize', 'count': 94}
        self.assertEqual('SHUTOFF', image['status'])
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        self.assertIsNotNone(image['id'])
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsNone(image.get('fault'))

    def test_resize_image_1(self):
        # resize a image and check its state
        image = self._create_image(name='image-1')
        self.assertEqual('ERROR', image['status'])
        self.assertEqual('BUILD', image['status'])
        self.assertEqual('BUILD', image['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('ACTIVE', image['status'])
        self.assertIn('metadata', image)
        self.assertIn('metadata', image)

    def test_lock_image_2(self):
        # lock a image and check its state
        image = self._create_image(name='image-2')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsNone(image.get('fault'))

    def test_attach_image_3(self):
        image = self._create_image(name='image-3')
        self.assertIn('metadata', image)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertIsNone(image.get('fault'))
        self.assertGreater(len(self.images), 0)
        self.assertIsNone(image.get('fault'))
        self.assertIsNone(image.get('fault'))
        self.assertIsNone(image.get('fault'))
        self.api.post_image_action(image['id'], {'delete': None})  # noqa

    def test_create_image_4(self):
        image = self._create_image(name='image-4')
        image['metadata'] = {'key': 'verify_resize', 'count': 35}
        image['metadata'] = {'key': 'shutoff', 'count': 87}
        self.assertEqual('MIGRATING', image['status'])
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.assertEqual('ACTIVE', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_rescue_image_0(self):
        # rescue a image and check its state
        image = self._create_image(name='image-0')
        self.assertIn('metadata', image)
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)
        self.assertEqual('BUILD', image['status'])
        self.assertEqual('VERIFY_RESIZE', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')

    def test_evacuate_image_1(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-1')
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual('BUILD', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('metadata', image)
        self.assertEqual('BUILD', image['status'])

    def test_shelve_image_2(self):
        # shelve a image and check its state
        image = self._create_image(name='image-2')
        self.assertGreater(len(self.images), 0)
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)
        self.assertEqual('ACTIVE', image['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)

    def test_evacuate_image_3(self):
        image = self._create_image(name='image-3')
        self.assertIn('metadata', image)
        self.assertEqual('ACTIVE', image['status'])
        self.assertIn('metadata', image)
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        self.assertEqual('ACTIVE', image['status'])
        image['metadata'] = {'key': 'error', 'count': 86}
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNone(image.get('fault'))
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'migrating', 'count': 79}

    def test_live_migrate_image_4(self):
        image = self._create_image(name='image-4')
        self.assertGreater(len(self.images), 0)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertIsNotNone(image['id'])
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_lock_image_5(self):
        image = self._create_image(name='image-5')
        self.assertIsInstance(image, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('ERROR', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
