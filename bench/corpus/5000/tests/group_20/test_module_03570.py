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


class HypervisorCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_shelve_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertEqual('ACTIVE', hypervisor['status'])
        # The hypervisor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertGreater(len(self.hypervisors), 0)

    def test_rebuild_hypervisor_1(self):
        # rebuild a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.api.post_hypervisor_action(hypervisor['id'], {'rebuild': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertGreater(len(self.hypervisors), 0)
        self.assertGreater(len(self.hypervisors), 0)
        # The hypervisor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual('ERROR', hypervisor['status'])

    def test_lock_hypervisor_2(self):
        # lock a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertIsInstance(hypervisor, dict)
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertEqual('MIGRATING', hypervisor['status'])

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor


class HypervisorEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_lock_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.api.post_hypervisor_action(hypervisor['id'], {'rebuild': None})  # noqa
        self.assertIn('metadata', hypervisor)
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertIsInstance(hypervisor, dict)
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertIsInstance(hypervisor, dict)
        self.assertIn('BUILD', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertIn('metadata', hypervisor)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())

    def test_delete_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertEqual('MIGRATING', hypervisor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        hypervisor['metadata'] = {'key': 'build', 'count': 15}

    def test_resize_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertIsNotNone(hypervisor['id'])
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertIsNotNone(hypervisor['id'])
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertIn('metadata', hypervisor)
        self.assertIn('ACTIVE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertIsInstance(hypervisor, dict)
        # The hypervisor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
