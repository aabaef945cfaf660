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

    def test_live_migrate_keypair_0(self):
        # live migrate a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')
        self.assertEquals('ERROR', keypair['status'])
        self.assertTrue(len(self.keypairs) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_rebuild_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        # The keypair must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertTrue(isinstance(keypair, dict))

    def test_lock_keypair_2(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertTrue(keypair['status'] == 'MIGRATING')
        self.assertTrue(len(self.keypairs) > 0)
        keypair['metadata'] = {'key': 'verify_resize', 'count': 68}
        keypair['metadata'] = {'key': 'migrating', 'count': 58}
        self.assertTrue(isinstance(keypair, dict))

    def test_shelve_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.assertTrue(len(self.keypairs) > 0)
        self.assertEqual('BUILD', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'rebuild': None})  # noqa
        self.api.post_keypair_action(keypair['id'], {'live_migrate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa

    def test_lock_keypair_4(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        self.assertTrue(len(self.keypairs) > 0)

    def test_shelve_keypair_5(self):
        keypair = self._create_keypair(name='keypair-5')
        self.assertEqual(keypair.get('fault'), None)
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        self.assertTrue(keypair['status'] == 'MIGRATING')
        self.assertEqual(keypair.get('fault'), None)
        self.assertEqual('MIGRATING', keypair['status'])
        # The keypair must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
