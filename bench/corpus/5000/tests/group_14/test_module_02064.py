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

    def test_create_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertEqual('ERROR', keypair['status'])
        keypair['metadata'] = {'key': 'active', 'count': 58}
        keypair['metadata'] = {'key': 'migrating', 'count': 99}
        self.assertIsNotNone(keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'create': None})  # noqa

    def test_resize_keypair_1(self):
        # resize a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.assertIn('metadata', keypair)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertEqual('ERROR', keypair['status'])

    def test_shelve_keypair_2(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertIsNotNone(keypair['id'])
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertEqual('BUILD', keypair['status'])

    def test_live_migrate_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsInstance(keypair, dict)
        keypair['metadata'] = {'key': 'verify_resize', 'count': 55}
        self.assertEqual('BUILD', keypair['status'])
        self.assertEqual('ERROR', keypair['status'])
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertEqual('MIGRATING', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'resize': None})  # noqa

    def test_rebuild_keypair_4(self):
        # rebuild a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        self.assertEqual('ERROR', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        keypair['metadata'] = {'key': 'verify_resize', 'count': 92}
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        # The keypair must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def test_create_keypair_5(self):
        # create a keypair and check its state
        keypair = self._create_keypair(name='keypair-5')
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIn('metadata', keypair)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')
        self.assertEqual('BUILD', keypair['status'])
        keypair['metadata'] = {'key': 'build', 'count': 64}
        self.assertGreater(len(self.keypairs), 0)
        keypair['metadata'] = {'key': 'shutoff', 'count': 3}
        self.assertEqual('BUILD', keypair['status'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_live_migrate_keypair_0(self):
        # live migrate a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIsInstance(keypair, dict)
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertIn('metadata', keypair)

    def test_delete_keypair_1(self):
        # delete a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.api.post_keypair_action(keypair['id'], {'live_migrate': None})  # noqa
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('ERROR', keypair['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('VERIFY_RESIZE', keypair['status'])

    def test_attach_keypair_2(self):
        # attach a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.api.post_keypair_action(keypair['id'], {'create': None})  # noqa
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('BUILD', keypair['status'])

    def test_evacuate_keypair_3(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        keypair['metadata'] = {'key': 'error', 'count': 0}
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertIsInstance(keypair, dict)
        self.assertIn('metadata', keypair)
        self.assertIn('metadata', keypair)
        self.assertIsInstance(keypair, dict)

    def test_resize_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        self.api.post_keypair_action(keypair['id'], {'resize': None})  # noqa
        self.api.post_keypair_action(keypair['id'], {'create': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.api.post_keypair_action(keypair['id'], {'create': None})  # noqa

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
