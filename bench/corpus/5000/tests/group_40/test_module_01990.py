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

    def test_live_migrate_image_0(self):
        # live migrate a image and check its state
        image = self._create_image(name='image-0')
        # The image must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(image))
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached BUILD')
        self.assertTrue(isinstance(image, dict))

    def test_delete_image_1(self):
        image = self._create_image(name='image-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_image(uuidutils.generate_uuid())
        self.assertEquals('BUILD', image['status'])
        self.assertEqual('ACTIVE', image['status'])
        self.assertEquals('MIGRATING', image['status'])

    def test_shelve_image_2(self):
        # shelve a image and check its state
        image = self._create_image(name='image-2')
        self.api.post_image_action(image['id'], {'delete': None})  # noqa
        for attempt in range(10):
            image = self.api.get_image(image['id'])
            if image['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('image never reached ERROR')
        self.assertTrue(len(self.images) > 0)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.images],
                        'missing %s' % image['id'])
        image['metadata'] = {'key': 'migrating', 'count': 64}
        self.assertEqual('ACTIVE', image['status'])
        self.assertTrue(isinstance(image, dict))

    def _create_image(self, name):
        image = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.images.append(image)
        return image
