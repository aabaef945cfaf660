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


class HypervisorResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_resize_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.api.post_hypervisor_action(hypervisor['id'], {'attach': None})  # noqa
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertIn('metadata', hypervisor)

    def test_shelve_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        # The hypervisor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertIsNotNone(hypervisor['id'])
        self.assertGreater(len(self.hypervisors), 0)
        hypervisor['metadata'] = {'key': 'verify_resize', 'count': 77}
        self.assertIsNotNone(hypervisor['id'])

    def test_delete_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertIsNotNone(hypervisor['id'])
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIn('ERROR', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached MIGRATING')

    def test_evacuate_hypervisor_3(self):
        # evacuate a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        hypervisor['metadata'] = {'key': 'error', 'count': 81}
        self.assertIsInstance(hypervisor, dict)
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertEqual('ERROR', hypervisor['status'])
        hypervisor['metadata'] = {'key': 'build', 'count': 48}
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertIsNotNone(hypervisor['id'])
        self.assertEqual('ACTIVE', hypervisor['status'])

    def test_live_migrate_hypervisor_4(self):
        # live migrate a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached VERIFY_RESIZE')
        hypervisor['metadata'] = {'key': 'verify_resize', 'count': 64}
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached MIGRATING')
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertIsNone(hypervisor.get('fault'))

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
