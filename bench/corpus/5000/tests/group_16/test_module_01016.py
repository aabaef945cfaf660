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


class ImageAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_attach_image_0(self):
        # attach a image and check its state
        image = self._create_image(name='image-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertTrue(image['status'] == 'ACTIVE')
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(image['status'] == 'BUILD')
        self.assertTrue(isinstance(image, dict))
        # The image must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(isinstance(image, dict))

    def test_attach_image_1(self):
        # attach a image and check its state
        image = self._create_image(name='image-1')
        self.assertEqual('SHUTOFF', image['status'])
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertEqual('SHUTOFF', image['status'])
        self.assertTrue(image['status'] == 'BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', image['status'])
        self.assertTrue(isinstance(image, dict))
        self.assertEquals('ACTIVE', image['status'])

    def test_evacuate_image_2(self):
        image = self._create_image(name='image-2')
        self.assertTrue(isinstance(image, dict))
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        image['metadata'] = {'key': 'build', 'count': 25}
        self.assertEqual(image.get('fault'), None)
        self.assertFalse(image['id'] is None)
        self.assertTrue(isinstance(image, dict))
        self.assertTrue('MIGRATING' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual(image.get('fault'), None)
        self.assertEqual(image.get('fault'), None)
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))

    def test_lock_image_3(self):
        image = self._create_image(name='image-3')
        image['metadata'] = {'key': 'migrating', 'count': 40}
        self.assertFalse(image['id'] is None)
        image['metadata'] = {'key': 'migrating', 'count': 25}
        self.assertEquals('ACTIVE', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
