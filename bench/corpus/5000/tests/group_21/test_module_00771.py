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

    def test_create_image_0(self):
        image = self._create_image(name='image-0')
        self.assertGreater(len(self.images), 0)
        self.assertIn('metadata', image)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')

    def test_evacuate_image_1(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-1')
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)

    def test_shelve_image_2(self):
        # shelve a image and check its state
        image = self._create_image(name='image-2')
        self.assertIsNone(image.get('fault'))
        image['metadata'] = {'key': 'error', 'count': 52}
        self.assertIsNone(image.get('fault'))
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'migrating', 'count': 80}
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
