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

    def test_evacuate_image_0(self):
        image = self._create_image(name='image-0')
        self.assertEqual('ACTIVE', image['status'])
        self.assertIn('metadata', image)
        self.assertEqual('BUILD', image['status'])
        self.assertIsNone(image.get('fault'))
        image['metadata'] = {'key': 'active', 'count': 38}
        self.assertGreater(len(self.images), 0)
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_create_image_1(self):
        image = self._create_image(name='image-1')
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        self.assertIn('metadata', image)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsNotNone(image['id'])
        self.assertEqual('ERROR', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.api.post_image_action(image['id'], {'lock': None})  # noqa

    def test_evacuate_image_2(self):
        image = self._create_image(name='image-2')
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsInstance(image, dict)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
