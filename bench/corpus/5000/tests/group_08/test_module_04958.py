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

    def test_live_migrate_image_0(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-0')
        self.assertFalse(image['id'] is None)
        self.assertEquals('MIGRATING', image['status'])
        self.assertEqual(image.get('fault'), None)
        self.assertEquals('ERROR', image['status'])
        image['metadata'] = {'key': 'verify_resize', 'count': 72}
        self.assertTrue(len(self.images) > 0)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')

    def test_create_image_1(self):
        # create a image and check its state
        image = self._create_image(name='image-1')
        self.assertTrue(image['status'] == 'ERROR')
        self.assertIn('metadata', image)
        self.assertTrue(len(self.images) > 0)

    def test_delete_image_2(self):
        image = self._create_image(name='image-2')
        image['metadata'] = {'key': 'migrating', 'count': 78}
        self.assertEqual('ACTIVE', image['status'])
        self.assertFalse(image['id'] is None)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        self.assertEqual('SHUTOFF', image['status'])
        image['metadata'] = {'key': 'build', 'count': 1}
        self.assertIn('metadata', image)
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
