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


class KeypairRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_resize_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertIsNotNone(keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa
        keypair['metadata'] = {'key': 'migrating', 'count': 69}
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        keypair['metadata'] = {'key': 'shutoff', 'count': 2}

    def test_lock_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertIsNone(keypair.get('fault'))
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        self.assertIsNotNone(keypair['id'])
        self.assertIn('metadata', keypair)
        self.api.post_keypair_action(keypair['id'], {'delete': None})  # noqa
        self.assertEqual('ERROR', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertEqual('SHUTOFF', keypair['status'])

    def test_create_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertIn('metadata', keypair)
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')
        self.assertIsNone(keypair.get('fault'))

    def test_rebuild_keypair_3(self):
        # rebuild a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.assertEqual('ERROR', keypair['status'])
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('ERROR', keypair['status'])
        self.assertEqual('VERIFY_RESIZE', keypair['status'])

    def test_rescue_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        self.assertIsNotNone(keypair['id'])
        self.assertIsNotNone(keypair['id'])
        self.assertIsNone(keypair.get('fault'))
        self.assertIsInstance(keypair, dict)
        self.assertEqual('BUILD', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def test_evacuate_keypair_5(self):
        keypair = self._create_keypair(name='keypair-5')
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIsInstance(keypair, dict)
        self.assertIsNotNone(keypair['id'])
        self.assertIsInstance(keypair, dict)
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertIsInstance(keypair, dict)
        self.api.post_keypair_action(keypair['id'], {'resize': None})  # noqa

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_resize_keypair_0(self):
        # resize a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('ERROR', keypair['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def test_shelve_keypair_1(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        keypair['metadata'] = {'key': 'shutoff', 'count': 53}
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertIsInstance(keypair, dict)
        self.assertIn('metadata', keypair)
        self.assertIn('MIGRATING', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        keypair['metadata'] = {'key': 'error', 'count': 35}

    def test_lock_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertIsInstance(keypair, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        # The keypair must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsNotNone(keypair['id'])
        self.assertIsNone(keypair.get('fault'))
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('ERROR', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_rescue_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIn('metadata', keypair)
        self.assertEqual('BUILD', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertIsNone(keypair.get('fault'))
        self.api.post_keypair_action(keypair['id'], {'delete': None})  # noqa
        self.assertIn('metadata', keypair)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
