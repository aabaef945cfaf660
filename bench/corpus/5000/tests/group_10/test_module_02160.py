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

    def test_rescue_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIn('ERROR', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', keypair)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_delete_keypair_1(self):
        # delete a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.assertIsInstance(keypair, dict)
        self.assertIn('ERROR', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        # The keypair must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def test_live_migrate_keypair_2(self):
        # live migrate a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')
        self.assertEqual('ACTIVE', keypair['status'])

    def test_shelve_keypair_3(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa
        keypair['metadata'] = {'key': 'error', 'count': 12}
        self.assertEqual('BUILD', keypair['status'])
        self.assertGreater(len(self.keypairs), 0)
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_evacuate_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertIsNone(keypair.get('fault'))
        self.api.post_keypair_action(keypair['id'], {'rescue': None})  # noqa
        self.assertIsInstance(keypair, dict)
        self.assertGreater(len(self.keypairs), 0)
        # The keypair must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIn('metadata', keypair)
        self.assertIsNotNone(keypair['id'])
        keypair['metadata'] = {'key': 'migrating', 'count': 13}
        # The keypair must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def test_shelve_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertIn('BUILD', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIn('metadata', keypair)
        self.assertEqual('ACTIVE', keypair['status'])

    def test_rescue_keypair_2(self):
        # rescue a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        # The keypair must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('MIGRATING', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        self.assertEqual('BUILD', keypair['status'])
        keypair['metadata'] = {'key': 'build', 'count': 16}
        keypair['metadata'] = {'key': 'error', 'count': 14}
        self.assertGreater(len(self.keypairs), 0)
        self.assertIsNone(keypair.get('fault'))

    def test_create_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.assertEqual('MIGRATING', keypair['status'])
        keypair['metadata'] = {'key': 'verify_resize', 'count': 62}
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
