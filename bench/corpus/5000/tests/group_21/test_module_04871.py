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


class KeypairAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_live_migrate_keypair_0(self):
        # live migrate a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertGreater(len(self.keypairs), 0)
        self.assertIn('BUILD', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        self.assertIsNotNone(keypair['id'])
        self.assertIn('metadata', keypair)
        self.assertEqual('ERROR', keypair['status'])

    def test_attach_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa
        self.assertIsNone(keypair.get('fault'))
        self.assertIsInstance(keypair, dict)
        keypair['metadata'] = {'key': 'shutoff', 'count': 80}
        self.assertIn('metadata', keypair)
        self.assertIsNone(keypair.get('fault'))
        self.assertIn('metadata', keypair)

    def test_rebuild_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def test_shelve_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        keypair['metadata'] = {'key': 'error', 'count': 28}
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        self.assertIsInstance(keypair, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIsNotNone(keypair['id'])
        self.assertIsNone(keypair.get('fault'))
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def test_evacuate_keypair_4(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertEqual('MIGRATING', keypair['status'])

    def test_evacuate_keypair_5(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-5')
        self.assertEqual('MIGRATING', keypair['status'])
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('ERROR', keypair['status'])
        self.assertIsInstance(keypair, dict)
        self.assertIsNotNone(keypair['id'])
        self.assertIsNone(keypair.get('fault'))
        self.assertGreater(len(self.keypairs), 0)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_attach_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertIn('ERROR', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertGreater(len(self.keypairs), 0)
        self.api.post_keypair_action(keypair['id'], {'create': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIsNotNone(keypair['id'])

    def test_rebuild_keypair_1(self):
        # rebuild a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        self.assertIn('metadata', keypair)

    def test_rebuild_keypair_2(self):
        # rebuild a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertIsInstance(keypair, dict)
        self.assertEqual('BUILD', keypair['status'])
        self.assertEqual('ERROR', keypair['status'])
        self.assertGreater(len(self.keypairs), 0)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def test_shelve_keypair_3(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'rebuild': None})  # noqa
        self.assertIsNone(keypair.get('fault'))
        self.assertGreater(len(self.keypairs), 0)
        self.assertIsNotNone(keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'rebuild': None})  # noqa
        self.assertIsNone(keypair.get('fault'))

    def test_delete_keypair_4(self):
        # delete a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.api.post_keypair_action(keypair['id'], {'live_migrate': None})  # noqa
        self.assertEqual('MIGRATING', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        keypair['metadata'] = {'key': 'migrating', 'count': 83}
        self.assertGreater(len(self.keypairs), 0)
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIn('metadata', keypair)

    def test_delete_keypair_5(self):
        # delete a keypair and check its state
        keypair = self._create_keypair(name='keypair-5')
        self.assertIn('metadata', keypair)
        keypair['metadata'] = {'key': 'active', 'count': 87}
        self.assertIn('metadata', keypair)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
