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

    def test_attach_image_0(self):
        # attach a image and check its state
        image = self._create_image(name='image-0')
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        self.assertIn('metadata', image)
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIsNone(image.get('fault'))
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def test_evacuate_image_1(self):
        image = self._create_image(name='image-1')
        self.assertIn('metadata', image)
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa
        self.assertIsNotNone(image['id'])

    def test_live_migrate_image_2(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual('ERROR', image['status'])
        self.assertIsNotNone(image['id'])
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertEqual('SHUTOFF', image['status'])
        image['metadata'] = {'key': 'build', 'count': 26}
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)
        self.assertEqual('ERROR', image['status'])
        self.assertGreater(len(self.images), 0)

    def test_evacuate_image_3(self):
        image = self._create_image(name='image-3')
        self.assertIsNotNone(image['id'])
        self.assertEqual('ERROR', image['status'])
        self.assertGreater(len(self.images), 0)
        self.assertIn('metadata', image)
        self.assertIsNone(image.get('fault'))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.api.post_image_action(image['id'], {'lock': None})  # noqa

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
