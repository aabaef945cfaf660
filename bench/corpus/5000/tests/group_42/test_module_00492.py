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


class KeypairRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_live_migrate_keypair_0(self):
        # live migrate a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')
        self.assertGreater(len(self.keypairs), 0)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertIsInstance(keypair, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('ERROR', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        self.assertIsNone(keypair.get('fault'))

    def test_rebuild_keypair_1(self):
        # rebuild a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        # The keypair must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        keypair['metadata'] = {'key': 'migrating', 'count': 86}

    def test_resize_keypair_2(self):
        # resize a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertIsNone(keypair.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIsNotNone(keypair['id'])
        self.assertIn('metadata', keypair)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_delete_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.assertEqual('ERROR', keypair['status'])
        self.assertIn('metadata', keypair)
        keypair['metadata'] = {'key': 'migrating', 'count': 75}
        self.assertGreater(len(self.keypairs), 0)

    def test_evacuate_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('ACTIVE', keypair['status'])
        keypair['metadata'] = {'key': 'error', 'count': 19}
        self.assertIsNotNone(keypair['id'])
        self.assertGreater(len(self.keypairs), 0)
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('ACTIVE', keypair['status'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
