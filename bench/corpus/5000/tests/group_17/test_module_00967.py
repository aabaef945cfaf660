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


class ImageCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_delete_image_0(self):
        # delete a image and check its state
        image = self._create_image(name='image-0')
        self.assertFalse(image['id'] is None)
        self.assertFalse(image['id'] is None)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.api.post_image_action(image['id'], {'attach': None})  # noqa

    def test_rescue_image_1(self):
        # rescue a image and check its state
        image = self._create_image(name='image-1')
        self.assertEquals('BUILD', image['status'])
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.assertEqual('MIGRATING', image['status'])
        self.assertEquals('SHUTOFF', image['status'])
        image['metadata'] = {'key': 'migrating', 'count': 0}
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        self.assertEqual('ERROR', image['status'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertTrue(isinstance(image, dict))

    def test_rebuild_image_2(self):
        image = self._create_image(name='image-2')
        self.assertEqual('VERIFY_RESIZE', image['status'])
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(len(self.images) > 0)
        self.assertEquals('ACTIVE', image['status'])
        self.assertIn('metadata', image)

    def test_rescue_image_3(self):
        # rescue a image and check its state
        image = self._create_image(name='image-3')
        self.assertEqual('ACTIVE', image['status'])
        self.assertTrue('BUILD' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertFalse(image['id'] is None)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_attach_image_0(self):
        # attach a image and check its state
        image = self._create_image(name='image-0')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.assertEquals('BUILD', image['status'])
        self.assertEqual(image.get('fault'), None)

    def test_attach_image_1(self):
        # attach a image and check its state
        image = self._create_image(name='image-1')
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        self.assertEqual('SHUTOFF', image['status'])
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'active', 'count': 42}

    def test_resize_image_2(self):
        image = self._create_image(name='image-2')
        self.assertEqual(image.get('fault'), None)
        self.assertEqual(image.get('fault'), None)
        self.assertFalse(image['id'] is None)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEquals('VERIFY_RESIZE', image['status'])

    def test_shelve_image_3(self):
        # shelve a image and check its state
        image = self._create_image(name='image-3')
        # The image must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(image['status'] == 'BUILD')
        self.assertTrue(isinstance(image, dict))
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        self.assertEquals('ERROR', image['status'])
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa

    def test_create_image_4(self):
        image = self._create_image(name='image-4')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        self.assertFalse(image['id'] is None)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(isinstance(image, dict))

    def test_delete_image_5(self):
        # delete a image and check its state
        image = self._create_image(name='image-5')
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('metadata', image)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertIn('metadata', image)
        self.assertTrue(isinstance(image, dict))
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        self.assertIn('metadata', image)
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
