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


class KeypairEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_rebuild_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.api.post_keypair_action(keypair['id'], {'live_migrate': None})  # noqa
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        self.assertIsNone(keypair.get('fault'))
        self.assertIsInstance(keypair, dict)
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def test_shelve_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        keypair['metadata'] = {'key': 'shutoff', 'count': 1}
        self.assertIn('metadata', keypair)
        keypair['metadata'] = {'key': 'error', 'count': 32}
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_delete_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        keypair['metadata'] = {'key': 'build', 'count': 24}
        self.assertGreater(len(self.keypairs), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertGreater(len(self.keypairs), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.api.post_keypair_action(keypair['id'], {'delete': None})  # noqa
        self.assertIsNotNone(keypair['id'])

    def test_rebuild_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIsInstance(keypair, dict)
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa
        self.assertEqual('ERROR', keypair['status'])
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIsNotNone(keypair['id'])

    def test_rebuild_keypair_4(self):
        # rebuild a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        self.assertIn('metadata', keypair)
        self.assertIsNone(keypair.get('fault'))
        self.assertIsInstance(keypair, dict)
        self.assertIsInstance(keypair, dict)
        keypair['metadata'] = {'key': 'active', 'count': 19}
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_rescue_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertIsInstance(keypair, dict)
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIn('metadata', keypair)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')

    def test_evacuate_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertGreater(len(self.keypairs), 0)
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('BUILD', keypair['status'])

    def test_lock_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        self.assertIsInstance(keypair, dict)
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def test_resize_keypair_3(self):
        # resize a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIn('metadata', keypair)

    def test_attach_keypair_4(self):
        # attach a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        self.assertIn('metadata', keypair)
        self.assertIn('metadata', keypair)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')
        self.assertIsNone(keypair.get('fault'))
        self.assertIsNone(keypair.get('fault'))
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def test_delete_keypair_5(self):
        # delete a keypair and check its state
        keypair = self._create_keypair(name='keypair-5')
        self.assertIsInstance(keypair, dict)
        keypair['metadata'] = {'key': 'error', 'count': 94}
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        keypair['metadata'] = {'key': 'build', 'count': 8}
        self.assertEqual('BUILD', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('BUILD', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
