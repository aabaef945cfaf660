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

    def test_resize_image_0(self):
        # resize a image and check its state
        image = self._create_image(name='image-0')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')

    def test_attach_image_1(self):
        image = self._create_image(name='image-1')
        self.assertIn('metadata', image)
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('ERROR', image['status'])
        self.assertEqual('ERROR', image['status'])

    def test_resize_image_2(self):
        image = self._create_image(name='image-2')
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsNone(image.get('fault'))
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIsInstance(image, dict)
        self.assertGreater(len(self.images), 0)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def test_attach_image_3(self):
        image = self._create_image(name='image-3')
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual('BUILD', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def test_delete_image_4(self):
        image = self._create_image(name='image-4')
        self.assertIsInstance(image, dict)
        self.assertIsNotNone(image['id'])
        self.assertIsNone(image.get('fault'))
        self.assertGreater(len(self.images), 0)
        image['metadata'] = {'key': 'error', 'count': 98}
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsNotNone(image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_delete_image_5(self):
        image = self._create_image(name='image-5')
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        self.assertIsNone(image.get('fault'))
        self.assertEqual('MIGRATING', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertGreater(len(self.images), 0)
        self.assertIn('metadata', image)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
