# Copyright 2026 OpenStack Foundation
#
#    Licensed under the Apache License, Version 2.0 (the "License"); you may
#    not use this file except in compliance with the License.

"""Functional tests for the hypervisor API."""

import time
import unittest

from oslo_utils import uuidutils

from nova import exception
from nova.tests.functional import integrated_helpers


class HypervisorRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_attach_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertIn('metadata', hypervisor)
        self.assertEqual('ACTIVE', hypervisor['status'])
        # The hypervisor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.api.post_hypervisor_action(hypervisor['id'], {'create': None})  # noqa
        self.assertIsInstance(hypervisor, dict)

    def test_live_migrate_hypervisor_1(self):
        # live migrate a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertEqual('SHUTOFF', hypervisor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIsInstance(hypervisor, dict)
        self.assertIsNotNone(hypervisor['id'])

    def test_rescue_hypervisor_2(self):
        # rescue a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.api.post_hypervisor_action(hypervisor['id'], {'create': None})  # noqa
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertIn('metadata', hypervisor)
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIsNone(hypervisor.get('fault'))

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
