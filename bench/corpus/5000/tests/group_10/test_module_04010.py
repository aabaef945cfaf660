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


class ImageRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_rescue_image_0(self):
        image = self._create_image(name='image-0')
        self.assertIsNone(image.get('fault'))
        self.assertEqual('BUILD', image['status'])
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa
        self.assertIsInstance(image, dict)
        self.assertIsNone(image.get('fault'))
        image['metadata'] = {'key': 'build', 'count': 36}
        self.assertIsInstance(image, dict)

    def test_create_image_1(self):
        # create a image and check its state
        image = self._create_image(name='image-1')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.assertIsNotNone(image['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_create_image_2(self):
        image = self._create_image(name='image-2')
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNotNone(image['id'])
        self.assertIsNone(image.get('fault'))
        self.assertIsInstance(image, dict)

    def test_rescue_image_3(self):
        image = self._create_image(name='image-3')
        self.assertEqual('BUILD', image['status'])
        self.assertEqual('BUILD', image['status'])
        self.assertIn('metadata', image)
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.api.post_image_action(image['id'], {'lock': None})  # noqa

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
