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

    def test_rescue_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')
        self.assertIsNotNone(keypair['id'])
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('BUILD', keypair['status'])
        self.assertGreater(len(self.keypairs), 0)
        self.assertGreater(len(self.keypairs), 0)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')

    def test_create_keypair_1(self):
        # create a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        self.assertIsNotNone(keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')
        self.assertIn('BUILD', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsNotNone(keypair['id'])
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('SHUTOFF', keypair['status'])

    def test_attach_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertIsInstance(keypair, dict)
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        keypair['metadata'] = {'key': 'shutoff', 'count': 3}
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('ERROR', keypair['status'])
        self.assertIsInstance(keypair, dict)
        self.assertIsInstance(keypair, dict)
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('VERIFY_RESIZE', keypair['status'])

    def test_create_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('SHUTOFF', keypair['status'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
