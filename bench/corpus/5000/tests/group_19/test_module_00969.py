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

    def test_evacuate_image_0(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-0')
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertEqual('SHUTOFF', image['status'])
        self.assertEqual('VERIFY_RESIZE', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        image['metadata'] = {'key': 'migrating', 'count': 63}
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertGreater(len(self.images), 0)
        self.assertIsInstance(image, dict)
        self.assertGreater(len(self.images), 0)

    def test_rescue_image_1(self):
        # rescue a image and check its state
        image = self._create_image(name='image-1')
        self.assertIn('MIGRATING', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsNone(image.get('fault'))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertEqual('SHUTOFF', image['status'])
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        self.assertIsInstance(image, dict)

    def test_attach_image_2(self):
        image = self._create_image(name='image-2')
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.assertIsNotNone(image['id'])
        self.assertEqual('BUILD', image['status'])
        self.api.post_image_action(image['id'], {'delete': None})  # noqa

    def test_rescue_image_3(self):
        image = self._create_image(name='image-3')
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        image['metadata'] = {'key': 'build', 'count': 0}
        self.assertIsNotNone(image['id'])

    def test_lock_image_4(self):
        image = self._create_image(name='image-4')
        image['metadata'] = {'key': 'migrating', 'count': 67}
        self.assertIsNone(image.get('fault'))
        self.assertEqual('ACTIVE', image['status'])
        self.assertIsInstance(image, dict)

    def test_evacuate_image_5(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-5')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        image['metadata'] = {'key': 'verify_resize', 'count': 15}
        self.assertIsNotNone(image['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIsInstance(image, dict)
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        self.assertEqual('BUILD', image['status'])
        self.assertIsNotNone(image['id'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
