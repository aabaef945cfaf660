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
        image = self._create_image(name='image-0')
        self.assertEquals('BUILD', image['status'])
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'verify_resize', 'count': 52}
        self.assertTrue(isinstance(image, dict))
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(image['status'] == 'SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_lock_image_1(self):
        image = self._create_image(name='image-1')
        # The image must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('metadata', image)
        self.assertEquals('BUILD', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')

    def test_evacuate_image_2(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue(isinstance(image, dict))
        self.assertEquals('ACTIVE', image['status'])

    def test_live_migrate_image_3(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-3')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertFalse(image['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        # The image must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEquals('MIGRATING', image['status'])
        self.assertTrue(len(self.images) > 0)
        image['metadata'] = {'key': 'verify_resize', 'count': 13}
        self.assertTrue(isinstance(image, dict))
        image['metadata'] = {'key': 'shutoff', 'count': 89}

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_shelve_image_0(self):
        image = self._create_image(name='image-0')
        self.assertFalse(image['id'] is None)
        # The image must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(isinstance(image, dict))

    def test_resize_image_1(self):
        # resize a image and check its state
        image = self._create_image(name='image-1')
        image['metadata'] = {'key': 'active', 'count': 9}
        self.assertTrue(len(self.images) > 0)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEquals('BUILD', image['status'])
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(isinstance(image, dict))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertIn('metadata', image)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')

    def test_delete_image_2(self):
        image = self._create_image(name='image-2')
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertEqual('ERROR', image['status'])
        self.assertTrue(len(self.images) > 0)
        self.assertEqual(image.get('fault'), None)

    def test_shelve_image_3(self):
        # shelve a image and check its state
        image = self._create_image(name='image-3')
        self.assertEquals('ERROR', image['status'])
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(image['status'] == 'VERIFY_RESIZE')
        image['metadata'] = {'key': 'build', 'count': 23}
        self.assertFalse(image['id'] is None)
        self.assertTrue(image['status'] == 'BUILD')

    def test_evacuate_image_4(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-4')
        self.assertEquals('SHUTOFF', image['status'])
        self.assertEquals('VERIFY_RESIZE', image['status'])
        self.assertTrue(len(self.images) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('metadata', image)

    def test_resize_image_5(self):
        # resize a image and check its state
        image = self._create_image(name='image-5')
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(image['status'] == 'MIGRATING')
        # The image must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(image['status'] == 'SHUTOFF')
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
