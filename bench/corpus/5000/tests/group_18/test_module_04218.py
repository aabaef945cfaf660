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


class ImageResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_evacuate_image_0(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-0')
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsNone(image.get('fault'))
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)
        self.assertIsNone(image.get('fault'))
        self.assertEqual('VERIFY_RESIZE', image['status'])
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsInstance(image, dict)

    def test_rescue_image_1(self):
        # rescue a image and check its state
        image = self._create_image(name='image-1')
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertEqual('ERROR', image['status'])
        self.assertIsInstance(image, dict)
        image['metadata'] = {'key': 'verify_resize', 'count': 12}
        self.assertIsNone(image.get('fault'))

    def test_live_migrate_image_2(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual('ERROR', image['status'])
        image['metadata'] = {'key': 'migrating', 'count': 20}
        self.assertIn('metadata', image)
        self.assertEqual('BUILD', image['status'])
        self.assertIn('metadata', image)

    def test_lock_image_3(self):
        image = self._create_image(name='image-3')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'error', 'count': 48}
        image['metadata'] = {'key': 'build', 'count': 91}
        self.assertIsNone(image.get('fault'))
        self.assertEqual('ACTIVE', image['status'])

    def test_evacuate_image_4(self):
        image = self._create_image(name='image-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'migrating', 'count': 1}
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def test_create_image_5(self):
        image = self._create_image(name='image-5')
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertGreater(len(self.images), 0)
        self.assertIsInstance(image, dict)
        self.assertIsNotNone(image['id'])
        image['metadata'] = {'key': 'build', 'count': 46}
        self.assertEqual('BUILD', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
