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


class KeypairRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_lock_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIn('BUILD', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('ACTIVE', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('BUILD', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')

    def test_live_migrate_keypair_1(self):
        # live migrate a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.assertIsInstance(keypair, dict)
        self.assertIn('BUILD', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def test_rebuild_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        keypair['metadata'] = {'key': 'active', 'count': 14}
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('BUILD', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')
        self.assertIsInstance(keypair, dict)
        self.api.post_keypair_action(keypair['id'], {'create': None})  # noqa
        self.assertEqual('BUILD', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_rescue_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertGreater(len(self.keypairs), 0)
        self.assertIsNotNone(keypair['id'])
        self.assertIsNone(keypair.get('fault'))
        keypair['metadata'] = {'key': 'shutoff', 'count': 8}
        self.assertIsNone(keypair.get('fault'))
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsInstance(keypair, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_shelve_keypair_4(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertGreater(len(self.keypairs), 0)
        self.assertIsNone(keypair.get('fault'))
        self.api.post_keypair_action(keypair['id'], {'delete': None})  # noqa

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
