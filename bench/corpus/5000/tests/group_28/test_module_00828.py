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

    def test_live_migrate_hypervisor_0(self):
        # live migrate a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertEqual('SHUTOFF', hypervisor['status'])
        # The hypervisor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertIsNone(hypervisor.get('fault'))
        self.api.post_hypervisor_action(hypervisor['id'], {'attach': None})  # noqa
        self.assertIsNotNone(hypervisor['id'])
        self.assertEqual('SHUTOFF', hypervisor['status'])
        hypervisor['metadata'] = {'key': 'error', 'count': 25}
        self.assertEqual('MIGRATING', hypervisor['status'])
        # The hypervisor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        # The hypervisor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))

    def test_evacuate_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        hypervisor['metadata'] = {'key': 'error', 'count': 80}
        self.assertIsNotNone(hypervisor['id'])
        self.api.post_hypervisor_action(hypervisor['id'], {'delete': None})  # noqa
        self.assertIn('metadata', hypervisor)
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertEqual('MIGRATING', hypervisor['status'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached VERIFY_RESIZE')
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIsInstance(hypervisor, dict)

    def test_lock_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertIsInstance(hypervisor, dict)
        # The hypervisor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertIn('metadata', hypervisor)

    def test_delete_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertIsInstance(hypervisor, dict)
        self.assertIsNotNone(hypervisor['id'])
        # The hypervisor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertIn('ACTIVE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])

    def test_attach_hypervisor_4(self):
        # attach a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        # The hypervisor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached VERIFY_RESIZE')
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIsInstance(hypervisor, dict)
        self.api.post_hypervisor_action(hypervisor['id'], {'resize': None})  # noqa
        self.assertIsNotNone(hypervisor['id'])
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertEqual('BUILD', hypervisor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())

    def test_lock_hypervisor_5(self):
        # lock a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-5')
        self.api.post_hypervisor_action(hypervisor['id'], {'rescue': None})  # noqa
        self.assertGreater(len(self.hypervisors), 0)
        self.api.post_hypervisor_action(hypervisor['id'], {'create': None})  # noqa
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertGreater(len(self.hypervisors), 0)
        self.api.post_hypervisor_action(hypervisor['id'], {'evacuate': None})  # noqa
        self.assertIsNotNone(hypervisor['id'])

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
