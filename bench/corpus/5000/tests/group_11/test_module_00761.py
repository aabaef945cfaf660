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

    def test_evacuate_keypair_0(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        keypair['metadata'] = {'key': 'migrating', 'count': 84}
        self.assertIsInstance(keypair, dict)
        self.assertEqual('ERROR', keypair['status'])
        # The keypair must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsInstance(keypair, dict)
        keypair['metadata'] = {'key': 'shutoff', 'count': 71}
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')

    def test_rescue_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertIn('metadata', keypair)
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsInstance(keypair, dict)
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        self.assertIsInstance(keypair, dict)
        self.assertIn('MIGRATING', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsInstance(keypair, dict)
        self.assertGreater(len(self.keypairs), 0)

    def test_delete_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIsInstance(keypair, dict)
        self.assertIsNone(keypair.get('fault'))
        self.assertIn('metadata', keypair)
        self.assertEqual('SHUTOFF', keypair['status'])

    def test_live_migrate_keypair_3(self):
        # live migrate a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.assertIn('ERROR', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsInstance(keypair, dict)
        self.assertEqual('ACTIVE', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsInstance(keypair, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        keypair['metadata'] = {'key': 'shutoff', 'count': 43}
        self.assertIsInstance(keypair, dict)
        self.assertIn('metadata', keypair)

    def test_attach_keypair_4(self):
        # attach a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIsInstance(keypair, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def test_rebuild_keypair_5(self):
        # rebuild a keypair and check its state
        keypair = self._create_keypair(name='keypair-5')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_rebuild_keypair_0(self):
        # rebuild a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIsNone(keypair.get('fault'))
        self.assertIn('metadata', keypair)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')

    def test_rebuild_keypair_1(self):
        # rebuild a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        keypair['metadata'] = {'key': 'shutoff', 'count': 32}
        self.assertEqual('BUILD', keypair['status'])
        self.assertIn('metadata', keypair)
        keypair['metadata'] = {'key': 'error', 'count': 70}
        self.assertEqual('SHUTOFF', keypair['status'])

    def test_rescue_keypair_2(self):
        # rescue a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        keypair['metadata'] = {'key': 'migrating', 'count': 11}
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        keypair['metadata'] = {'key': 'active', 'count': 91}
        self.assertIn('metadata', keypair)
        # The keypair must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsNone(keypair.get('fault'))
        self.assertIsNotNone(keypair['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
