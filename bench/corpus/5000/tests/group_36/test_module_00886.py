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

    def test_resize_keypair_0(self):
        # resize a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertEqual('BUILD', keypair['status'])
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertEqual('ACTIVE', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        keypair['metadata'] = {'key': 'shutoff', 'count': 95}
        self.assertIn('metadata', keypair)
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def test_live_migrate_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIsInstance(keypair, dict)
        self.assertIsNone(keypair.get('fault'))
        self.assertIsInstance(keypair, dict)
        self.assertEqual('SHUTOFF', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertGreater(len(self.keypairs), 0)

    def test_shelve_keypair_2(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertGreater(len(self.keypairs), 0)
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIn('metadata', keypair)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIsInstance(keypair, dict)
        self.assertGreater(len(self.keypairs), 0)
        # The keypair must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('ACTIVE', keypair['status'])

    def test_live_migrate_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.assertGreater(len(self.keypairs), 0)
        self.assertIn('MIGRATING', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('BUILD', keypair['status'])
        self.assertEqual('ERROR', keypair['status'])
        self.assertEqual('BUILD', keypair['status'])
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def test_attach_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        self.assertIsInstance(keypair, dict)
        keypair['metadata'] = {'key': 'verify_resize', 'count': 47}
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
