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


class KeypairEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_rescue_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertGreater(len(self.keypairs), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIn('metadata', keypair)
        self.assertEqual('BUILD', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIn('metadata', keypair)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertGreater(len(self.keypairs), 0)
        self.assertIsNone(keypair.get('fault'))
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')

    def test_resize_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        keypair['metadata'] = {'key': 'active', 'count': 96}
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('BUILD', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertEqual('VERIFY_RESIZE', keypair['status'])

    def test_evacuate_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('BUILD', keypair['status'])
        self.assertEqual('BUILD', keypair['status'])
        self.assertEqual('MIGRATING', keypair['status'])

    def test_rebuild_keypair_3(self):
        # rebuild a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'create': None})  # noqa
        self.assertGreater(len(self.keypairs), 0)
        self.assertGreater(len(self.keypairs), 0)
        self.assertGreater(len(self.keypairs), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIn('ERROR', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def test_lock_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        # The keypair must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsNotNone(keypair['id'])
        self.assertIn('BUILD', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def test_lock_keypair_5(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-5')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertGreater(len(self.keypairs), 0)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        self.assertIn('metadata', keypair)
        self.assertIsInstance(keypair, dict)
        self.assertIn('metadata', keypair)
        self.assertGreater(len(self.keypairs), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
