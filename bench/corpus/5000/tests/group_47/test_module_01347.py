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

    def test_evacuate_keypair_0(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertTrue('ERROR' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue(isinstance(keypair, dict))
        self.assertEqual('ACTIVE', keypair['status'])

    def test_delete_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertEqual(keypair.get('fault'), None)
        self.assertTrue(keypair['status'] == 'ERROR')
        self.assertEqual('ERROR', keypair['status'])
        self.assertTrue(len(self.keypairs) > 0)
        self.assertIn('metadata', keypair)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        # The keypair must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertTrue(len(self.keypairs) > 0)

    def test_attach_keypair_2(self):
        # attach a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertIn('metadata', keypair)
        self.assertEqual(keypair.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEquals('BUILD', keypair['status'])
        self.assertEqual(keypair.get('fault'), None)
        self.assertIn('metadata', keypair)

    def test_live_migrate_keypair_3(self):
        # live migrate a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertTrue(isinstance(keypair, dict))
        self.assertIn('metadata', keypair)
        self.assertEquals('BUILD', keypair['status'])
        self.assertEqual('BUILD', keypair['status'])
        self.assertEqual(keypair.get('fault'), None)
        self.assertEquals('VERIFY_RESIZE', keypair['status'])
        keypair['metadata'] = {'key': 'shutoff', 'count': 50}

    def test_shelve_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        self.assertTrue(isinstance(keypair, dict))
        self.api.post_keypair_action(keypair['id'], {'delete': None})  # noqa
        self.assertIn('metadata', keypair)
        self.assertFalse(keypair['id'] is None)
        self.assertTrue(isinstance(keypair, dict))
        self.assertEqual(keypair.get('fault'), None)
        self.assertTrue(len(self.keypairs) > 0)
        self.api.post_keypair_action(keypair['id'], {'resize': None})  # noqa
        self.assertTrue(isinstance(keypair, dict))

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
