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
        # attach a image and check its state
        image = self._create_image(name='image-0')
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('MIGRATING', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertIn('metadata', image)
        self.assertIsNone(image.get('fault'))
        self.assertIn('metadata', image)
        image['metadata'] = {'key': 'build', 'count': 46}
        self.assertIsNone(image.get('fault'))
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsNotNone(image['id'])

    def test_evacuate_image_1(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-1')
        self.assertGreater(len(self.images), 0)
        self.assertGreater(len(self.images), 0)
        self.assertIsNotNone(image['id'])
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        image['metadata'] = {'key': 'migrating', 'count': 25}
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.api.post_image_action(image['id'], {'lock': None})  # noqa

    def test_attach_image_2(self):
        # attach a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual('SHUTOFF', image['status'])
        self.assertIsInstance(image, dict)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertEqual('VERIFY_RESIZE', image['status'])

    def test_create_image_3(self):
        # create a image and check its state
        image = self._create_image(name='image-3')
        image['metadata'] = {'key': 'migrating', 'count': 49}
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertIsNone(image.get('fault'))
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsInstance(image, dict)
        self.assertIsInstance(image, dict)
        self.assertEqual('ERROR', image['status'])
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
