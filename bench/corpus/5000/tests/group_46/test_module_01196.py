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

    def test_resize_image_0(self):
        # resize a image and check its state
        image = self._create_image(name='image-0')
        # The image must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'migrating', 'count': 62}
        self.assertIsNone(image.get('fault'))
        self.assertIn('metadata', image)
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_resize_image_1(self):
        # resize a image and check its state
        image = self._create_image(name='image-1')
        self.assertIn('metadata', image)
        self.assertIsNotNone(image['id'])
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsNone(image.get('fault'))

    def test_shelve_image_2(self):
        image = self._create_image(name='image-2')
        self.assertGreater(len(self.images), 0)
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        image['metadata'] = {'key': 'verify_resize', 'count': 43}
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertEqual('MIGRATING', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        image['metadata'] = {'key': 'active', 'count': 34}

    def test_rescue_image_3(self):
        # rescue a image and check its state
        image = self._create_image(name='image-3')
        self.assertIsNotNone(image['id'])
        self.assertIsNotNone(image['id'])
        self.assertIsInstance(image, dict)
        self.assertIsNone(image.get('fault'))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')

    def test_create_image_4(self):
        # create a image and check its state
        image = self._create_image(name='image-4')
        self.assertEqual('MIGRATING', image['status'])
        self.assertGreater(len(self.images), 0)
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.assertIsNotNone(image['id'])
        self.assertIsNotNone(image['id'])

    def test_rebuild_image_5(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-5')
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual('ERROR', image['status'])
        image['metadata'] = {'key': 'build', 'count': 36}
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertGreater(len(self.images), 0)
        self.assertEqual('MIGRATING', image['status'])
        self.assertGreater(len(self.images), 0)
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('ACTIVE', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_live_migrate_image_0(self):
        image = self._create_image(name='image-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'verify_resize', 'count': 37}
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_evacuate_image_1(self):
        image = self._create_image(name='image-1')
        # The image must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsNone(image.get('fault'))
        self.assertGreater(len(self.images), 0)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        image['metadata'] = {'key': 'error', 'count': 57}
        self.assertEqual('ACTIVE', image['status'])
        self.assertGreater(len(self.images), 0)

    def test_delete_image_2(self):
        # delete a image and check its state
        image = self._create_image(name='image-2')
        self.assertGreater(len(self.images), 0)
        self.assertIsInstance(image, dict)
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', image)
        self.assertIsNotNone(image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEqual('BUILD', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
