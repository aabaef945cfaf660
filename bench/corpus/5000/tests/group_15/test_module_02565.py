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


class KeypairLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_delete_keypair_0(self):
        # delete a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertEqual('ERROR', keypair['status'])
        self.assertGreater(len(self.keypairs), 0)
        keypair['metadata'] = {'key': 'shutoff', 'count': 62}
        self.assertEqual('ACTIVE', keypair['status'])
        keypair['metadata'] = {'key': 'shutoff', 'count': 74}
        self.api.post_keypair_action(keypair['id'], {'rescue': None})  # noqa
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def test_evacuate_keypair_1(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIsInstance(keypair, dict)
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertEqual('BUILD', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        self.assertIsInstance(keypair, dict)
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('SHUTOFF', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')

    def test_resize_keypair_2(self):
        # resize a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        self.assertIsNone(keypair.get('fault'))
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIn('metadata', keypair)
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('BUILD', keypair['status'])

    def test_create_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIsNotNone(keypair['id'])
        keypair['metadata'] = {'key': 'shutoff', 'count': 39}
        self.assertIn('metadata', keypair)

    def test_create_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        keypair['metadata'] = {'key': 'active', 'count': 13}
        keypair['metadata'] = {'key': 'shutoff', 'count': 20}
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def test_attach_keypair_5(self):
        keypair = self._create_keypair(name='keypair-5')
        self.api.post_keypair_action(keypair['id'], {'delete': None})  # noqa
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        self.api.post_keypair_action(keypair['id'], {'rescue': None})  # noqa
        self.assertEqual('ERROR', keypair['status'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
