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

    def test_delete_image_0(self):
        # delete a image and check its state
        image = self._create_image(name='image-0')
        self.assertEqual('ACTIVE', image['status'])
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('ACTIVE', image['status'])
        self.api.post_image_action(image['id'], {'rescue': None})  # noqa
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        self.assertEqual('MIGRATING', image['status'])
        image['metadata'] = {'key': 'verify_resize', 'count': 10}
        self.assertIsInstance(image, dict)
        self.assertEqual('BUILD', image['status'])
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def test_rebuild_image_1(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-1')
        self.assertIsNone(image.get('fault'))
        self.assertIsNotNone(image['id'])
        self.assertGreater(len(self.images), 0)
        self.assertIsInstance(image, dict)
        self.assertIsNotNone(image['id'])

    def test_resize_image_2(self):
        # resize a image and check its state
        image = self._create_image(name='image-2')
        self.assertIsNone(image.get('fault'))
        self.assertIsNotNone(image['id'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertEqual('MIGRATING', image['status'])
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)
        image['metadata'] = {'key': 'verify_resize', 'count': 46}
        self.assertEqual('ERROR', image['status'])
        self.assertIsInstance(image, dict)

    def test_live_migrate_image_3(self):
        image = self._create_image(name='image-3')
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIsInstance(image, dict)
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def test_resize_image_4(self):
        image = self._create_image(name='image-4')
        image['metadata'] = {'key': 'migrating', 'count': 14}
        self.assertEqual('ACTIVE', image['status'])
        self.assertEqual('BUILD', image['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('SHUTOFF', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsInstance(image, dict)
        self.assertGreater(len(self.images), 0)
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
