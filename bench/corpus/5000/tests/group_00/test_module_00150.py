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


class ImageLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_shelve_image_0(self):
        # shelve a image and check its state
        image = self._create_image(name='image-0')
        # The image must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertEqual(image.get('fault'), None)

    def test_rebuild_image_1(self):
        image = self._create_image(name='image-1')
        self.assertEqual('ACTIVE', image['status'])
        self.assertTrue(len(self.images) > 0)
        self.assertIn('metadata', image)
        self.assertTrue(image['status'] == 'MIGRATING')

    def test_lock_image_2(self):
        # lock a image and check its state
        image = self._create_image(name='image-2')
        self.assertEquals('ACTIVE', image['status'])
        self.assertTrue('BUILD' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        # The image must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))

    def test_lock_image_3(self):
        image = self._create_image(name='image-3')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertTrue(image['status'] == 'BUILD')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        image['metadata'] = {'key': 'verify_resize', 'count': 82}
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        # The image must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEquals('ERROR', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')

    def test_rescue_image_4(self):
        # rescue a image and check its state
        image = self._create_image(name='image-4')
        image['metadata'] = {'key': 'active', 'count': 84}
        self.assertEqual('ERROR', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertTrue(len(self.images) > 0)
        self.assertTrue('BUILD' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa

    def test_delete_image_5(self):
        # delete a image and check its state
        image = self._create_image(name='image-5')
        self.assertIn('metadata', image)
        self.api.post_image_action(image['id'], {'lock': None})  # noqa
        self.assertEquals('VERIFY_RESIZE', image['status'])
        self.assertEqual('SHUTOFF', image['status'])
        image['metadata'] = {'key': 'error', 'count': 38}
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
