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
        image = self._create_image(name='image-0')
        self.assertGreater(len(self.images), 0)
        image['metadata'] = {'key': 'verify_resize', 'count': 31}
        self.assertIsInstance(image, dict)
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('BUILD', image['status'])
        self.assertGreater(len(self.images), 0)
        self.assertIn('metadata', image)

    def test_create_image_1(self):
        image = self._create_image(name='image-1')
        self.assertGreater(len(self.images), 0)
        self.assertIsNone(image.get('fault'))
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('MIGRATING', image['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertGreater(len(self.images), 0)
        image['metadata'] = {'key': 'active', 'count': 46}
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertIsNone(image.get('fault'))
        self.assertEqual('MIGRATING', image['status'])

    def test_shelve_image_2(self):
        # shelve a image and check its state
        image = self._create_image(name='image-2')
        self.assertIsNone(image.get('fault'))
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)
        self.assertEqual('ERROR', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.assertEqual('SHUTOFF', image['status'])
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsNotNone(image['id'])

    def test_rescue_image_3(self):
        image = self._create_image(name='image-3')
        self.assertIsInstance(image, dict)
        image['metadata'] = {'key': 'build', 'count': 9}
        self.assertIsNone(image.get('fault'))
        self.assertIsNotNone(image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIn('metadata', image)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.assertIsNone(image.get('fault'))

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
