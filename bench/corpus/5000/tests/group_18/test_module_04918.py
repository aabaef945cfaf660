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


class ImageEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_resize_image_0(self):
        image = self._create_image(name='image-0')
        self.assertIsInstance(image, dict)
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        self.assertIsInstance(image, dict)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')

    def test_evacuate_image_1(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-1')
        self.assertGreater(len(self.images), 0)
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'shutoff', 'count': 53}
        self.assertIsInstance(image, dict)
        self.assertEqual('ERROR', image['status'])
        image['metadata'] = {'key': 'migrating', 'count': 23}
        self.assertIn('metadata', image)

    def test_rebuild_image_2(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual('SHUTOFF', image['status'])
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        image['metadata'] = {'key': 'build', 'count': 21}
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsInstance(image, dict)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_delete_image_0(self):
        # delete a image and check its state
        image = self._create_image(name='image-0')
        self.assertGreater(len(self.images), 0)
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.assertEqual('ERROR', image['status'])
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsInstance(image, dict)
        self.assertEqual('BUILD', image['status'])
        image['metadata'] = {'key': 'migrating', 'count': 69}
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def test_shelve_image_1(self):
        # shelve a image and check its state
        image = self._create_image(name='image-1')
        self.assertGreater(len(self.images), 0)
        self.assertIsNotNone(image['id'])
        self.assertIsNone(image.get('fault'))
        self.assertIsNotNone(image['id'])
        self.assertEqual('ERROR', image['status'])

    def test_live_migrate_image_2(self):
        image = self._create_image(name='image-2')
        self.assertIsNotNone(image['id'])
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
        self.assertIsNone(image.get('fault'))
        self.assertIsNotNone(image['id'])
        self.assertIn('metadata', image)
        self.assertIn('metadata', image)
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)

    def test_live_migrate_image_3(self):
        image = self._create_image(name='image-3')
        self.assertEqual('MIGRATING', image['status'])
        self.assertIsNotNone(image['id'])
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsInstance(image, dict)
        self.assertEqual('ACTIVE', image['status'])
        image['metadata'] = {'key': 'active', 'count': 43}
        self.assertGreater(len(self.images), 0)
        image['metadata'] = {'key': 'error', 'count': 27}
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
