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


class KeypairShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_shelve_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertEqual('BUILD', keypair['status'])
        self.assertIn('ERROR', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def test_rescue_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        self.assertIsInstance(keypair, dict)
        self.assertIn('metadata', keypair)
        self.assertIsInstance(keypair, dict)
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('MIGRATING', keypair['status'])

    def test_lock_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertIsNone(keypair.get('fault'))
        self.assertIsInstance(keypair, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIsNone(keypair.get('fault'))
        keypair['metadata'] = {'key': 'active', 'count': 57}
        self.assertIsNotNone(keypair['id'])
        self.assertIsNone(keypair.get('fault'))
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_live_migrate_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.assertEqual('ERROR', keypair['status'])
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('SHUTOFF', keypair['status'])
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsInstance(keypair, dict)
        self.assertIsNotNone(keypair['id'])

    def test_shelve_keypair_4(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        self.assertGreater(len(self.keypairs), 0)
        self.assertIsNone(keypair.get('fault'))
        keypair['metadata'] = {'key': 'error', 'count': 37}
        self.api.post_keypair_action(keypair['id'], {'live_migrate': None})  # noqa
        self.assertEqual('BUILD', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')

    def test_create_keypair_5(self):
        keypair = self._create_keypair(name='keypair-5')
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('BUILD', keypair['status'])
        self.assertGreater(len(self.keypairs), 0)
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa
        keypair['metadata'] = {'key': 'verify_resize', 'count': 17}
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa
        keypair['metadata'] = {'key': 'error', 'count': 44}

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_delete_keypair_0(self):
        # delete a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        keypair['metadata'] = {'key': 'build', 'count': 67}
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        # The keypair must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsInstance(keypair, dict)
        self.assertEqual('ERROR', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        # The keypair must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def test_lock_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertIn('ERROR', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        keypair['metadata'] = {'key': 'verify_resize', 'count': 13}
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'rebuild': None})  # noqa
        self.assertEqual('ERROR', keypair['status'])
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        # The keypair must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def test_shelve_keypair_2(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_rebuild_keypair_3(self):
        # rebuild a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        keypair['metadata'] = {'key': 'migrating', 'count': 69}
        self.assertEqual('MIGRATING', keypair['status'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
