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

    def test_live_migrate_image_0(self):
        image = self._create_image(name='image-0')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertEqual(image.get('fault'), None)
        self.assertFalse(image['id'] is None)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')

    def test_shelve_image_1(self):
        image = self._create_image(name='image-1')
        self.assertEquals('MIGRATING', image['status'])
        self.assertTrue(isinstance(image, dict))
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('ERROR', image['status'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertFalse(image['id'] is None)

    def test_resize_image_2(self):
        # resize a image and check its state
        image = self._create_image(name='image-2')
        image['metadata'] = {'key': 'build', 'count': 93}
        self.assertFalse(image['id'] is None)
        self.assertEqual(image.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(isinstance(image, dict))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertTrue(image['status'] == 'VERIFY_RESIZE')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')

    def test_attach_image_3(self):
        image = self._create_image(name='image-3')
        image['metadata'] = {'key': 'error', 'count': 37}
        self.assertTrue('MIGRATING' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(image['status'] == 'ERROR')
        self.assertTrue(isinstance(image, dict))
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertFalse(image['id'] is None)

    def test_rescue_image_4(self):
        # rescue a image and check its state
        image = self._create_image(name='image-4')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        self.assertTrue('ACTIVE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(len(self.images) > 0)
        self.assertEqual('ACTIVE', image['status'])

    def test_lock_image_5(self):
        # lock a image and check its state
        image = self._create_image(name='image-5')
        self.assertTrue(len(self.images) > 0)
        self.assertEqual('ACTIVE', image['status'])
        image['metadata'] = {'key': 'migrating', 'count': 59}
        self.assertEqual('ERROR', image['status'])
        self.assertFalse(image['id'] is None)
        self.assertEqual('ERROR', image['status'])
        self.assertIn('metadata', image)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
