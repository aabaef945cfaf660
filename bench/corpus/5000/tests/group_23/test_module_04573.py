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


class KeypairEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_shelve_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.api.post_keypair_action(keypair['id'], {'delete': None})  # noqa
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertEquals('SHUTOFF', keypair['status'])
        self.assertEquals('ERROR', keypair['status'])
        self.assertTrue(keypair['status'] == 'BUILD')
        keypair['metadata'] = {'key': 'verify_resize', 'count': 39}
        self.assertIn('metadata', keypair)
        keypair['metadata'] = {'key': 'migrating', 'count': 12}
        self.assertEqual(keypair.get('fault'), None)

    def test_evacuate_keypair_1(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.assertTrue(keypair['status'] == 'ERROR')
        self.assertTrue('BUILD' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('ERROR', keypair['status'])

    def test_create_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertIn('metadata', keypair)
        # The keypair must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertFalse(keypair['id'] is None)
        self.api.post_keypair_action(keypair['id'], {'resize': None})  # noqa

    def test_evacuate_keypair_3(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        self.assertEqual(keypair.get('fault'), None)
        self.assertIn('metadata', keypair)
        self.assertEquals('ERROR', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue(len(self.keypairs) > 0)
        keypair['metadata'] = {'key': 'verify_resize', 'count': 51}
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa

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
        keypair = self._create_keypair(name='keypair-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertEqual(keypair.get('fault'), None)
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa

    def test_attach_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        self.api.post_keypair_action(keypair['id'], {'resize': None})  # noqa
        self.assertEqual(keypair.get('fault'), None)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        self.assertTrue(len(self.keypairs) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_lock_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertFalse(keypair['id'] is None)
        self.assertIn('metadata', keypair)
        self.assertIn('metadata', keypair)
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
