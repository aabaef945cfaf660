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


class ImageDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_shelve_image_0(self):
        # shelve a image and check its state
        image = self._create_image(name='image-0')
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'active', 'count': 89}
        self.assertEqual('SHUTOFF', image['status'])

    def test_rebuild_image_1(self):
        image = self._create_image(name='image-1')
        self.assertIsNone(image.get('fault'))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertIsNone(image.get('fault'))
        image['metadata'] = {'key': 'migrating', 'count': 74}
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertGreater(len(self.images), 0)
        self.assertEqual('SHUTOFF', image['status'])

    def test_resize_image_2(self):
        # resize a image and check its state
        image = self._create_image(name='image-2')
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('SHUTOFF', image['status'])
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsNone(image.get('fault'))
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        image['metadata'] = {'key': 'error', 'count': 82}
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', image['status'])

    def test_shelve_image_3(self):
        # shelve a image and check its state
        image = self._create_image(name='image-3')
        self.assertIsInstance(image, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsNotNone(image['id'])
        self.assertIsNotNone(image['id'])
        self.assertEqual('SHUTOFF', image['status'])

    def test_delete_image_4(self):
        # delete a image and check its state
        image = self._create_image(name='image-4')
        self.assertIsNone(image.get('fault'))
        self.assertEqual('BUILD', image['status'])
        image['metadata'] = {'key': 'build', 'count': 87}
        self.assertGreater(len(self.images), 0)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertGreater(len(self.images), 0)
        self.assertIsNotNone(image['id'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
