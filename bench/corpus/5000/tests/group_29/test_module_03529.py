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


class HypervisorLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_evacuate_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        # The hypervisor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.api.post_hypervisor_action(hypervisor['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', hypervisor)
        self.api.post_hypervisor_action(hypervisor['id'], {'resize': None})  # noqa
        self.assertIn('ACTIVE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        # The hypervisor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual('ACTIVE', hypervisor['status'])

    def test_shelve_hypervisor_1(self):
        # shelve a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.api.post_hypervisor_action(hypervisor['id'], {'rescue': None})  # noqa
        hypervisor['metadata'] = {'key': 'migrating', 'count': 16}
        self.assertEqual('BUILD', hypervisor['status'])

    def test_attach_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertIsNone(hypervisor.get('fault'))
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
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertIsNone(hypervisor.get('fault'))
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.api.post_hypervisor_action(hypervisor['id'], {'attach': None})  # noqa
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ACTIVE')

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor


class HypervisorResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_live_migrate_hypervisor_0(self):
        # live migrate a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertIsNotNone(hypervisor['id'])
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        # The hypervisor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIsNotNone(hypervisor['id'])

    def test_shelve_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.api.post_hypervisor_action(hypervisor['id'], {'rebuild': None})  # noqa
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertIn('metadata', hypervisor)
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertIsInstance(hypervisor, dict)

    def test_attach_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIn('metadata', hypervisor)
        self.assertIsNone(hypervisor.get('fault'))

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
