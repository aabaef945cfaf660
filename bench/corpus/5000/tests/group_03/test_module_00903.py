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


class HypervisorLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_rescue_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIsNone(hypervisor.get('fault'))
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertIsInstance(hypervisor, dict)
        self.assertEqual('BUILD', hypervisor['status'])
        # The hypervisor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.api.post_hypervisor_action(hypervisor['id'], {'lock': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())

    def test_evacuate_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertIsNotNone(hypervisor['id'])
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertGreater(len(self.hypervisors), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertIn('metadata', hypervisor)
        self.assertGreater(len(self.hypervisors), 0)

    def test_lock_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertIn('ERROR', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])

    def test_evacuate_hypervisor_3(self):
        # evacuate a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertIsNotNone(hypervisor['id'])
        self.assertGreater(len(self.hypervisors), 0)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached VERIFY_RESIZE')

    def test_rescue_hypervisor_4(self):
        # rescue a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        # The hypervisor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.api.post_hypervisor_action(hypervisor['id'], {'evacuate': None})  # noqa
        self.assertGreater(len(self.hypervisors), 0)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ACTIVE')
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertIn('ERROR', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ACTIVE')
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])

    def test_rescue_hypervisor_5(self):
        # rescue a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-5')
        self.assertIsInstance(hypervisor, dict)
        self.assertIsNotNone(hypervisor['id'])
        # The hypervisor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertIn('metadata', hypervisor)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIn('metadata', hypervisor)

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
