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


class KeypairDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_rescue_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertIsNotNone(keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa
        self.assertIn('metadata', keypair)
        self.assertEqual('BUILD', keypair['status'])
        self.assertEqual('VERIFY_RESIZE', keypair['status'])

    def test_resize_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('BUILD', keypair['status'])
        keypair['metadata'] = {'key': 'migrating', 'count': 10}

    def test_resize_keypair_2(self):
        # resize a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertEqual('MIGRATING', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('ERROR', keypair['status'])
        self.assertGreater(len(self.keypairs), 0)

    def test_rebuild_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.assertIn('metadata', keypair)
        self.assertIsNone(keypair.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', keypair)
        self.assertGreater(len(self.keypairs), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_rescue_keypair_4(self):
        # rescue a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        self.assertIsNotNone(keypair['id'])
        self.assertIn('BUILD', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsNotNone(keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'resize': None})  # noqa
        self.assertIn('metadata', keypair)
        keypair['metadata'] = {'key': 'active', 'count': 28}
        self.assertGreater(len(self.keypairs), 0)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_lock_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertIsInstance(keypair, dict)
        self.assertIsNone(keypair.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')

    def test_lock_keypair_1(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIsInstance(keypair, dict)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'live_migrate': None})  # noqa
        self.assertGreater(len(self.keypairs), 0)

    def test_shelve_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertIsNone(keypair.get('fault'))
        self.assertIn('ERROR', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'live_migrate': None})  # noqa
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_create_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.assertEqual('SHUTOFF', keypair['status'])
        keypair['metadata'] = {'key': 'migrating', 'count': 15}
        self.assertIsNotNone(keypair['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        self.assertEqual('VERIFY_RESIZE', keypair['status'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
