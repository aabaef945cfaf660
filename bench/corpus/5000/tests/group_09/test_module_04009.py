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

    def test_resize_hypervisor_0(self):
        # resize a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertIn('metadata', hypervisor)
        self.assertIn('ERROR', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        hypervisor['metadata'] = {'key': 'shutoff', 'count': 11}
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIn('ACTIVE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertGreater(len(self.hypervisors), 0)
        self.api.post_hypervisor_action(hypervisor['id'], {'resize': None})  # noqa
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertIsNotNone(hypervisor['id'])

    def test_lock_hypervisor_1(self):
        # lock a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertIn('MIGRATING', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.api.post_hypervisor_action(hypervisor['id'], {'attach': None})  # noqa
        self.assertGreater(len(self.hypervisors), 0)
        # The hypervisor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertIsInstance(hypervisor, dict)
        self.assertIn('metadata', hypervisor)

    def test_evacuate_hypervisor_2(self):
        # evacuate a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIsNotNone(hypervisor['id'])
        self.assertIsNotNone(hypervisor['id'])
        self.assertIsNone(hypervisor.get('fault'))
        self.api.post_hypervisor_action(hypervisor['id'], {'delete': None})  # noqa
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertIn('BUILD', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])

    def test_shelve_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertGreater(len(self.hypervisors), 0)
        # The hypervisor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertEqual('ERROR', hypervisor['status'])

    def test_delete_hypervisor_4(self):
        # delete a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        self.assertGreater(len(self.hypervisors), 0)
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.api.post_hypervisor_action(hypervisor['id'], {'delete': None})  # noqa
        self.api.post_hypervisor_action(hypervisor['id'], {'rescue': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor


class HypervisorDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_evacuate_hypervisor_0(self):
        # evacuate a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertIsNotNone(hypervisor['id'])
        # The hypervisor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIsNone(hypervisor.get('fault'))
        self.assertGreater(len(self.hypervisors), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIsNone(hypervisor.get('fault'))
        # The hypervisor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))

    def test_lock_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIsNone(hypervisor.get('fault'))
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertIsNotNone(hypervisor['id'])
        hypervisor['metadata'] = {'key': 'build', 'count': 86}
        self.assertIsNotNone(hypervisor['id'])
        self.assertIsInstance(hypervisor, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())

    def test_delete_hypervisor_2(self):
        # delete a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.api.post_hypervisor_action(hypervisor['id'], {'attach': None})  # noqa
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached SHUTOFF')
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached SHUTOFF')
        self.assertIn('metadata', hypervisor)
        self.assertIn('metadata', hypervisor)
        hypervisor['metadata'] = {'key': 'active', 'count': 87}
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertIsNone(hypervisor.get('fault'))

    def test_resize_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        # The hypervisor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertIsInstance(hypervisor, dict)
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.api.post_hypervisor_action(hypervisor['id'], {'live_migrate': None})  # noqa
        self.api.post_hypervisor_action(hypervisor['id'], {'delete': None})  # noqa

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
