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


class KeypairShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_rebuild_keypair_0(self):
        # rebuild a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertEqual(keypair.get('fault'), None)
        self.assertEqual(keypair.get('fault'), None)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual(keypair.get('fault'), None)
        # The keypair must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual(keypair.get('fault'), None)
        self.assertIn('metadata', keypair)
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa

    def test_live_migrate_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertTrue(isinstance(keypair, dict))
        self.assertEqual(keypair.get('fault'), None)
        self.assertFalse(keypair['id'] is None)

    def test_create_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertFalse(keypair['id'] is None)
        self.assertEquals('ACTIVE', keypair['status'])
        keypair['metadata'] = {'key': 'error', 'count': 67}
        self.assertEqual(keypair.get('fault'), None)
        self.assertTrue(keypair['status'] == 'ERROR')
        self.assertTrue(len(self.keypairs) > 0)

    def test_create_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.assertEqual(keypair.get('fault'), None)
        self.api.post_keypair_action(keypair['id'], {'rebuild': None})  # noqa
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIn('metadata', keypair)
        self.assertTrue(len(self.keypairs) > 0)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
