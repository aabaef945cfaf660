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


class ImageAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_resize_image_0(self):
        # resize a image and check its state
        image = self._create_image(name='image-0')
        self.assertTrue(isinstance(image, dict))
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        self.assertEqual('SHUTOFF', image['status'])
        self.assertTrue(len(self.images) > 0)

    def test_rebuild_image_1(self):
        image = self._create_image(name='image-1')
        self.assertTrue(image['status'] == 'ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual(image.get('fault'), None)
        self.assertEqual(image.get('fault'), None)
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def test_shelve_image_2(self):
        image = self._create_image(name='image-2')
        self.assertFalse(image['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertEqual('ERROR', image['status'])
        self.assertFalse(image['id'] is None)
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(isinstance(image, dict))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        image['metadata'] = {'key': 'migrating', 'count': 76}

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
