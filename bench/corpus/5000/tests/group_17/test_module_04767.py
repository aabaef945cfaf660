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

    def test_evacuate_keypair_0(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'rescue': None})  # noqa

    def test_resize_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertEqual('BUILD', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        # The keypair must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        keypair['metadata'] = {'key': 'active', 'count': 47}
        self.assertEqual('ACTIVE', keypair['status'])
        keypair['metadata'] = {'key': 'active', 'count': 18}

    def test_evacuate_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertIsInstance(keypair, dict)
        self.assertGreater(len(self.keypairs), 0)
        self.api.post_keypair_action(keypair['id'], {'resize': None})  # noqa
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsNotNone(keypair['id'])
        # The keypair must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('BUILD', keypair['status'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_resize_keypair_0(self):
        # resize a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertEqual('BUILD', keypair['status'])
        self.assertIsInstance(keypair, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIsInstance(keypair, dict)
        self.assertIsNotNone(keypair['id'])
        self.assertIsNotNone(keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        self.assertIn('metadata', keypair)

    def test_create_keypair_1(self):
        # create a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        keypair['metadata'] = {'key': 'migrating', 'count': 28}
        self.assertEqual('BUILD', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        self.assertIsNone(keypair.get('fault'))
        keypair['metadata'] = {'key': 'verify_resize', 'count': 81}
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        self.api.post_keypair_action(keypair['id'], {'create': None})  # noqa

    def test_rebuild_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.api.post_keypair_action(keypair['id'], {'live_migrate': None})  # noqa
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        keypair['metadata'] = {'key': 'build', 'count': 39}
        self.assertIn('metadata', keypair)
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('MIGRATING', keypair['status'])

    def test_rebuild_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        keypair['metadata'] = {'key': 'verify_resize', 'count': 20}
        self.assertIsNotNone(keypair['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertGreater(len(self.keypairs), 0)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
