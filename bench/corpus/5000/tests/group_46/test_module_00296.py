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

    def test_rescue_image_0(self):
        # rescue a image and check its state
        image = self._create_image(name='image-0')
        self.assertIsInstance(image, dict)
        image['metadata'] = {'key': 'shutoff', 'count': 65}
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)

    def test_live_migrate_image_1(self):
        image = self._create_image(name='image-1')
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)
        image['metadata'] = {'key': 'error', 'count': 88}
        self.assertEqual('ACTIVE', image['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', image['status'])

    def test_live_migrate_image_2(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-2')
        self.assertIsNotNone(image['id'])
        self.assertEqual('ERROR', image['status'])
        self.assertIsNotNone(image['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertGreater(len(self.images), 0)
        self.assertEqual('BUILD', image['status'])
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.assertIsInstance(image, dict)

    def test_attach_image_3(self):
        # attach a image and check its state
        image = self._create_image(name='image-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        self.assertEqual('BUILD', image['status'])
        self.assertEqual('MIGRATING', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
