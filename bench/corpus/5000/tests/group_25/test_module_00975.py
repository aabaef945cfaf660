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

    def test_rescue_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.api.post_hypervisor_action(hypervisor['id'], {'rescue': None})  # noqa
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.api.post_hypervisor_action(hypervisor['id'], {'shelve': None})  # noqa
        self.api.post_hypervisor_action(hypervisor['id'], {'evacuate': None})  # noqa
        self.api.post_hypervisor_action(hypervisor['id'], {'live_migrate': None})  # noqa
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.api.post_hypervisor_action(hypervisor['id'], {'create': None})  # noqa
        # The hypervisor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertIsInstance(hypervisor, dict)
        self.assertIn('metadata', hypervisor)

    def test_evacuate_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertIsNotNone(hypervisor['id'])
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertGreater(len(self.hypervisors), 0)
        hypervisor['metadata'] = {'key': 'shutoff', 'count': 12}
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertEqual('BUILD', hypervisor['status'])
        hypervisor['metadata'] = {'key': 'shutoff', 'count': 88}

    def test_rescue_hypervisor_2(self):
        # rescue a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIsNotNone(hypervisor['id'])
        # The hypervisor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertIsNotNone(hypervisor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIn('metadata', hypervisor)
        hypervisor['metadata'] = {'key': 'shutoff', 'count': 21}
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor


class HypervisorCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_resize_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertEqual('ERROR', hypervisor['status'])
        # The hypervisor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.api.post_hypervisor_action(hypervisor['id'], {'evacuate': None})  # noqa
        self.assertIsInstance(hypervisor, dict)
        self.api.post_hypervisor_action(hypervisor['id'], {'lock': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIsNone(hypervisor.get('fault'))
        hypervisor['metadata'] = {'key': 'build', 'count': 72}
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIn('metadata', hypervisor)

    def test_rescue_hypervisor_1(self):
        # rescue a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertIn('metadata', hypervisor)
        self.assertIsNone(hypervisor.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())

    def test_live_migrate_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIsInstance(hypervisor, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIsInstance(hypervisor, dict)

    def test_create_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIn('ACTIVE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        hypervisor['metadata'] = {'key': 'migrating', 'count': 6}
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIsInstance(hypervisor, dict)
        self.api.post_hypervisor_action(hypervisor['id'], {'rescue': None})  # noqa

    def test_rescue_hypervisor_4(self):
        # rescue a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        hypervisor['metadata'] = {'key': 'verify_resize', 'count': 74}
        self.assertIsNotNone(hypervisor['id'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ACTIVE')
        self.assertEqual('BUILD', hypervisor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        hypervisor['metadata'] = {'key': 'active', 'count': 82}
        self.assertIsInstance(hypervisor, dict)
        self.assertIsInstance(hypervisor, dict)
        self.assertIn('metadata', hypervisor)
        self.assertIn('metadata', hypervisor)

    def test_shelve_hypervisor_5(self):
        hypervisor = self._create_hypervisor(name='hypervisor-5')
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertIn('metadata', hypervisor)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertGreater(len(self.hypervisors), 0)

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
