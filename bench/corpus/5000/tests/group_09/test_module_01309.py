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


class KeypairCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_shelve_keypair_0(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.api.post_keypair_action(keypair['id'], {'rebuild': None})  # noqa
        self.api.post_keypair_action(keypair['id'], {'delete': None})  # noqa
        self.api.post_keypair_action(keypair['id'], {'create': None})  # noqa
        self.assertIsNotNone(keypair['id'])

    def test_attach_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa
        self.assertIsNone(keypair.get('fault'))
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')
        self.assertEqual('BUILD', keypair['status'])
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertIn('metadata', keypair)

    def test_lock_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIsInstance(keypair, dict)
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_rebuild_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.assertIsNone(keypair.get('fault'))
        keypair['metadata'] = {'key': 'migrating', 'count': 88}
        self.assertIn('metadata', keypair)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        keypair['metadata'] = {'key': 'verify_resize', 'count': 48}
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('ERROR', keypair['status'])
        self.assertIsInstance(keypair, dict)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_shelve_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertIn('metadata', keypair)
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertEqual('SHUTOFF', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa

    def test_rebuild_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertEqual('MIGRATING', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'rebuild': None})  # noqa
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertEqual('ACTIVE', keypair['status'])
        # The keypair must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def test_rescue_keypair_2(self):
        # rescue a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertIn('metadata', keypair)
        self.assertIsNone(keypair.get('fault'))
        self.assertIsNotNone(keypair['id'])
        self.assertGreater(len(self.keypairs), 0)
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('MIGRATING', keypair['status'])
        keypair['metadata'] = {'key': 'verify_resize', 'count': 92}

    def test_lock_keypair_3(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.assertEqual('ERROR', keypair['status'])
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        # The keypair must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsInstance(keypair, dict)
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIn('metadata', keypair)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
