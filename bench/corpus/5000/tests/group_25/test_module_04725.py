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

    def test_evacuate_keypair_0(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.api.post_keypair_action(keypair['id'], {'create': None})  # noqa
        self.assertIsNotNone(keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIsInstance(keypair, dict)
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertGreater(len(self.keypairs), 0)

    def test_lock_keypair_1(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIn('metadata', keypair)
        keypair['metadata'] = {'key': 'active', 'count': 38}
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', keypair)
        self.assertIsNotNone(keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'create': None})  # noqa
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def test_live_migrate_keypair_2(self):
        # live migrate a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIn('MIGRATING', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')

    def test_resize_keypair_3(self):
        # resize a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')
        # The keypair must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsInstance(keypair, dict)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
