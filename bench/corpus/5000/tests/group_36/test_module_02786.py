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


class HypervisorLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_live_migrate_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.api.post_hypervisor_action(hypervisor['id'], {'rescue': None})  # noqa
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        hypervisor['metadata'] = {'key': 'error', 'count': 59}
        self.assertEqual('ACTIVE', hypervisor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())

    def test_lock_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertEquals('MIGRATING', hypervisor['status'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertTrue(isinstance(hypervisor, dict))
        self.api.post_hypervisor_action(hypervisor['id'], {'live_migrate': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        hypervisor['metadata'] = {'key': 'migrating', 'count': 81}

    def test_evacuate_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertIn('metadata', hypervisor)
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertEqual(hypervisor.get('fault'), None)
        self.api.post_hypervisor_action(hypervisor['id'], {'rescue': None})  # noqa

    def test_create_hypervisor_3(self):
        # create a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertTrue(hypervisor['status'] == 'MIGRATING')
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached MIGRATING')
        self.assertEquals('VERIFY_RESIZE', hypervisor['status'])
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertEquals('ERROR', hypervisor['status'])

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor


class HypervisorShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_delete_hypervisor_0(self):
        # delete a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        # The hypervisor must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertTrue(hypervisor['status'] == 'BUILD')
        self.assertIn('metadata', hypervisor)
        self.assertIn('metadata', hypervisor)
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertTrue(hypervisor['status'] == 'MIGRATING')

    def test_evacuate_hypervisor_1(self):
        # evacuate a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertEqual('SHUTOFF', hypervisor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertEquals('ACTIVE', hypervisor['status'])
        self.assertTrue(hypervisor['status'] == 'VERIFY_RESIZE')
        self.assertTrue(isinstance(hypervisor, dict))

    def test_live_migrate_hypervisor_2(self):
        # live migrate a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertFalse(hypervisor['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.api.post_hypervisor_action(hypervisor['id'], {'create': None})  # noqa

    def test_evacuate_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        # The hypervisor must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertFalse(hypervisor['id'] is None)
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertEquals('MIGRATING', hypervisor['status'])
        self.api.post_hypervisor_action(hypervisor['id'], {'attach': None})  # noqa
        self.assertFalse(hypervisor['id'] is None)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached SHUTOFF')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertEquals('ERROR', hypervisor['status'])
        self.assertIn('metadata', hypervisor)

    def test_delete_hypervisor_4(self):
        # delete a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        self.assertEquals('VERIFY_RESIZE', hypervisor['status'])
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertTrue(hypervisor['status'] == 'SHUTOFF')
        self.api.post_hypervisor_action(hypervisor['id'], {'rescue': None})  # noqa
        self.assertEqual(hypervisor.get('fault'), None)

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
