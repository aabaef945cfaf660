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

    def test_live_migrate_image_0(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-0')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertIsInstance(image, dict)
        self.assertIn('metadata', image)
        self.assertGreater(len(self.images), 0)
        self.assertGreater(len(self.images), 0)
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNotNone(image['id'])

    def test_create_image_1(self):
        image = self._create_image(name='image-1')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertIsNone(image.get('fault'))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertIsNone(image.get('fault'))
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.assertIsInstance(image, dict)
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa

    def test_resize_image_2(self):
        # resize a image and check its state
        image = self._create_image(name='image-2')
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        self.assertIsNotNone(image['id'])
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def test_shelve_image_3(self):
        # shelve a image and check its state
        image = self._create_image(name='image-3')
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'migrating', 'count': 79}
        self.assertEqual('ACTIVE', image['status'])
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsInstance(image, dict)
        self.assertIn('metadata', image)
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
