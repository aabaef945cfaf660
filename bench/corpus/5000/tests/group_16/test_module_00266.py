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

    def test_rescue_image_0(self):
        image = self._create_image(name='image-0')
        self.assertIsInstance(image, dict)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_resize_image_1(self):
        # resize a image and check its state
        image = self._create_image(name='image-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertGreater(len(self.images), 0)
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsNotNone(image['id'])

    def test_create_image_2(self):
        # create a image and check its state
        image = self._create_image(name='image-2')
        self.assertIsInstance(image, dict)
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        self.assertIsNone(image.get('fault'))
        self.assertEqual('ERROR', image['status'])
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_rescue_image_0(self):
        image = self._create_image(name='image-0')
        self.assertEqual('BUILD', image['status'])
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'active', 'count': 34}
        image['metadata'] = {'key': 'error', 'count': 96}
        self.assertIsInstance(image, dict)

    def test_evacuate_image_1(self):
        image = self._create_image(name='image-1')
        self.assertIn('metadata', image)
        self.assertIsNone(image.get('fault'))
        self.assertEqual('BUILD', image['status'])
        self.assertEqual('MIGRATING', image['status'])
        self.assertIsNone(image.get('fault'))

    def test_lock_image_2(self):
        # lock a image and check its state
        image = self._create_image(name='image-2')
        self.assertIsInstance(image, dict)
        self.assertEqual('SHUTOFF', image['status'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertEqual('ACTIVE', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
