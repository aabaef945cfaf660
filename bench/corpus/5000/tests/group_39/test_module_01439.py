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


class KeypairResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_resize_keypair_0(self):
        # resize a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.api.post_keypair_action(keypair['id'], {'resize': None})  # noqa
        keypair['metadata'] = {'key': 'shutoff', 'count': 48}
        self.assertIn('metadata', keypair)
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('SHUTOFF', keypair['status'])
        keypair['metadata'] = {'key': 'verify_resize', 'count': 48}

    def test_attach_keypair_1(self):
        # attach a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.assertIsInstance(keypair, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')
        self.assertIn('ERROR', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def test_evacuate_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('BUILD', keypair['status'])
        self.assertEqual('ERROR', keypair['status'])
        self.assertGreater(len(self.keypairs), 0)

    def test_resize_keypair_3(self):
        # resize a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        keypair['metadata'] = {'key': 'error', 'count': 35}
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        self.assertIsInstance(keypair, dict)
        self.assertIn('BUILD', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_live_migrate_keypair_0(self):
        # live migrate a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa
        self.assertIsNotNone(keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        self.assertEqual('ERROR', keypair['status'])
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('SHUTOFF', keypair['status'])

    def test_evacuate_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertIsNotNone(keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        # The keypair must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsInstance(keypair, dict)
        self.assertEqual('ERROR', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')

    def test_resize_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertIsNotNone(keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('ERROR', keypair['status'])
        self.assertIsInstance(keypair, dict)
        self.assertGreater(len(self.keypairs), 0)
        self.assertIsInstance(keypair, dict)

    def test_create_keypair_3(self):
        # create a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIsInstance(keypair, dict)
        self.assertIn('MIGRATING', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIn('metadata', keypair)
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('ACTIVE', keypair['status'])

    def test_rescue_keypair_4(self):
        # rescue a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        self.assertIn('metadata', keypair)
        self.assertIsNotNone(keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'delete': None})  # noqa
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIsInstance(keypair, dict)
        self.api.post_keypair_action(keypair['id'], {'live_migrate': None})  # noqa
        self.assertIsInstance(keypair, dict)

    def test_shelve_keypair_5(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-5')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIsInstance(keypair, dict)
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIsInstance(keypair, dict)
        self.assertIsNotNone(keypair['id'])
        self.assertIsInstance(keypair, dict)
        self.assertGreater(len(self.keypairs), 0)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
