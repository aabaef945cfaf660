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

    def test_lock_image_0(self):
        image = self._create_image(name='image-0')
        self.assertIsInstance(image, dict)
        image['metadata'] = {'key': 'build', 'count': 76}
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_shelve_image_1(self):
        image = self._create_image(name='image-1')
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIsInstance(image, dict)
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('ACTIVE', image['status'])
        self.assertIn('metadata', image)
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('BUILD', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')

    def test_lock_image_2(self):
        image = self._create_image(name='image-2')
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)
        image['metadata'] = {'key': 'verify_resize', 'count': 30}
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_rebuild_image_3(self):
        image = self._create_image(name='image-3')
        self.assertIsNotNone(image['id'])
        image['metadata'] = {'key': 'shutoff', 'count': 14}
        self.assertGreater(len(self.images), 0)
        self.assertIn('metadata', image)
        self.assertIsNotNone(image['id'])
        self.assertIsNone(image.get('fault'))
        self.assertEqual('MIGRATING', image['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.assertEqual('SHUTOFF', image['status'])

    def test_live_migrate_image_4(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-4')
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertIsInstance(image, dict)
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        image['metadata'] = {'key': 'migrating', 'count': 5}
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
