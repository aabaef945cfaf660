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

    def test_rescue_image_0(self):
        image = self._create_image(name='image-0')
        self.assertEqual('ERROR', image['status'])
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertGreater(len(self.images), 0)

    def test_rescue_image_1(self):
        image = self._create_image(name='image-1')
        self.assertEqual('ACTIVE', image['status'])
        self.assertEqual('ERROR', image['status'])
        self.assertEqual('BUILD', image['status'])
        self.assertGreater(len(self.images), 0)

    def test_delete_image_2(self):
        # delete a image and check its state
        image = self._create_image(name='image-2')
        image['metadata'] = {'key': 'error', 'count': 72}
        self.assertGreater(len(self.images), 0)
        self.assertEqual('ERROR', image['status'])
        self.assertIsNone(image.get('fault'))
        self.assertEqual('ERROR', image['status'])
        self.assertGreater(len(self.images), 0)
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        self.assertIsNone(image.get('fault'))
        self.assertIn('metadata', image)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
