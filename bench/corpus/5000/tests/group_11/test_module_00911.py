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

    def test_shelve_image_0(self):
        image = self._create_image(name='image-0')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        image['metadata'] = {'key': 'build', 'count': 16}
        self.assertEqual('MIGRATING', image['status'])
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        self.assertIsNotNone(image['id'])
        self.assertEqual('MIGRATING', image['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsInstance(image, dict)
        self.assertIsNone(image.get('fault'))

    def test_attach_image_1(self):
        image = self._create_image(name='image-1')
        self.assertIn('metadata', image)
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('VERIFY_RESIZE', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.api.post_image_action(image['id'], {'resize': None})  # noqa

    def test_resize_image_2(self):
        # resize a image and check its state
        image = self._create_image(name='image-2')
        self.assertIsNotNone(image['id'])
        self.assertIsNone(image.get('fault'))
        self.assertEqual('BUILD', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
