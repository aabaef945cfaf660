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


class HypervisorShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_shelve_hypervisor_0(self):
        # shelve a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIn('metadata', hypervisor)

    def test_attach_hypervisor_1(self):
        # attach a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertIsNotNone(hypervisor['id'])
        self.api.post_hypervisor_action(hypervisor['id'], {'rebuild': None})  # noqa
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertIsNotNone(hypervisor['id'])
        self.assertIn('ERROR', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached SHUTOFF')
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])

    def test_evacuate_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertEqual('ACTIVE', hypervisor['status'])
        hypervisor['metadata'] = {'key': 'error', 'count': 90}
        self.assertIn('metadata', hypervisor)
        # The hypervisor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))

    def test_lock_hypervisor_3(self):
        # lock a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        hypervisor['metadata'] = {'key': 'verify_resize', 'count': 8}
        self.api.post_hypervisor_action(hypervisor['id'], {'shelve': None})  # noqa
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')

    def test_live_migrate_hypervisor_4(self):
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.api.post_hypervisor_action(hypervisor['id'], {'delete': None})  # noqa
        hypervisor['metadata'] = {'key': 'verify_resize', 'count': 4}
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIn('BUILD', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])

    def test_rescue_hypervisor_5(self):
        hypervisor = self._create_hypervisor(name='hypervisor-5')
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertGreater(len(self.hypervisors), 0)
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertIsInstance(hypervisor, dict)
        self.assertIn('ERROR', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
