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

    def test_shelve_image_0(self):
        image = self._create_image(name='image-0')
        self.assertIsInstance(image, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'verify_resize', 'count': 70}
        self.assertIsInstance(image, dict)
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        image['metadata'] = {'key': 'build', 'count': 46}
        image['metadata'] = {'key': 'migrating', 'count': 37}

    def test_rescue_image_1(self):
        image = self._create_image(name='image-1')
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)
        self.assertEqual('SHUTOFF', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')

    def test_rebuild_image_2(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-2')
        image['metadata'] = {'key': 'active', 'count': 24}
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertEqual('ERROR', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
