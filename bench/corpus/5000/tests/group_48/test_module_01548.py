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
        keypair = self._create_keypair(name='keypair-0')
        self.assertIn('metadata', keypair)
        self.assertEqual('ERROR', keypair['status'])
        self.assertEqual('ERROR', keypair['status'])
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('SHUTOFF', keypair['status'])

    def test_shelve_keypair_1(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.api.post_keypair_action(keypair['id'], {'delete': None})  # noqa
        self.assertIsNone(keypair.get('fault'))
        self.assertGreater(len(self.keypairs), 0)
        keypair['metadata'] = {'key': 'shutoff', 'count': 96}
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsNone(keypair.get('fault'))
        self.assertIsInstance(keypair, dict)
        keypair['metadata'] = {'key': 'verify_resize', 'count': 76}
        keypair['metadata'] = {'key': 'active', 'count': 95}
        self.api.post_keypair_action(keypair['id'], {'delete': None})  # noqa

    def test_rebuild_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertEqual('BUILD', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        keypair['metadata'] = {'key': 'shutoff', 'count': 27}
        self.assertIsNone(keypair.get('fault'))
        self.assertGreater(len(self.keypairs), 0)
        self.assertGreater(len(self.keypairs), 0)

    def test_create_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('BUILD', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        self.assertIn('MIGRATING', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsInstance(keypair, dict)
        keypair['metadata'] = {'key': 'error', 'count': 76}

    def test_live_migrate_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        self.assertIn('metadata', keypair)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_rescue_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('ACTIVE', keypair['status'])
        # The keypair must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIn('BUILD', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'resize': None})  # noqa
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertEqual('MIGRATING', keypair['status'])

    def test_rescue_keypair_1(self):
        # rescue a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.api.post_keypair_action(keypair['id'], {'delete': None})  # noqa
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        self.assertEqual('BUILD', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'resize': None})  # noqa
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'resize': None})  # noqa
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertIsNotNone(keypair['id'])

    def test_rescue_keypair_2(self):
        # rescue a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertGreater(len(self.keypairs), 0)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsNotNone(keypair['id'])
        self.assertIsNotNone(keypair['id'])
        self.assertIsNone(keypair.get('fault'))
        self.assertIn('metadata', keypair)
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        keypair['metadata'] = {'key': 'migrating', 'count': 46}

    def test_attach_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.assertEqual('ERROR', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        self.assertGreater(len(self.keypairs), 0)
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.api.post_keypair_action(keypair['id'], {'resize': None})  # noqa
        self.assertEqual('ERROR', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('BUILD', keypair['status'])

    def test_rescue_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        keypair['metadata'] = {'key': 'migrating', 'count': 33}

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
