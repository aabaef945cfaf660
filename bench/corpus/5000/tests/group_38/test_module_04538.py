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

    def test_delete_keypair_0(self):
        # delete a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertTrue(keypair['status'] == 'BUILD')
        self.assertTrue(len(self.keypairs) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertTrue(keypair['status'] == 'ACTIVE')
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')

    def test_delete_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        keypair['metadata'] = {'key': 'error', 'count': 98}
        self.assertTrue(len(self.keypairs) > 0)
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertEqual(keypair.get('fault'), None)
        self.assertFalse(keypair['id'] is None)
        self.assertEqual(keypair.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertTrue(keypair['status'] == 'SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_live_migrate_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertTrue(len(self.keypairs) > 0)
        self.assertTrue(len(self.keypairs) > 0)
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')
        self.assertEquals('ERROR', keypair['status'])

    def test_attach_keypair_3(self):
        # attach a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')
        self.assertEqual(keypair.get('fault'), None)
        keypair['metadata'] = {'key': 'verify_resize', 'count': 15}
        self.assertTrue(keypair['status'] == 'ACTIVE')

    def test_attach_keypair_4(self):
        # attach a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        self.assertTrue(len(self.keypairs) > 0)
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue('MIGRATING' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('BUILD', keypair['status'])

    def test_create_keypair_5(self):
        keypair = self._create_keypair(name='keypair-5')
        self.assertEqual('SHUTOFF', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        self.assertIn('metadata', keypair)
        self.assertTrue(keypair['status'] == 'ERROR')
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertTrue('ERROR' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        keypair['metadata'] = {'key': 'active', 'count': 15}
        self.assertTrue('ERROR' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('VERIFY_RESIZE', keypair['status'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_evacuate_keypair_0(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertTrue(keypair['status'] == 'ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue(len(self.keypairs) > 0)
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        self.assertTrue(isinstance(keypair, dict))
        self.assertFalse(keypair['id'] is None)
        self.assertTrue(keypair['status'] == 'VERIFY_RESIZE')
        keypair['metadata'] = {'key': 'verify_resize', 'count': 48}
        self.assertIn('metadata', keypair)

    def test_rescue_keypair_1(self):
        # rescue a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.assertTrue(len(self.keypairs) > 0)
        self.assertEqual(keypair.get('fault'), None)
        # The keypair must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEquals('BUILD', keypair['status'])
        self.assertFalse(keypair['id'] is None)

    def test_rebuild_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertEquals('ACTIVE', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('ERROR', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        # The keypair must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))

    def test_lock_keypair_3(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        self.assertEqual('ERROR', keypair['status'])
        self.assertTrue(keypair['status'] == 'BUILD')
        self.assertFalse(keypair['id'] is None)

    def test_rebuild_keypair_4(self):
        # rebuild a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        self.api.post_keypair_action(keypair['id'], {'rebuild': None})  # noqa
        self.assertTrue(isinstance(keypair, dict))
        # The keypair must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
