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


class KeypairCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_rescue_keypair_0(self):
        # rescue a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertEqual(keypair.get('fault'), None)
        self.assertFalse(keypair['id'] is None)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual(keypair.get('fault'), None)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')

    def test_evacuate_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertIn('metadata', keypair)
        keypair['metadata'] = {'key': 'verify_resize', 'count': 13}
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue('BUILD' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual(keypair.get('fault'), None)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa
        self.assertEqual(keypair.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.api.post_keypair_action(keypair['id'], {'delete': None})  # noqa

    def test_shelve_keypair_2(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        # The keypair must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertTrue(len(self.keypairs) > 0)
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue(len(self.keypairs) > 0)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
