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


class KeypairCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_delete_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertIn('metadata', keypair)
        # The keypair must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.api.post_keypair_action(keypair['id'], {'live_migrate': None})  # noqa

    def test_shelve_keypair_1(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.assertTrue(keypair['status'] == 'SHUTOFF')
        self.assertIn('metadata', keypair)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIn('metadata', keypair)
        self.assertEquals('BUILD', keypair['status'])
        self.assertFalse(keypair['id'] is None)

    def test_attach_keypair_2(self):
        # attach a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertEqual(keypair.get('fault'), None)
        self.assertIn('metadata', keypair)
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa

    def test_shelve_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.assertTrue(keypair['status'] == 'ERROR')
        self.assertEqual(keypair.get('fault'), None)
        keypair['metadata'] = {'key': 'shutoff', 'count': 85}
        self.assertTrue(keypair['status'] == 'MIGRATING')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEquals('MIGRATING', keypair['status'])

    def test_create_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        self.assertTrue(len(self.keypairs) > 0)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        self.assertEquals('MIGRATING', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
