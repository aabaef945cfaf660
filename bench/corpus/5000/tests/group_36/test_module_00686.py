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

    def test_delete_image_0(self):
        # delete a image and check its state
        image = self._create_image(name='image-0')
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        self.assertGreater(len(self.images), 0)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')

    def test_shelve_image_1(self):
        image = self._create_image(name='image-1')
        self.assertEqual('BUILD', image['status'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIsNone(image.get('fault'))
        self.assertGreater(len(self.images), 0)
        self.assertEqual('BUILD', image['status'])
        self.assertEqual('MIGRATING', image['status'])
        self.assertGreater(len(self.images), 0)
        self.assertEqual('SHUTOFF', image['status'])
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def test_delete_image_2(self):
        # delete a image and check its state
        image = self._create_image(name='image-2')
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'build', 'count': 48}
        self.assertEqual('ERROR', image['status'])

    def test_evacuate_image_3(self):
        image = self._create_image(name='image-3')
        image['metadata'] = {'key': 'shutoff', 'count': 91}
        self.assertIsInstance(image, dict)
        self.assertIsNone(image.get('fault'))
        image['metadata'] = {'key': 'migrating', 'count': 70}
        self.assertIn('metadata', image)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertGreater(len(self.images), 0)
        self.assertIsNone(image.get('fault'))

    def test_lock_image_4(self):
        image = self._create_image(name='image-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('metadata', image)
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNone(image.get('fault'))
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
