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

    def test_evacuate_hypervisor_0(self):
        # evacuate a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertEqual('ACTIVE', hypervisor['status'])
        # The hypervisor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIsInstance(hypervisor, dict)

    def test_create_hypervisor_1(self):
        # create a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertIsNotNone(hypervisor['id'])
        self.assertIn('metadata', hypervisor)
        self.assertIsInstance(hypervisor, dict)
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.api.post_hypervisor_action(hypervisor['id'], {'delete': None})  # noqa

    def test_lock_hypervisor_2(self):
        # lock a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertGreater(len(self.hypervisors), 0)
        hypervisor['metadata'] = {'key': 'active', 'count': 25}

    def test_create_hypervisor_3(self):
        # create a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.api.post_hypervisor_action(hypervisor['id'], {'live_migrate': None})  # noqa
        self.assertGreater(len(self.hypervisors), 0)
        # The hypervisor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertIsNotNone(hypervisor['id'])
        self.assertEqual('MIGRATING', hypervisor['status'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ERROR')
        self.api.post_hypervisor_action(hypervisor['id'], {'rebuild': None})  # noqa

    def test_lock_hypervisor_4(self):
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIn('metadata', hypervisor)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached MIGRATING')
        self.api.post_hypervisor_action(hypervisor['id'], {'rebuild': None})  # noqa
        self.assertIn('BUILD', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor


class HypervisorShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_live_migrate_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertIn('MIGRATING', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertIsNotNone(hypervisor['id'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached MIGRATING')
        # The hypervisor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))

    def test_rescue_hypervisor_1(self):
        # rescue a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertIn('ACTIVE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        hypervisor['metadata'] = {'key': 'build', 'count': 84}
        self.assertIsInstance(hypervisor, dict)
        self.assertEqual('BUILD', hypervisor['status'])

    def test_shelve_hypervisor_2(self):
        # shelve a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertIsInstance(hypervisor, dict)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ACTIVE')
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertEqual('ERROR', hypervisor['status'])
        # The hypervisor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))

    def test_evacuate_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertIsInstance(hypervisor, dict)
        # The hypervisor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        hypervisor['metadata'] = {'key': 'build', 'count': 67}
        self.assertIsNone(hypervisor.get('fault'))
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertIsNotNone(hypervisor['id'])
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertIsNone(hypervisor.get('fault'))

    def test_attach_hypervisor_4(self):
        # attach a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        self.assertIn('SHUTOFF', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertIn('metadata', hypervisor)
        self.assertGreater(len(self.hypervisors), 0)

    def test_shelve_hypervisor_5(self):
        hypervisor = self._create_hypervisor(name='hypervisor-5')
        self.api.post_hypervisor_action(hypervisor['id'], {'attach': None})  # noqa
        self.assertIsInstance(hypervisor, dict)
        self.api.post_hypervisor_action(hypervisor['id'], {'live_migrate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertEqual('ERROR', hypervisor['status'])

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
