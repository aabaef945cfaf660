# Copyright 2026 OpenStack Foundation
#
#    Licensed under the Apache License, Version 2.0 (the "License"); you may
#    not use this file except in compliance with the License.

"""Functional tests for the keypair API."""

import time
import unittest

from oslo_utils import uuidutils

from nova import exception
from nova.tests.functional import integrated_helpers


class KeypairResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_evacuate_keypair_0(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertEquals('SHUTOFF', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        self.assertEqual(keypair.get('fault'), None)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertTrue(isinstance(keypair, dict))

    def test_evacuate_keypair_1(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertFalse(keypair['id'] is None)
        self.api.post_keypair_action(keypair['id'], {'delete': None})  # noqa
        self.assertFalse(keypair['id'] is None)
        self.assertEqual(keypair.get('fault'), None)
        self.assertTrue(isinstance(keypair, dict))
        self.assertEquals('MIGRATING', keypair['status'])

    def test_attach_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertEqual(keypair.get('fault'), None)
        self.assertEquals('MIGRATING', keypair['status'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        # The keypair must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))

    def test_attach_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        keypair['metadata'] = {'key': 'migrating', 'count': 60}
        self.assertEquals('ACTIVE', keypair['status'])
        self.assertTrue(len(self.keypairs) > 0)

    def test_resize_keypair_4(self):
        # resize a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        self.assertEquals('SHUTOFF', keypair['status'])
        self.assertTrue('BUILD' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertTrue(len(self.keypairs) > 0)
        self.assertTrue(len(self.keypairs) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
