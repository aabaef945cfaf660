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
        # resize a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertEqual('ACTIVE', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        self.assertIsInstance(keypair, dict)
        self.assertIsNone(keypair.get('fault'))
        keypair['metadata'] = {'key': 'verify_resize', 'count': 2}
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_rebuild_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('ERROR', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIn('metadata', keypair)

    def test_resize_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIsNotNone(keypair['id'])
        # The keypair must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('MIGRATING', keypair['status'])
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_delete_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIn('BUILD', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'create': None})  # noqa
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        self.assertIsNone(keypair.get('fault'))
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        self.assertEqual('ERROR', keypair['status'])

    def test_evacuate_keypair_1(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('SHUTOFF', keypair['status'])

    def test_evacuate_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIn('metadata', keypair)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_evacuate_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        keypair['metadata'] = {'key': 'build', 'count': 54}
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertEqual('SHUTOFF', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')
        self.assertIsNone(keypair.get('fault'))
        self.assertIn('metadata', keypair)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', keypair['status'])
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsNone(keypair.get('fault'))

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
