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

    def test_rebuild_hypervisor_0(self):
        # rebuild a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertIn('ERROR', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertEqual('BUILD', hypervisor['status'])
        # The hypervisor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        hypervisor['metadata'] = {'key': 'migrating', 'count': 84}
        # The hypervisor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertGreater(len(self.hypervisors), 0)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached SHUTOFF')

    def test_rescue_hypervisor_1(self):
        # rescue a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertGreater(len(self.hypervisors), 0)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached SHUTOFF')
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIn('ERROR', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertIn('metadata', hypervisor)

    def test_rebuild_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertIn('metadata', hypervisor)
        self.assertIsInstance(hypervisor, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        # The hypervisor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', hypervisor['status'])

    def test_lock_hypervisor_3(self):
        # lock a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertIn('ERROR', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertEqual('MIGRATING', hypervisor['status'])
        hypervisor['metadata'] = {'key': 'active', 'count': 48}
        self.assertIsNotNone(hypervisor['id'])
        self.api.post_hypervisor_action(hypervisor['id'], {'attach': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIsNone(hypervisor.get('fault'))
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached SHUTOFF')
        self.api.post_hypervisor_action(hypervisor['id'], {'evacuate': None})  # noqa

    def test_attach_hypervisor_4(self):
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        self.assertEqual('MIGRATING', hypervisor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertGreater(len(self.hypervisors), 0)
        self.assertEqual('BUILD', hypervisor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertGreater(len(self.hypervisors), 0)
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertEqual('BUILD', hypervisor['status'])

    def test_rescue_hypervisor_5(self):
        hypervisor = self._create_hypervisor(name='hypervisor-5')
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertIsInstance(hypervisor, dict)
        self.assertIn('ERROR', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertIsNone(hypervisor.get('fault'))
        self.assertGreater(len(self.hypervisors), 0)
        self.api.post_hypervisor_action(hypervisor['id'], {'rebuild': None})  # noqa
        self.assertEqual('SHUTOFF', hypervisor['status'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')
        self.assertIsNotNone(hypervisor['id'])
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor


class HypervisorRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_live_migrate_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertIsNotNone(hypervisor['id'])
        self.assertEqual('SHUTOFF', hypervisor['status'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached MIGRATING')
        self.api.post_hypervisor_action(hypervisor['id'], {'delete': None})  # noqa
        self.assertGreater(len(self.hypervisors), 0)
        hypervisor['metadata'] = {'key': 'error', 'count': 9}
        # The hypervisor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertIsInstance(hypervisor, dict)

    def test_shelve_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertGreater(len(self.hypervisors), 0)
        self.assertEqual('BUILD', hypervisor['status'])

    def test_shelve_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        # The hypervisor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertIsNotNone(hypervisor['id'])
        self.assertIn('metadata', hypervisor)
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIsNotNone(hypervisor['id'])

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
