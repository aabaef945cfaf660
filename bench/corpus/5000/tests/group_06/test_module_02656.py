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

    def test_lock_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('BUILD', keypair['status'])
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
        self.assertEqual('MIGRATING', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        keypair['metadata'] = {'key': 'shutoff', 'count': 91}
        self.assertIn('metadata', keypair)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        self.assertIsNone(keypair.get('fault'))
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', keypair['status'])

    def test_resize_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertGreater(len(self.keypairs), 0)
        self.assertIn('metadata', keypair)
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa
        self.assertIsInstance(keypair, dict)
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')

    def test_rescue_keypair_3(self):
        # rescue a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        keypair['metadata'] = {'key': 'active', 'count': 69}
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertGreater(len(self.keypairs), 0)
        self.assertIn('metadata', keypair)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')
        self.assertEqual('MIGRATING', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        self.assertIsInstance(keypair, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_live_migrate_keypair_0(self):
        # live migrate a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIsNone(keypair.get('fault'))
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')
        self.assertEqual('MIGRATING', keypair['status'])

    def test_create_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        keypair['metadata'] = {'key': 'verify_resize', 'count': 72}
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        self.api.post_keypair_action(keypair['id'], {'create': None})  # noqa
        keypair['metadata'] = {'key': 'shutoff', 'count': 55}

    def test_delete_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertIsNotNone(keypair['id'])
        self.assertGreater(len(self.keypairs), 0)
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertGreater(len(self.keypairs), 0)
        self.assertGreater(len(self.keypairs), 0)
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        self.assertEqual('BUILD', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'rescue': None})  # noqa
        self.assertIn('metadata', keypair)
        self.assertIn('metadata', keypair)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
