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

    def test_resize_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertEquals('BUILD', keypair['status'])
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue('ERROR' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        # The keypair must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertFalse(keypair['id'] is None)
        self.assertTrue(keypair['status'] == 'ACTIVE')
        keypair['metadata'] = {'key': 'error', 'count': 51}
        keypair['metadata'] = {'key': 'migrating', 'count': 40}

    def test_attach_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        # The keypair must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual(keypair.get('fault'), None)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        self.assertEqual('ERROR', keypair['status'])
        self.assertTrue(len(self.keypairs) > 0)
        self.assertFalse(keypair['id'] is None)

    def test_create_keypair_2(self):
        # create a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertEqual(keypair.get('fault'), None)
        self.assertTrue(len(self.keypairs) > 0)
        self.assertEquals('SHUTOFF', keypair['status'])
        self.assertIn('metadata', keypair)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')
        self.assertIn('metadata', keypair)
        self.assertFalse(keypair['id'] is None)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def test_delete_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.assertTrue(isinstance(keypair, dict))
        # The keypair must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        # The keypair must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertTrue(isinstance(keypair, dict))
        self.assertEqual(keypair.get('fault'), None)
        self.assertEquals('BUILD', keypair['status'])
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertTrue(isinstance(keypair, dict))
        self.assertEqual('MIGRATING', keypair['status'])

    def test_delete_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        self.assertEqual('BUILD', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIn('metadata', keypair)
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue(keypair['status'] == 'VERIFY_RESIZE')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIn('metadata', keypair)
        self.assertEqual(keypair.get('fault'), None)
        self.assertEquals('SHUTOFF', keypair['status'])
        self.assertTrue(isinstance(keypair, dict))

    def test_lock_keypair_5(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-5')
        self.assertEquals('BUILD', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIn('metadata', keypair)
        # The keypair must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertFalse(keypair['id'] is None)
        self.assertEqual(keypair.get('fault'), None)
        self.assertEqual(keypair.get('fault'), None)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
