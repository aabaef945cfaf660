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


class KeypairLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_rescue_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.api.post_keypair_action(keypair['id'], {'delete': None})  # noqa
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        self.assertIsNotNone(keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        keypair['metadata'] = {'key': 'migrating', 'count': 44}
        self.assertEqual('SHUTOFF', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'rebuild': None})  # noqa
        self.assertIsNotNone(keypair['id'])

    def test_shelve_keypair_1(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.assertEqual('SHUTOFF', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'delete': None})  # noqa
        self.assertIsInstance(keypair, dict)

    def test_resize_keypair_2(self):
        # resize a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIn('BUILD', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('ERROR', keypair['status'])

    def test_delete_keypair_3(self):
        # delete a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        keypair['metadata'] = {'key': 'build', 'count': 16}
        self.assertIsNone(keypair.get('fault'))
        keypair['metadata'] = {'key': 'migrating', 'count': 41}
        self.assertIsNotNone(keypair['id'])
        self.assertIsNotNone(keypair['id'])
        self.assertIsInstance(keypair, dict)

    def test_evacuate_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        self.assertIsNone(keypair.get('fault'))
        self.assertIsNone(keypair.get('fault'))
        self.assertIn('metadata', keypair)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_resize_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertGreater(len(self.keypairs), 0)
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa
        self.assertIsNone(keypair.get('fault'))

    def test_evacuate_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        self.assertIn('metadata', keypair)
        self.assertIsInstance(keypair, dict)
        self.assertIsInstance(keypair, dict)
        self.assertEqual('SHUTOFF', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        keypair['metadata'] = {'key': 'error', 'count': 57}
        self.assertIn('MIGRATING', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def test_lock_keypair_2(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsNotNone(keypair['id'])
        self.assertIn('metadata', keypair)
        self.assertIsInstance(keypair, dict)
        keypair['metadata'] = {'key': 'active', 'count': 58}
        keypair['metadata'] = {'key': 'error', 'count': 10}
        keypair['metadata'] = {'key': 'migrating', 'count': 45}
        keypair['metadata'] = {'key': 'shutoff', 'count': 55}
        self.assertGreater(len(self.keypairs), 0)
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def test_delete_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.assertIn('metadata', keypair)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('SHUTOFF', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')
        keypair['metadata'] = {'key': 'active', 'count': 25}
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        self.assertIsInstance(keypair, dict)

    def test_evacuate_keypair_4(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIsInstance(keypair, dict)
        self.assertEqual('ERROR', keypair['status'])
        self.assertIn('BUILD', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsNone(keypair.get('fault'))
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertGreater(len(self.keypairs), 0)
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        # The keypair must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def test_rebuild_keypair_5(self):
        keypair = self._create_keypair(name='keypair-5')
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        self.assertIsInstance(keypair, dict)
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIsInstance(keypair, dict)
        self.assertGreater(len(self.keypairs), 0)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
