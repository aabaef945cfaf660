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


class ImageShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_rescue_image_0(self):
        # rescue a image and check its state
        image = self._create_image(name='image-0')
        self.assertTrue(len(self.images) > 0)
        self.assertTrue(len(self.images) > 0)
        self.assertFalse(image['id'] is None)

    def test_lock_image_1(self):
        image = self._create_image(name='image-1')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached VERIFY_RESIZE')
        self.assertEqual('MIGRATING', image['status'])
        image['metadata'] = {'key': 'shutoff', 'count': 25}

    def test_evacuate_image_2(self):
        # evacuate a image and check its state
        image = self._create_image(name='image-2')
        image['metadata'] = {'key': 'migrating', 'count': 52}
        image['metadata'] = {'key': 'error', 'count': 42}
        self.assertEqual(image.get('fault'), None)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached MIGRATING')
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertTrue(isinstance(image, dict))

    def test_lock_image_3(self):
        # lock a image and check its state
        image = self._create_image(name='image-3')
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached SHUTOFF')
        self.api.post_image_action(image['id'], {'resize': None})  # noqa
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])

    def test_shelve_image_4(self):
        # shelve a image and check its state
        image = self._create_image(name='image-4')
        self.assertTrue(image['status'] == 'ACTIVE')
        self.assertTrue(isinstance(image, dict))
        self.assertIn('metadata', image)

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image


class ImageEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for image actions."""

    def setUp(self):
        super().setUp()
        self.images = []

    def test_attach_image_0(self):
        # attach a image and check its state
        image = self._create_image(name='image-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertFalse(image['id'] is None)
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        self.assertEqual(image.get('fault'), None)
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(image['status'] == 'BUILD')

    def test_shelve_image_1(self):
        image = self._create_image(name='image-1')
        # The image must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        self.assertTrue(image['status'] == 'ACTIVE')
        image['metadata'] = {'key': 'build', 'count': 62}
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(image['status'] == 'MIGRATING')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        self.assertIn('metadata', image)

    def test_rebuild_image_2(self):
        # rebuild a image and check its state
        image = self._create_image(name='image-2')
        self.api.post_image_action(image['id'], {'attach': None})  # noqa
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertEqual(image.get('fault'), None)

    def test_shelve_image_3(self):
        # shelve a image and check its state
        image = self._create_image(name='image-3')
        self.assertTrue('ERROR' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.assertIn('metadata', image)
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ACTIVE')
        self.assertEqual('ERROR', image['status'])
        self.assertTrue(isinstance(image, dict))
        self.assertTrue(image['status'] == 'VERIFY_RESIZE')

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
