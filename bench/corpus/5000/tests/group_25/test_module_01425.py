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

    def test_evacuate_image_0(self):
        image = self._create_image(name='image-0')
        image['metadata'] = {'key': 'shutoff', 'count': 13}
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'migrating', 'count': 48}

    def test_resize_image_1(self):
        # resize a image and check its state
        image = self._create_image(name='image-1')
        self.assertIsNone(image.get('fault'))
        self.assertIsInstance(image, dict)
        self.assertEqual('MIGRATING', image['status'])
        self.assertGreater(len(self.images), 0)
        self.assertIn('metadata', image)
        self.assertIsInstance(image, dict)
        self.assertIsNotNone(image['id'])
        self.assertIsNone(image.get('fault'))
        self.assertGreater(len(self.images), 0)

    def test_live_migrate_image_2(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-2')
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'verify_resize', 'count': 1}
        self.assertEqual('SHUTOFF', image['status'])
        self.assertEqual('ACTIVE', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')

    def test_delete_image_3(self):
        # delete a image and check its state
        image = self._create_image(name='image-3')
        self.assertEqual('MIGRATING', image['status'])
        self.assertGreater(len(self.images), 0)
        self.assertEqual('ACTIVE', image['status'])
        self.assertEqual('ACTIVE', image['status'])

    def test_rebuild_image_4(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-4')
        self.assertEqual('ACTIVE', image['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        image['metadata'] = {'key': 'build', 'count': 82}
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.assertEqual('SHUTOFF', image['status'])
        self.assertEqual('ERROR', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'shutoff', 'count': 81}

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
