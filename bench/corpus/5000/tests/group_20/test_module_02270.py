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

    def test_resize_image_0(self):
        image = self._create_image(name='image-0')
        self.assertIsNone(image.get('fault'))
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsInstance(image, dict)
        self.assertEqual('SHUTOFF', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertIn('metadata', image)
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsInstance(image, dict)
        self.assertEqual('MIGRATING', image['status'])
        self.assertIn('metadata', image)

    def test_shelve_image_1(self):
        # shelve a image and check its state
        image = self._create_image(name='image-1')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('MIGRATING', image['status'])
        self.assertIn('metadata', image)
        self.assertGreater(len(self.images), 0)
        self.assertIn('metadata', image)
        self.assertIsInstance(image, dict)
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIsInstance(image, dict)

    def test_resize_image_2(self):
        image = self._create_image(name='image-2')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertIsInstance(image, dict)
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIn('metadata', image)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_live_migrate_image_3(self):
        image = self._create_image(name='image-3')
        self.assertIsNone(image.get('fault'))
        self.assertIsNone(image.get('fault'))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.assertGreater(len(self.images), 0)
        self.assertIsInstance(image, dict)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertIsNone(image.get('fault'))
        self.assertGreater(len(self.images), 0)

    def test_delete_image_4(self):
        image = self._create_image(name='image-4')
        image['metadata'] = {'key': 'error', 'count': 98}
        self.assertEqual('MIGRATING', image['status'])
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.assertIsInstance(image, dict)
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
