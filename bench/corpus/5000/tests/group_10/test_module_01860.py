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


class ImageLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_live_migrate_image_0(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-0')
        self.assertTrue(image['status'] == 'ACTIVE')
        image['metadata'] = {'key': 'active', 'count': 24}
        self.assertTrue('BUILD' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(image['status'] == 'VERIFY_RESIZE')
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_resize_image_1(self):
        # resize a image and check its state
        image = self._create_image(name='image-1')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(image['status'] == 'SHUTOFF')
        image['metadata'] = {'key': 'shutoff', 'count': 31}
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        self.assertFalse(image['id'] is None)
        self.assertTrue(isinstance(image, dict))
        image['metadata'] = {'key': 'error', 'count': 99}
        self.assertIn('metadata', image)
        self.assertTrue(isinstance(image, dict))

    def test_create_image_2(self):
        # create a image and check its state
        image = self._create_image(name='image-2')
        self.assertTrue(image['status'] == 'BUILD')
        self.assertEquals('SHUTOFF', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.assertTrue(isinstance(image, dict))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertEqual(image.get('fault'), None)

    def test_attach_image_3(self):
        image = self._create_image(name='image-3')
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(image['status'] == 'ERROR')
        self.assertEqual(image.get('fault'), None)
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        self.assertTrue(image['status'] == 'SHUTOFF')

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
