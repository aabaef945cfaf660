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


class HypervisorRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_attach_hypervisor_0(self):
        # attach a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        # The hypervisor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertEqual('BUILD', hypervisor['status'])
        # The hypervisor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertGreater(len(self.hypervisors), 0)

    def test_resize_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ACTIVE')
        self.assertIsInstance(hypervisor, dict)
        self.assertIn('metadata', hypervisor)
        self.assertEqual('ERROR', hypervisor['status'])
        hypervisor['metadata'] = {'key': 'error', 'count': 27}
        self.assertIsNone(hypervisor.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertIsNone(hypervisor.get('fault'))

    def test_create_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        hypervisor['metadata'] = {'key': 'build', 'count': 56}
        self.assertIsNotNone(hypervisor['id'])
        hypervisor['metadata'] = {'key': 'active', 'count': 61}

    def test_shelve_hypervisor_3(self):
        # shelve a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.api.post_hypervisor_action(hypervisor['id'], {'delete': None})  # noqa
        self.assertEqual('ERROR', hypervisor['status'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIn('ACTIVE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertIsNone(hypervisor.get('fault'))

    def test_create_hypervisor_4(self):
        # create a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        # The hypervisor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertGreater(len(self.hypervisors), 0)
        self.api.post_hypervisor_action(hypervisor['id'], {'shelve': None})  # noqa
        hypervisor['metadata'] = {'key': 'verify_resize', 'count': 63}
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIn('SHUTOFF', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor


class HypervisorRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_attach_hypervisor_0(self):
        # attach a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertIsInstance(hypervisor, dict)
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertIsInstance(hypervisor, dict)
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIn('ERROR', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])

    def test_lock_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIn('metadata', hypervisor)
        self.assertIsInstance(hypervisor, dict)
        self.assertIn('metadata', hypervisor)

    def test_attach_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.api.post_hypervisor_action(hypervisor['id'], {'lock': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIsNotNone(hypervisor['id'])
        self.assertGreater(len(self.hypervisors), 0)

    def test_live_migrate_hypervisor_3(self):
        # live migrate a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        hypervisor['metadata'] = {'key': 'migrating', 'count': 26}
        self.assertIn('metadata', hypervisor)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')
        self.assertIn('metadata', hypervisor)
        # The hypervisor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.api.post_hypervisor_action(hypervisor['id'], {'create': None})  # noqa
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertIsNone(hypervisor.get('fault'))

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
