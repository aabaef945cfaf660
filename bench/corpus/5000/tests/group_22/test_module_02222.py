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

    def test_live_migrate_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertEqual('BUILD', keypair['status'])
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIn('metadata', keypair)
        keypair['metadata'] = {'key': 'migrating', 'count': 25}
        self.assertEqual('ERROR', keypair['status'])
        # The keypair must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def test_resize_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertIsNone(keypair.get('fault'))
        keypair['metadata'] = {'key': 'migrating', 'count': 69}
        self.assertIn('BUILD', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsNone(keypair.get('fault'))
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa
        self.assertIsInstance(keypair, dict)
        self.assertEqual('MIGRATING', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_rebuild_keypair_2(self):
        # rebuild a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        keypair['metadata'] = {'key': 'active', 'count': 86}
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIn('metadata', keypair)
        self.assertEqual('ACTIVE', keypair['status'])

    def test_shelve_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertGreater(len(self.keypairs), 0)
        self.assertIsNone(keypair.get('fault'))

    def test_delete_keypair_4(self):
        # delete a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        self.assertEqual('ACTIVE', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        keypair['metadata'] = {'key': 'build', 'count': 18}
        self.assertGreater(len(self.keypairs), 0)
        self.assertIn('metadata', keypair)
        self.assertEqual('SHUTOFF', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa
        self.assertEqual('MIGRATING', keypair['status'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_evacuate_keypair_0(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertIsNone(keypair.get('fault'))
        keypair['metadata'] = {'key': 'shutoff', 'count': 74}
        self.assertIsInstance(keypair, dict)
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertEqual('ERROR', keypair['status'])

    def test_resize_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertEqual('MIGRATING', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIsInstance(keypair, dict)
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertIn('metadata', keypair)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')

    def test_live_migrate_keypair_2(self):
        # live migrate a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertIsNotNone(keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'rebuild': None})  # noqa
        keypair['metadata'] = {'key': 'active', 'count': 16}

    def test_rescue_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.assertEqual('ERROR', keypair['status'])
        keypair['metadata'] = {'key': 'shutoff', 'count': 6}
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIn('BUILD', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
