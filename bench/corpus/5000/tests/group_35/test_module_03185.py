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


class HypervisorAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_lock_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.api.post_hypervisor_action(hypervisor['id'], {'evacuate': None})  # noqa
        self.assertIn('ACTIVE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])

    def test_delete_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertIn('metadata', hypervisor)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ACTIVE')
        self.assertEqual('ACTIVE', hypervisor['status'])

    def test_live_migrate_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        # The hypervisor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual('MIGRATING', hypervisor['status'])
        hypervisor['metadata'] = {'key': 'active', 'count': 9}
        self.assertIn('metadata', hypervisor)
        hypervisor['metadata'] = {'key': 'verify_resize', 'count': 60}
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ERROR')
        self.api.post_hypervisor_action(hypervisor['id'], {'shelve': None})  # noqa
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertGreater(len(self.hypervisors), 0)

    def test_attach_hypervisor_3(self):
        # attach a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertIsNotNone(hypervisor['id'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached VERIFY_RESIZE')
        self.api.post_hypervisor_action(hypervisor['id'], {'evacuate': None})  # noqa
        self.assertIsInstance(hypervisor, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())

    def test_create_hypervisor_4(self):
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        self.assertGreater(len(self.hypervisors), 0)
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ERROR')
        self.assertGreater(len(self.hypervisors), 0)
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertIn('metadata', hypervisor)
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertIsInstance(hypervisor, dict)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor


class HypervisorAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_live_migrate_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertIn('metadata', hypervisor)
        hypervisor['metadata'] = {'key': 'shutoff', 'count': 44}
        self.assertIn('metadata', hypervisor)
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertIsNotNone(hypervisor['id'])

    def test_lock_hypervisor_1(self):
        # lock a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertIsInstance(hypervisor, dict)
        self.assertIn('MIGRATING', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertIsNone(hypervisor.get('fault'))

    def test_create_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.api.post_hypervisor_action(hypervisor['id'], {'rebuild': None})  # noqa
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ACTIVE')
        self.assertIn('metadata', hypervisor)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', hypervisor['status'])
        # The hypervisor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.api.post_hypervisor_action(hypervisor['id'], {'live_migrate': None})  # noqa
        self.assertIsInstance(hypervisor, dict)
        self.assertIn('SHUTOFF', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])

    def test_evacuate_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertIsNotNone(hypervisor['id'])
        self.assertIn('metadata', hypervisor)
        self.assertIsNone(hypervisor.get('fault'))
        self.api.post_hypervisor_action(hypervisor['id'], {'evacuate': None})  # noqa
        # The hypervisor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual('MIGRATING', hypervisor['status'])
        hypervisor['metadata'] = {'key': 'build', 'count': 61}
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIsInstance(hypervisor, dict)

    def test_delete_hypervisor_4(self):
        # delete a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        hypervisor['metadata'] = {'key': 'build', 'count': 44}
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertEqual('ERROR', hypervisor['status'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached VERIFY_RESIZE')
        # The hypervisor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertIsNotNone(hypervisor['id'])
        self.assertEqual('MIGRATING', hypervisor['status'])

    def test_resize_hypervisor_5(self):
        # resize a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-5')
        self.assertIsNotNone(hypervisor['id'])
        self.assertIn('metadata', hypervisor)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')
        self.assertIsInstance(hypervisor, dict)
        self.assertGreater(len(self.hypervisors), 0)
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
