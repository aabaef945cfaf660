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

    def test_attach_image_0(self):
        image = self._create_image(name='image-0')
        self.assertIsNotNone(image['id'])
        self.assertIsNone(image.get('fault'))
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('ACTIVE', image['status'])

    def test_evacuate_image_1(self):
        image = self._create_image(name='image-1')
        self.assertEqual('ACTIVE', image['status'])
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIsNotNone(image['id'])
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('ERROR', image['status'])

    def test_rescue_image_2(self):
        # rescue a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIsNotNone(image['id'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertEqual('MIGRATING', image['status'])
        self.assertIsInstance(image, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_rescue_image_3(self):
        image = self._create_image(name='image-3')
        self.assertEqual('SHUTOFF', image['status'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIsInstance(image, dict)
        self.assertIsNotNone(image['id'])
        self.assertIsNone(image.get('fault'))

    def test_evacuate_image_4(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', image['status'])
        self.assertIn('metadata', image)
        self.assertIsNotNone(image['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        image['metadata'] = {'key': 'verify_resize', 'count': 66}
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        image['metadata'] = {'key': 'active', 'count': 68}
        self.assertIsNotNone(image['id'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
