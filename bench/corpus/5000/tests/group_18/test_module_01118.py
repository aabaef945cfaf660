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


class KeypairRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_shelve_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertIn('metadata', keypair)
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('MIGRATING', keypair['status'])

    def test_create_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertIsNotNone(keypair['id'])

    def test_attach_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('BUILD', keypair['status'])
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertEqual('VERIFY_RESIZE', keypair['status'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
