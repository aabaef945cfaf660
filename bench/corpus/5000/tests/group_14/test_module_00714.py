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

    def test_rescue_image_0(self):
        # rescue a image and check its state
        image = self._create_image(name='image-0')
        self.assertEqual(image.get('fault'), None)
        image['metadata'] = {'key': 'error', 'count': 39}
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertEqual(image.get('fault'), None)
        self.assertEqual(image.get('fault'), None)

    def test_attach_image_1(self):
        image = self._create_image(name='image-1')
        self.assertTrue(image['status'] == 'VERIFY_RESIZE')
        self.assertEqual(image.get('fault'), None)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertTrue(len(self.images) > 0)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_resize_image_2(self):
        # resize a image and check its state
        image = self._create_image(name='image-2')
        image['metadata'] = {'key': 'error', 'count': 18}
        image['metadata'] = {'key': 'build', 'count': 3}
        self.assertEqual(image.get('fault'), None)
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertTrue(isinstance(image, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', image['status'])
        # The image must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))

    def test_delete_image_3(self):
        # delete a image and check its state
        image = self._create_image(name='image-3')
        # The image must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('BUILD', image['status'])
        self.assertTrue(len(self.images) > 0)
        self.assertEquals('VERIFY_RESIZE', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(isinstance(image, dict))
        self.assertEquals('ACTIVE', image['status'])

    def test_lock_image_4(self):
        image = self._create_image(name='image-4')
        self.assertEqual(image.get('fault'), None)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertEquals('SHUTOFF', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertFalse(image['id'] is None)
        self.assertIn('metadata', image)
        self.assertTrue(image['status'] == 'MIGRATING')

    def test_rebuild_image_5(self):
        image = self._create_image(name='image-5')
        image['metadata'] = {'key': 'build', 'count': 13}
        self.assertEquals('ACTIVE', image['status'])
        image['metadata'] = {'key': 'shutoff', 'count': 83}

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
