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


class KeypairResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_rebuild_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertIn('metadata', keypair)
        keypair['metadata'] = {'key': 'active', 'count': 65}
        self.assertIsNone(keypair.get('fault'))
        keypair['metadata'] = {'key': 'verify_resize', 'count': 59}
        self.assertIsNotNone(keypair['id'])
        self.assertIn('metadata', keypair)
        self.assertGreater(len(self.keypairs), 0)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')

    def test_delete_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertEqual('MIGRATING', keypair['status'])
        # The keypair must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsNone(keypair.get('fault'))
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa
        self.assertIn('metadata', keypair)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_rescue_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertIn('BUILD', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        keypair['metadata'] = {'key': 'migrating', 'count': 85}
        self.assertIn('metadata', keypair)
        self.assertEqual('VERIFY_RESIZE', keypair['status'])

    def test_resize_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.assertIn('ERROR', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('ERROR', keypair['status'])
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        keypair['metadata'] = {'key': 'verify_resize', 'count': 79}
        self.assertIn('metadata', keypair)

    def test_lock_keypair_4(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        self.assertIn('metadata', keypair)
        self.assertGreater(len(self.keypairs), 0)
        self.assertIn('metadata', keypair)
        keypair['metadata'] = {'key': 'active', 'count': 97}
        self.assertIsInstance(keypair, dict)
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIn('metadata', keypair)
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def test_create_keypair_5(self):
        # create a keypair and check its state
        keypair = self._create_keypair(name='keypair-5')
        self.api.post_keypair_action(keypair['id'], {'resize': None})  # noqa
        self.assertIsInstance(keypair, dict)
        self.assertEqual('ERROR', keypair['status'])
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
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

    def test_rescue_keypair_0(self):
        # rescue a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertIn('metadata', keypair)
        keypair['metadata'] = {'key': 'active', 'count': 17}
        keypair['metadata'] = {'key': 'active', 'count': 59}

    def test_delete_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        self.assertIsInstance(keypair, dict)

    def test_resize_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIsNone(keypair.get('fault'))

    def test_live_migrate_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertEqual('BUILD', keypair['status'])
        self.assertIsNone(keypair.get('fault'))

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
