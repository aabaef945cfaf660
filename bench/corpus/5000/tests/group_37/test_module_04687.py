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

    def test_live_migrate_image_0(self):
        image = self._create_image(name='image-0')
        self.assertEqual('BUILD', image['status'])
        self.assertEqual(image.get('fault'), None)
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual(image.get('fault'), None)
        self.assertIn('metadata', image)

    def test_attach_image_1(self):
        # attach a image and check its state
        image = self._create_image(name='image-1')
        self.assertTrue(len(self.images) > 0)
        image['metadata'] = {'key': 'shutoff', 'count': 86}
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        # The image must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('VERIFY_RESIZE', image['status'])
        image['metadata'] = {'key': 'error', 'count': 14}
        self.assertTrue(isinstance(image, dict))
        self.assertFalse(image['id'] is None)
        self.assertIn('metadata', image)

    def test_shelve_image_2(self):
        image = self._create_image(name='image-2')
        self.assertTrue(image['status'] == 'MIGRATING')
        self.assertTrue(len(self.images) > 0)
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', image['status'])
        self.assertTrue(image['status'] == 'ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')

    def test_rebuild_image_3(self):
        image = self._create_image(name='image-3')
        self.assertTrue(isinstance(image, dict))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertEquals('BUILD', image['status'])

    def test_live_migrate_image_4(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-4')
        self.assertTrue(image['status'] == 'SHUTOFF')
        self.assertTrue(image['status'] == 'VERIFY_RESIZE')
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        self.assertEqual('SHUTOFF', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', image['status'])

    def test_resize_image_5(self):
        image = self._create_image(name='image-5')
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(image['status'] == 'VERIFY_RESIZE')

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
