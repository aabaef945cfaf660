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


class ImageRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_rebuild_image_0(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-0')
        self.assertEqual(image.get('fault'), None)
        self.assertEqual(image.get('fault'), None)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')

    def test_attach_image_1(self):
        image = self._create_image(name='image-1')
        self.assertTrue(isinstance(image, dict))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertTrue(isinstance(image, dict))
        # The image must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEquals('BUILD', image['status'])

    def test_live_migrate_image_2(self):
        image = self._create_image(name='image-2')
        self.assertTrue(image['status'] == 'ERROR')
        self.assertFalse(image['id'] is None)
        self.assertTrue(isinstance(image, dict))
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa

    def test_shelve_image_3(self):
        # shelve a image and check its state
        image = self._create_image(name='image-3')
        self.assertTrue(len(self.images) > 0)
        self.assertFalse(image['id'] is None)
        self.assertTrue(isinstance(image, dict))
        self.assertIn('metadata', image)
        self.assertTrue(isinstance(image, dict))

    def test_live_migrate_image_4(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-4')
        self.assertEquals('BUILD', image['status'])
        self.assertTrue(image['status'] == 'VERIFY_RESIZE')
        self.assertTrue(isinstance(image, dict))
        # The image must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'build', 'count': 92}
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'shutoff', 'count': 84}
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(image['status'] == 'MIGRATING')
        self.assertFalse(image['id'] is None)

    def test_rebuild_image_5(self):
        image = self._create_image(name='image-5')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.assertEqual(image.get('fault'), None)
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertFalse(image['id'] is None)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertIn('metadata', image)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_evacuate_image_0(self):
        image = self._create_image(name='image-0')
        self.assertTrue(len(self.images) > 0)
        self.assertEqual('MIGRATING', image['status'])
        self.assertTrue(len(self.images) > 0)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        image['metadata'] = {'key': 'verify_resize', 'count': 61}
        self.assertTrue(len(self.images) > 0)
        self.assertFalse(image['id'] is None)
        self.assertEqual(image.get('fault'), None)

    def test_resize_image_1(self):
        # resize a image and check its state
        image = self._create_image(name='image-1')
        self.assertEqual('SHUTOFF', image['status'])
        image['metadata'] = {'key': 'build', 'count': 37}
        self.assertTrue(len(self.images) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        # The image must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(image['status'] == 'SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_rescue_image_2(self):
        image = self._create_image(name='image-2')
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(isinstance(image, dict))
        self.assertFalse(image['id'] is None)
        image['metadata'] = {'key': 'verify_resize', 'count': 11}
        self.assertIn('metadata', image)
        # The image must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        self.assertEquals('ACTIVE', image['status'])
        self.assertEqual('BUILD', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
