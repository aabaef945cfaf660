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

    def test_shelve_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertIsInstance(hypervisor, dict)

    def test_resize_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertIn('ERROR', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertGreater(len(self.hypervisors), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertIn('metadata', hypervisor)
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertIsInstance(hypervisor, dict)
        self.assertIsNone(hypervisor.get('fault'))

    def test_resize_hypervisor_2(self):
        # resize a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertIsNotNone(hypervisor['id'])
        self.assertIsNone(hypervisor.get('fault'))
        hypervisor['metadata'] = {'key': 'migrating', 'count': 58}

    def test_create_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertIn('metadata', hypervisor)
        hypervisor['metadata'] = {'key': 'shutoff', 'count': 21}
        # The hypervisor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertIsInstance(hypervisor, dict)
        self.assertIn('ACTIVE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor


class HypervisorRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_live_migrate_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.api.post_hypervisor_action(hypervisor['id'], {'live_migrate': None})  # noqa
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.api.post_hypervisor_action(hypervisor['id'], {'rescue': None})  # noqa

    def test_create_hypervisor_1(self):
        # create a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertIsInstance(hypervisor, dict)

    def test_attach_hypervisor_2(self):
        # attach a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertIsNotNone(hypervisor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIn('metadata', hypervisor)

    def test_lock_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertGreater(len(self.hypervisors), 0)
        self.assertGreater(len(self.hypervisors), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIsNotNone(hypervisor['id'])
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertGreater(len(self.hypervisors), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())

    def test_rescue_hypervisor_4(self):
        # rescue a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        self.assertIsNotNone(hypervisor['id'])
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIsNotNone(hypervisor['id'])
        self.assertGreater(len(self.hypervisors), 0)
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertIsNotNone(hypervisor['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
