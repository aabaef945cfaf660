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

    def test_shelve_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertIsNone(keypair.get('fault'))
        self.api.post_keypair_action(keypair['id'], {'live_migrate': None})  # noqa
        self.assertEqual('ERROR', keypair['status'])
        self.assertIsInstance(keypair, dict)
        self.assertEqual('BUILD', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')
        keypair['metadata'] = {'key': 'migrating', 'count': 90}

    def test_delete_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertGreater(len(self.keypairs), 0)
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('BUILD', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        # The keypair must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertGreater(len(self.keypairs), 0)
        self.assertIsNone(keypair.get('fault'))

    def test_delete_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertIn('metadata', keypair)
        self.assertGreater(len(self.keypairs), 0)
        # The keypair must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsNone(keypair.get('fault'))
        self.assertIn('metadata', keypair)

    def test_lock_keypair_3(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.assertIn('ERROR', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsNone(keypair.get('fault'))
        self.assertIsInstance(keypair, dict)
        self.assertIn('metadata', keypair)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')
        self.assertIsNone(keypair.get('fault'))
        self.assertIsInstance(keypair, dict)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_attach_keypair_0(self):
        # attach a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        keypair['metadata'] = {'key': 'migrating', 'count': 70}
        self.assertIn('metadata', keypair)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        keypair['metadata'] = {'key': 'verify_resize', 'count': 77}
        keypair['metadata'] = {'key': 'error', 'count': 87}
        self.assertEqual('SHUTOFF', keypair['status'])

    def test_rebuild_keypair_1(self):
        # rebuild a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.assertEqual('ERROR', keypair['status'])
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertEqual('BUILD', keypair['status'])
        keypair['metadata'] = {'key': 'migrating', 'count': 65}
        self.assertIn('metadata', keypair)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIsInstance(keypair, dict)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')

    def test_resize_keypair_2(self):
        # resize a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        keypair['metadata'] = {'key': 'error', 'count': 17}
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        self.assertIn('metadata', keypair)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
