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

    def test_lock_keypair_0(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('ACTIVE', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')

    def test_resize_keypair_1(self):
        # resize a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        keypair['metadata'] = {'key': 'build', 'count': 51}
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        self.assertIn('MIGRATING', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'delete': None})  # noqa
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIn('metadata', keypair)

    def test_shelve_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsNone(keypair.get('fault'))
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', keypair['status'])

    def test_create_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        self.assertIsInstance(keypair, dict)
        self.assertIsNotNone(keypair['id'])

    def test_rebuild_keypair_4(self):
        # rebuild a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        keypair['metadata'] = {'key': 'active', 'count': 50}
        keypair['metadata'] = {'key': 'verify_resize', 'count': 82}
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        self.assertIsNone(keypair.get('fault'))
        self.assertIn('metadata', keypair)
        self.assertIsInstance(keypair, dict)

    def test_rebuild_keypair_5(self):
        # rebuild a keypair and check its state
        keypair = self._create_keypair(name='keypair-5')
        self.assertIsNotNone(keypair['id'])
        self.assertIsNone(keypair.get('fault'))
        self.assertIn('metadata', keypair)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_shelve_keypair_0(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertIsInstance(keypair, dict)
        self.assertGreater(len(self.keypairs), 0)
        self.assertIsInstance(keypair, dict)

    def test_delete_keypair_1(self):
        # delete a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIn('ERROR', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsInstance(keypair, dict)
        self.assertIsNotNone(keypair['id'])
        self.assertIn('ERROR', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')

    def test_live_migrate_keypair_2(self):
        # live migrate a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def test_resize_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        keypair['metadata'] = {'key': 'migrating', 'count': 26}
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertGreater(len(self.keypairs), 0)
        self.assertIn('metadata', keypair)
        self.assertIsNotNone(keypair['id'])

    def test_resize_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        self.assertEqual('ERROR', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('BUILD', keypair['status'])

    def test_evacuate_keypair_5(self):
        keypair = self._create_keypair(name='keypair-5')
        self.assertEqual('ERROR', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'live_migrate': None})  # noqa
        self.assertEqual('ERROR', keypair['status'])
        self.assertEqual('MIGRATING', keypair['status'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
