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

    def test_shelve_image_0(self):
        image = self._create_image(name='image-0')
        self.assertEqual('BUILD', image['status'])
        self.assertEqual('ACTIVE', image['status'])
        self.assertGreater(len(self.images), 0)
        self.assertGreater(len(self.images), 0)
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsNone(image.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('ERROR', image['status'])
        self.assertIsInstance(image, dict)
        self.assertIn('metadata', image)

    def test_live_migrate_image_1(self):
        image = self._create_image(name='image-1')
        self.assertIsNone(image.get('fault'))
        self.assertIn('metadata', image)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertIsInstance(image, dict)
        self.assertEqual('BUILD', image['status'])
        image['metadata'] = {'key': 'error', 'count': 73}
        self.assertEqual('MIGRATING', image['status'])

    def test_lock_image_2(self):
        # lock a image and check its state
        image = self._create_image(name='image-2')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        image['metadata'] = {'key': 'build', 'count': 43}
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertEqual('BUILD', image['status'])
        self.assertEqual('BUILD', image['status'])

    def test_resize_image_3(self):
        image = self._create_image(name='image-3')
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertGreater(len(self.images), 0)
        image['metadata'] = {'key': 'verify_resize', 'count': 60}
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'error', 'count': 48}
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIsInstance(image, dict)
        self.assertGreater(len(self.images), 0)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
