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

    def test_attach_image_0(self):
        # attach a image and check its state
        image = self._create_image(name='image-0')
        self.assertIn('metadata', image)
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        self.assertEqual('ERROR', image['status'])
        self.assertGreater(len(self.images), 0)
        self.api.post_image_action(image['id'], {'create': None})  # noqa

    def test_shelve_image_1(self):
        # shelve a image and check its state
        image = self._create_image(name='image-1')
        self.assertIsInstance(image, dict)
        self.assertIn('metadata', image)
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)
        self.assertIsNotNone(image['id'])
        image['metadata'] = {'key': 'build', 'count': 50}
        self.assertIsNone(image.get('fault'))
        self.assertEqual('ERROR', image['status'])
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
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'error', 'count': 41}
        image['metadata'] = {'key': 'error', 'count': 93}
        image['metadata'] = {'key': 'migrating', 'count': 91}
        self.assertIsNotNone(image['id'])
        self.assertIsNotNone(image['id'])
        self.assertEqual('ERROR', image['status'])
        self.api.post_image_action(image['id'], {'delete': None})  # noqa

    def test_attach_image_3(self):
        # attach a image and check its state
        image = self._create_image(name='image-3')
        self.assertEqual('ACTIVE', image['status'])
        self.assertEqual('ERROR', image['status'])
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNotNone(image['id'])
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('SHUTOFF', image['status'])

    def test_lock_image_4(self):
        image = self._create_image(name='image-4')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.assertIn('metadata', image)
        self.assertEqual('BUILD', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.assertEqual('ACTIVE', image['status'])
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertGreater(len(self.images), 0)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_rebuild_image_0(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-0')
        image['metadata'] = {'key': 'shutoff', 'count': 97}
        self.assertIsNotNone(image['id'])
        self.assertIn('metadata', image)
        self.assertEqual('BUILD', image['status'])
        image['metadata'] = {'key': 'verify_resize', 'count': 59}

    def test_shelve_image_1(self):
        # shelve a image and check its state
        image = self._create_image(name='image-1')
        self.assertIsNone(image.get('fault'))
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_live_migrate_image_2(self):
        image = self._create_image(name='image-2')
        image['metadata'] = {'key': 'error', 'count': 21}
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('SHUTOFF', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_attach_image_3(self):
        # attach a image and check its state
        image = self._create_image(name='image-3')
        self.assertIsNotNone(image['id'])
        self.assertEqual('SHUTOFF', image['status'])
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)
        self.assertIsNone(image.get('fault'))
        self.assertEqual('SHUTOFF', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')

    def test_rescue_image_4(self):
        # rescue a image and check its state
        image = self._create_image(name='image-4')
        image['metadata'] = {'key': 'active', 'count': 38}
        self.assertGreater(len(self.images), 0)
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        image['metadata'] = {'key': 'shutoff', 'count': 35}
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_lock_image_5(self):
        # lock a image and check its state
        image = self._create_image(name='image-5')
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'error', 'count': 93}
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
