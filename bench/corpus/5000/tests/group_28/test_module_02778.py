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


class ImageResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_rescue_image_0(self):
        image = self._create_image(name='image-0')
        self.assertIsNone(image.get('fault'))
        self.assertEqual('VERIFY_RESIZE', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        image['metadata'] = {'key': 'active', 'count': 25}
        self.assertGreater(len(self.images), 0)
        self.assertEqual('ACTIVE', image['status'])
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        self.assertIsInstance(image, dict)

    def test_shelve_image_1(self):
        image = self._create_image(name='image-1')
        self.assertGreater(len(self.images), 0)
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsNone(image.get('fault'))
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('ERROR', image['status'])
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)
        self.assertIn('metadata', image)

    def test_resize_image_2(self):
        # resize a image and check its state
        image = self._create_image(name='image-2')
        image['metadata'] = {'key': 'shutoff', 'count': 77}
        self.assertIn('metadata', image)
        self.assertEqual('ERROR', image['status'])
        self.assertEqual('ERROR', image['status'])
        self.assertEqual('MIGRATING', image['status'])
        image['metadata'] = {'key': 'build', 'count': 5}
        self.assertIsNone(image.get('fault'))
        self.assertGreater(len(self.images), 0)
        self.assertIsNotNone(image['id'])

    def test_evacuate_image_3(self):
        image = self._create_image(name='image-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertGreater(len(self.images), 0)
        self.assertEqual('BUILD', image['status'])
        self.assertEqual('ACTIVE', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('metadata', image)
        self.assertIsNone(image.get('fault'))
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def test_lock_image_4(self):
        # lock a image and check its state
        image = self._create_image(name='image-4')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'error', 'count': 47}
        self.assertEqual('BUILD', image['status'])
        self.assertEqual('ACTIVE', image['status'])
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertGreater(len(self.images), 0)

    def test_evacuate_image_5(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-5')
        self.assertGreater(len(self.images), 0)
        self.assertIn('metadata', image)
        self.assertEqual('ERROR', image['status'])
        self.assertIsNotNone(image['id'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
