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


class KeypairLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_resize_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertTrue(keypair['status'] == 'ACTIVE')
        self.assertTrue(len(self.keypairs) > 0)
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa
        keypair['metadata'] = {'key': 'build', 'count': 12}
        self.api.post_keypair_action(keypair['id'], {'create': None})  # noqa
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        # The keypair must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertFalse(keypair['id'] is None)

    def test_lock_keypair_1(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.assertTrue('ERROR' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertTrue(len(self.keypairs) > 0)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        self.assertTrue(keypair['status'] == 'SHUTOFF')
        # The keypair must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEquals('SHUTOFF', keypair['status'])
        self.assertEqual(keypair.get('fault'), None)
        # The keypair must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
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

    def test_evacuate_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        keypair['metadata'] = {'key': 'active', 'count': 18}
        self.assertEqual('MIGRATING', keypair['status'])
        # The keypair must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual(keypair.get('fault'), None)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
