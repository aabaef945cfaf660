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


class HypervisorDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_live_migrate_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIn('metadata', hypervisor)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertIn('BUILD', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])

    def test_lock_hypervisor_1(self):
        # lock a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertIsInstance(hypervisor, dict)
        # The hypervisor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertIn('metadata', hypervisor)

    def test_create_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertIsInstance(hypervisor, dict)
        self.assertIsInstance(hypervisor, dict)
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertIn('metadata', hypervisor)

    def test_rescue_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIsInstance(hypervisor, dict)
        self.assertGreater(len(self.hypervisors), 0)
        # The hypervisor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))

    def test_attach_hypervisor_4(self):
        # attach a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        self.assertIsNotNone(hypervisor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIsInstance(hypervisor, dict)
        self.assertEqual('ERROR', hypervisor['status'])

    def test_rescue_hypervisor_5(self):
        # rescue a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-5')
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertIsNone(hypervisor.get('fault'))
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertIn('metadata', hypervisor)
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertIn('metadata', hypervisor)

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
