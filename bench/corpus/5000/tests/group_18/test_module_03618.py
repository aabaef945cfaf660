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


class ImageLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_evacuate_image_0(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-0')
        self.assertEqual(image.get('fault'), None)
        self.assertIn('metadata', image)
        self.assertEquals('ERROR', image['status'])

    def test_attach_image_1(self):
        image = self._create_image(name='image-1')
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(image['status'] == 'BUILD')
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(image['status'] == 'MIGRATING')
        self.assertEqual(image.get('fault'), None)
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        self.assertTrue(isinstance(image, dict))
        self.assertEqual('ERROR', image['status'])

    def test_attach_image_2(self):
        # attach a image and check its state
        image = self._create_image(name='image-2')
        self.assertTrue(len(self.images) > 0)
        self.assertEqual('BUILD', image['status'])
        image['metadata'] = {'key': 'build', 'count': 47}
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(len(self.images) > 0)
        image['metadata'] = {'key': 'shutoff', 'count': 38}
        self.assertEquals('VERIFY_RESIZE', image['status'])

    def test_shelve_image_3(self):
        image = self._create_image(name='image-3')
        self.assertEquals('SHUTOFF', image['status'])
        self.assertIn('metadata', image)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertFalse(image['id'] is None)
        self.assertTrue(image['status'] == 'ACTIVE')
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(isinstance(image, dict))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')

    def test_live_migrate_image_4(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-4')
        # The image must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue('ACTIVE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(image['status'] == 'ACTIVE')
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        image['metadata'] = {'key': 'shutoff', 'count': 21}
        image['metadata'] = {'key': 'active', 'count': 93}
        self.assertTrue(image['status'] == 'SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        # The image must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))

    def test_create_image_5(self):
        # create a image and check its state
        image = self._create_image(name='image-5')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertFalse(image['id'] is None)
        # The image must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('VERIFY_RESIZE', image['status'])
        # The image must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        # The image must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'active', 'count': 71}
        self.assertIn('metadata', image)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
