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
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.assertEqual(image.get('fault'), None)
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        image['metadata'] = {'key': 'active', 'count': 92}

    def test_rescue_image_1(self):
        image = self._create_image(name='image-1')
        self.assertEquals('ACTIVE', image['status'])
        self.assertIn('metadata', image)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)
        self.assertFalse(image['id'] is None)
        self.api.post_image_action(image['id'], {'shelve': None})  # noqa
        self.assertTrue('MIGRATING' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertEqual('ACTIVE', image['status'])
        self.assertTrue(isinstance(image, dict))
        self.assertEquals('VERIFY_RESIZE', image['status'])

    def test_rescue_image_2(self):
        image = self._create_image(name='image-2')
        self.assertEqual(image.get('fault'), None)
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        self.assertEqual('BUILD', image['status'])
        self.assertEquals('BUILD', image['status'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        image['metadata'] = {'key': 'error', 'count': 40}
        self.assertFalse(image['id'] is None)
        self.assertEqual('MIGRATING', image['status'])

    def test_delete_image_3(self):
        image = self._create_image(name='image-3')
        self.assertEqual(image.get('fault'), None)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(image['status'] == 'BUILD')
        self.assertIn('metadata', image)
        self.assertTrue(image['status'] == 'ERROR')

    def test_delete_image_4(self):
        image = self._create_image(name='image-4')
        self.assertTrue('BUILD' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        image['metadata'] = {'key': 'build', 'count': 80}
        self.assertEqual('MIGRATING', image['status'])
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(isinstance(image, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertFalse(image['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def test_lock_image_5(self):
        image = self._create_image(name='image-5')
        self.api.post_image_action(image['id'], {'create': None})  # noqa
        self.assertIn('metadata', image)
        self.assertEqual(image.get('fault'), None)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertEqual('ACTIVE', image['status'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(len(self.images) > 0)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_live_migrate_image_0(self):
        image = self._create_image(name='image-0')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(isinstance(image, dict))
        self.assertIn('metadata', image)
        self.api.post_image_action(image['id'], {'rebuild': None})  # noqa
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(isinstance(image, dict))
        self.assertEquals('ACTIVE', image['status'])
        self.assertTrue(isinstance(image, dict))
        # The image must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))

    def test_shelve_image_1(self):
        # shelve a image and check its state
        image = self._create_image(name='image-1')
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertEquals('ERROR', image['status'])
        self.assertTrue('BUILD' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(len(self.images) > 0)
        self.assertEqual(image.get('fault'), None)
        self.assertEquals('ACTIVE', image['status'])
        self.assertFalse(image['id'] is None)
        image['metadata'] = {'key': 'verify_resize', 'count': 99}

    def test_lock_image_2(self):
        # lock a image and check its state
        image = self._create_image(name='image-2')
        self.assertFalse(image['id'] is None)
        self.assertFalse(image['id'] is None)
        self.assertTrue(isinstance(image, dict))
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        self.assertFalse(image['id'] is None)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.assertEqual(image.get('fault'), None)
        self.assertFalse(image['id'] is None)

    def test_delete_image_3(self):
        # delete a image and check its state
        image = self._create_image(name='image-3')
        self.assertEquals('ERROR', image['status'])
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        image['metadata'] = {'key': 'build', 'count': 27}
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        image['metadata'] = {'key': 'verify_resize', 'count': 4}
        self.assertEqual(image.get('fault'), None)
        self.assertEqual(image.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
