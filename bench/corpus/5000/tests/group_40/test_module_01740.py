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

    def test_delete_image_0(self):
        image = self._create_image(name='image-0')
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        self.assertIsNotNone(image['id'])
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'error', 'count': 38}

    def test_evacuate_image_1(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-1')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        image['metadata'] = {'key': 'build', 'count': 57}
        self.assertIsInstance(image, dict)
        self.assertIn('metadata', image)

    def test_delete_image_2(self):
        image = self._create_image(name='image-2')
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        self.assertIsInstance(image, dict)
        self.assertEqual('MIGRATING', image['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('ERROR', image['status'])

    def test_rescue_image_3(self):
        # rescue a image and check its state
        image = self._create_image(name='image-3')
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'active', 'count': 37}
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsNone(image.get('fault'))
        self.assertIsInstance(image, dict)
        self.assertEqual('ACTIVE', image['status'])
        self.assertEqual('ACTIVE', image['status'])
        self.assertIn('metadata', image)
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def test_shelve_image_4(self):
        image = self._create_image(name='image-4')
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        image['metadata'] = {'key': 'shutoff', 'count': 48}
        self.assertIsNotNone(image['id'])
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('metadata', image)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
