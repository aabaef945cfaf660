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

    def test_resize_image_0(self):
        # resize a image and check its state
        image = self._create_image(name='image-0')
        self.assertIsNotNone(image['id'])
        self.assertEqual('ACTIVE', image['status'])
        self.assertIn('metadata', image)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertIsNotNone(image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_attach_image_1(self):
        image = self._create_image(name='image-1')
        self.assertIsInstance(image, dict)
        self.assertEqual('MIGRATING', image['status'])
        self.assertIsInstance(image, dict)
        self.assertIsInstance(image, dict)
        self.assertEqual('ACTIVE', image['status'])
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertEqual('ACTIVE', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertEqual('BUILD', image['status'])
        self.assertIn('metadata', image)

    def test_rescue_image_2(self):
        image = self._create_image(name='image-2')
        image['metadata'] = {'key': 'error', 'count': 63}
        self.assertEqual('MIGRATING', image['status'])
        self.assertGreater(len(self.images), 0)
        self.assertGreater(len(self.images), 0)
        self.assertGreater(len(self.images), 0)
        self.assertEqual('BUILD', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_attach_image_0(self):
        # attach a image and check its state
        image = self._create_image(name='image-0')
        self.assertGreater(len(self.images), 0)
        self.assertIsInstance(image, dict)
        self.assertIsInstance(image, dict)
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('MIGRATING', image['status'])
        self.assertGreater(len(self.images), 0)
        self.assertIsNotNone(image['id'])
        self.assertIsNotNone(image['id'])
        self.assertEqual('MIGRATING', image['status'])

    def test_live_migrate_image_1(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-1')
        image['metadata'] = {'key': 'shutoff', 'count': 9}
        self.assertGreater(len(self.images), 0)
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertEqual('SHUTOFF', image['status'])
        image['metadata'] = {'key': 'build', 'count': 44}
        image['metadata'] = {'key': 'build', 'count': 5}

    def test_live_migrate_image_2(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual('ACTIVE', image['status'])
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'verify_resize', 'count': 58}
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        image['metadata'] = {'key': 'build', 'count': 96}
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        image['metadata'] = {'key': 'verify_resize', 'count': 95}

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
