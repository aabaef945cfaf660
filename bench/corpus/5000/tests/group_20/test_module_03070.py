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

    def test_live_migrate_image_0(self):
        image = self._create_image(name='image-0')
        self.assertEqual('BUILD', image['status'])
        self.assertIn('metadata', image)
        self.assertEqual('ERROR', image['status'])
        self.assertIsNone(image.get('fault'))
        self.assertEqual('MIGRATING', image['status'])
        self.assertIn('metadata', image)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_resize_image_1(self):
        image = self._create_image(name='image-1')
        image['metadata'] = {'key': 'verify_resize', 'count': 54}
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertIsNone(image.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_attach_image_2(self):
        image = self._create_image(name='image-2')
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertIn('metadata', image)
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertGreater(len(self.images), 0)
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIn('ERROR', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
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
        self.assertIsNone(image.get('fault'))

    def test_shelve_image_3(self):
        image = self._create_image(name='image-3')
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        image['metadata'] = {'key': 'migrating', 'count': 92}
        # The image must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertIsNone(image.get('fault'))
        self.assertEqual('MIGRATING', image['status'])
        self.assertEqual('ERROR', image['status'])

    def test_evacuate_image_4(self):
        image = self._create_image(name='image-4')
        image['metadata'] = {'key': 'error', 'count': 59}
        self.assertIsNone(image.get('fault'))
        self.assertGreater(len(self.images), 0)
        self.assertIsNone(image.get('fault'))
        self.assertEqual('SHUTOFF', image['status'])
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertEqual('MIGRATING', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_rebuild_image_0(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-0')
        self.assertIn('SHUTOFF', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.api.post_image_action(image['id'], {'live_migrate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertGreater(len(self.images), 0)
        self.assertIsInstance(image, dict)
        self.assertIn('metadata', image)

    def test_delete_image_1(self):
        image = self._create_image(name='image-1')
        self.assertEqual('MIGRATING', image['status'])
        self.assertIsNone(image.get('fault'))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertEqual('ERROR', image['status'])
        self.assertIsInstance(image, dict)

    def test_resize_image_2(self):
        # resize a image and check its state
        image = self._create_image(name='image-2')
        self.assertEqual('MIGRATING', image['status'])
        image['metadata'] = {'key': 'verify_resize', 'count': 34}
        self.assertIsNotNone(image['id'])
        self.assertIsNone(image.get('fault'))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')

    def test_create_image_3(self):
        image = self._create_image(name='image-3')
        # The image must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertGreater(len(self.images), 0)
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIsNotNone(image['id'])

    def test_create_image_4(self):
        image = self._create_image(name='image-4')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertIsInstance(image, dict)
        self.assertIsInstance(image, dict)
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.assertIn('metadata', image)
        self.assertIsNotNone(image['id'])
        self.api.post_image_action(image['id'], {'evacuate': None})  # noqa

    def test_rebuild_image_5(self):
        image = self._create_image(name='image-5')
        self.assertIsNone(image.get('fault'))
        self.assertEqual('BUILD', image['status'])
        self.assertIn('metadata', image)
        # The image must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(image))
        self.assertIsNone(image.get('fault'))
        self.assertEqual('VERIFY_RESIZE', image['status'])
        self.assertIsNotNone(image['id'])
        self.assertIsNone(image.get('fault'))
        self.assertEqual('ACTIVE', image['status'])

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
