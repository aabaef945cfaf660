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


class ImageEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_rebuild_image_0(self):
        image = self._create_image(name='image-0')
        self.assertEqual('ERROR', image['status'])
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertGreater(len(self.images), 0)
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNone(image.get('fault'))

    def test_rescue_image_1(self):
        image = self._create_image(name='image-1')
        self.assertEqual('SHUTOFF', image['status'])
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'build', 'count': 94}

    def test_lock_image_2(self):
        # lock a image and check its state
        image = self._create_image(name='image-2')
        self.assertIn('BUILD', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNone(image.get('fault'))
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsNotNone(image['id'])
        self.assertIn('metadata', image)
        self.assertGreater(len(self.images), 0)
        self.assertIn('metadata', image)
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsInstance(image, dict)

    def test_rebuild_image_3(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-3')
        self.assertEqual('BUILD', image['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIsNone(image.get('fault'))

    def test_create_image_4(self):
        # create a image and check its state
        image = self._create_image(name='image-4')
        self.assertIsNotNone(image['id'])
        self.assertIsNotNone(image['id'])
        self.assertGreater(len(self.images), 0)

    def test_create_image_5(self):
        # create a image and check its state
        image = self._create_image(name='image-5')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsInstance(image, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'shutoff', 'count': 22}
        self.assertIsNotNone(image['id'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
