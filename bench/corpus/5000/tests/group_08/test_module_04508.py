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

    def test_rebuild_image_0(self):
        image = self._create_image(name='image-0')
        # The image must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual(image.get('fault'), None)
        self.assertIn('metadata', image)

    def test_shelve_image_1(self):
        # shelve a image and check its state
        image = self._create_image(name='image-1')
        self.assertIn('metadata', image)
        self.assertTrue(image['status'] == 'MIGRATING')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(image['status'] == 'MIGRATING')
        self.assertIn('metadata', image)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue('BUILD' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_create_image_2(self):
        image = self._create_image(name='image-2')
        self.assertEquals('SHUTOFF', image['status'])
        self.assertIn('metadata', image)
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.assertTrue(len(self.images) > 0)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertIn('metadata', image)
        self.assertEqual('ERROR', image['status'])

    def test_live_migrate_image_3(self):
        image = self._create_image(name='image-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(image['status'] == 'BUILD')
        self.assertTrue(image['status'] == 'MIGRATING')
        self.assertIn('metadata', image)
        self.assertEqual('BUILD', image['status'])
        self.assertTrue('BUILD' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_shelve_image_0(self):
        image = self._create_image(name='image-0')
        self.assertEqual('ACTIVE', image['status'])
        self.assertTrue(image['status'] == 'VERIFY_RESIZE')
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual(image.get('fault'), None)
        self.assertEqual('ACTIVE', image['status'])
        self.assertEquals('ACTIVE', image['status'])
        self.assertEqual(image.get('fault'), None)
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'attach': None})  # noqa

    def test_resize_image_1(self):
        # resize a image and check its state
        image = self._create_image(name='image-1')
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa
        self.assertTrue(len(self.images) > 0)
        self.assertEquals('ACTIVE', image['status'])
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        image['metadata'] = {'key': 'migrating', 'count': 43}
        self.assertTrue(isinstance(image, dict))

    def test_attach_image_2(self):
        # attach a image and check its state
        image = self._create_image(name='image-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', image['status'])
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        # The image must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(isinstance(image, dict))

    def test_evacuate_image_3(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-3')
        self.assertTrue(image['status'] == 'BUILD')
        self.assertTrue(len(self.images) > 0)
        self.assertEquals('MIGRATING', image['status'])

    def test_live_migrate_image_4(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-4')
        self.assertTrue(len(self.images) > 0)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)
        self.assertTrue(image['status'] == 'ERROR')
        self.assertFalse(image['id'] is None)
        self.assertTrue(isinstance(image, dict))
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(image['status'] == 'ERROR')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(isinstance(image, dict))

    def test_rebuild_image_5(self):
        image = self._create_image(name='image-5')
        self.assertTrue('BUILD' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(isinstance(image, dict))
        self.assertFalse(image['id'] is None)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('ERROR', image['status'])
        # The image must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertFalse(image['id'] is None)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
