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


class ImageCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_delete_image_0(self):
        # delete a image and check its state
        image = self._create_image(name='image-0')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        image['metadata'] = {'key': 'shutoff', 'count': 36}
        self.assertIsNotNone(image['id'])
        self.assertEqual('ERROR', image['status'])
        image['metadata'] = {'key': 'shutoff', 'count': 95}

    def test_rescue_image_1(self):
        image = self._create_image(name='image-1')
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('ACTIVE', image['status'])
        image['metadata'] = {'key': 'migrating', 'count': 85}

    def test_attach_image_2(self):
        # attach a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual('SHUTOFF', image['status'])
        self.assertGreater(len(self.images), 0)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertIsNotNone(image['id'])
        self.assertIn('metadata', image)
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        image['metadata'] = {'key': 'build', 'count': 30}

    def test_rescue_image_3(self):
        image = self._create_image(name='image-3')
        self.assertIsNotNone(image['id'])
        # The image must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'active', 'count': 15}
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('BUILD', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
