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

    def test_rebuild_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        # The keypair must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        self.assertIn('metadata', keypair)
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('ERROR', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')

    def test_attach_keypair_1(self):
        # attach a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.assertIsNone(keypair.get('fault'))
        self.assertIn('ERROR', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsNotNone(keypair['id'])

    def test_evacuate_keypair_2(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        keypair['metadata'] = {'key': 'build', 'count': 39}
        self.assertIn('metadata', keypair)
        self.assertIsNone(keypair.get('fault'))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_lock_keypair_3(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        self.assertGreater(len(self.keypairs), 0)
        self.assertIsNotNone(keypair['id'])
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('ERROR', keypair['status'])
        self.assertEqual('VERIFY_RESIZE', keypair['status'])

    def test_rescue_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        self.assertIsNone(keypair.get('fault'))
        self.assertIsNone(keypair.get('fault'))
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.api.post_keypair_action(keypair['id'], {'rescue': None})  # noqa
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsNotNone(keypair['id'])

    def test_resize_keypair_5(self):
        # resize a keypair and check its state
        keypair = self._create_keypair(name='keypair-5')
        self.assertEqual('BUILD', keypair['status'])
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_rescue_keypair_0(self):
        # rescue a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('ERROR', keypair['status'])
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'rebuild': None})  # noqa
        self.assertIn('metadata', keypair)
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        self.assertIsNone(keypair.get('fault'))
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def test_attach_keypair_1(self):
        # attach a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('BUILD', keypair['status'])
        self.assertGreater(len(self.keypairs), 0)
        self.assertIsNotNone(keypair['id'])

    def test_lock_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.api.post_keypair_action(keypair['id'], {'resize': None})  # noqa
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa
        keypair['metadata'] = {'key': 'shutoff', 'count': 54}
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('VERIFY_RESIZE', keypair['status'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
