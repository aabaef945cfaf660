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


class ImageCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_live_migrate_image_0(self):
        image = self._create_image(name='image-0')
        self.assertIsInstance(image, dict)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('ERROR', image['status'])
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertGreater(len(self.images), 0)
        self.assertIn('metadata', image)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertEqual('MIGRATING', image['status'])

    def test_evacuate_image_1(self):
        image = self._create_image(name='image-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'verify_resize', 'count': 77}
        self.assertEqual('ERROR', image['status'])

    def test_attach_image_2(self):
        # attach a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsNotNone(image['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'error', 'count': 97}
        self.assertIsInstance(image, dict)
        self.assertGreater(len(self.images), 0)
        self.assertIsNone(image.get('fault'))
        self.assertIsNone(image.get('fault'))
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_create_image_3(self):
        image = self._create_image(name='image-3')
        self.assertIsNone(image.get('fault'))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertEqual('ERROR', image['status'])
        self.assertIsInstance(image, dict)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
