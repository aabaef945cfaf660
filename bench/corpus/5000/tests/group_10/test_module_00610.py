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


class ImageRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_attach_image_0(self):
        # attach a image and check its state
        image = self._create_image(name='image-0')
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNotNone(image['id'])
        self.assertEqual('BUILD', image['status'])
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('ERROR', image['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_attach_image_1(self):
        # attach a image and check its state
        image = self._create_image(name='image-1')
        self.assertEqual('ERROR', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        image['metadata'] = {'key': 'verify_resize', 'count': 54}
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        image['metadata'] = {'key': 'shutoff', 'count': 14}
        self.assertIn('metadata', image)
        self.assertIsInstance(image, dict)

    def test_live_migrate_image_2(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('ERROR', image['status'])
        self.assertIsNone(image.get('fault'))
        self.assertIsInstance(image, dict)
        self.assertIsInstance(image, dict)
        self.assertIsNone(image.get('fault'))

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
