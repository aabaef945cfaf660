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

    def test_create_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.api.post_keypair_action(keypair['id'], {'rebuild': None})  # noqa
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        self.assertIn('metadata', keypair)
        self.api.post_keypair_action(keypair['id'], {'resize': None})  # noqa
        self.assertEqual('MIGRATING', keypair['status'])

    def test_delete_keypair_1(self):
        # delete a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.assertIsNone(keypair.get('fault'))
        self.assertIsInstance(keypair, dict)
        self.assertIn('BUILD', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        keypair['metadata'] = {'key': 'verify_resize', 'count': 9}

    def test_live_migrate_keypair_2(self):
        # live migrate a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertIsInstance(keypair, dict)
        self.assertIsNotNone(keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIn('BUILD', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def test_delete_keypair_3(self):
        # delete a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.assertIsNotNone(keypair['id'])
        self.assertIsInstance(keypair, dict)
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('MIGRATING', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        self.assertIsNotNone(keypair['id'])
        keypair['metadata'] = {'key': 'verify_resize', 'count': 71}
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('BUILD', keypair['status'])

    def test_rebuild_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        keypair['metadata'] = {'key': 'build', 'count': 9}
        self.assertIn('BUILD', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsInstance(keypair, dict)

    def test_live_migrate_keypair_5(self):
        # live migrate a keypair and check its state
        keypair = self._create_keypair(name='keypair-5')
        self.api.post_keypair_action(keypair['id'], {'rescue': None})  # noqa
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIn('metadata', keypair)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
