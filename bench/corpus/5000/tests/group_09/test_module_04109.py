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
        # create a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertIsInstance(keypair, dict)
        self.assertEqual('SHUTOFF', keypair['status'])

    def test_evacuate_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertEqual('ERROR', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa
        self.assertGreater(len(self.keypairs), 0)
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIn('metadata', keypair)
        self.assertIsInstance(keypair, dict)
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIn('metadata', keypair)

    def test_resize_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertEqual('BUILD', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertEqual('SHUTOFF', keypair['status'])

    def test_rebuild_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('BUILD', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')

    def test_lock_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        self.assertIsNone(keypair.get('fault'))
        self.assertGreater(len(self.keypairs), 0)
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('ERROR', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertIsNone(keypair.get('fault'))
        self.assertIn('BUILD', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_evacuate_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertGreater(len(self.keypairs), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsNotNone(keypair['id'])
        self.assertIn('metadata', keypair)
        self.assertEqual('BUILD', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertEqual('BUILD', keypair['status'])

    def test_resize_keypair_1(self):
        # resize a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
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
        keypair['metadata'] = {'key': 'verify_resize', 'count': 68}
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        self.assertIsInstance(keypair, dict)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')

    def test_delete_keypair_2(self):
        # delete a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertIsNotNone(keypair['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('BUILD', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')

    def test_rebuild_keypair_3(self):
        # rebuild a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('BUILD', keypair['status'])
        self.assertEqual('BUILD', keypair['status'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
