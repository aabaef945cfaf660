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

    def test_lock_hypervisor_0(self):
        # lock a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ERROR')
        self.assertIn('MIGRATING', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertIn('metadata', hypervisor)
        self.assertIsNotNone(hypervisor['id'])
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIn('metadata', hypervisor)

    def test_evacuate_hypervisor_1(self):
        # evacuate a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertGreater(len(self.hypervisors), 0)
        self.assertEqual('ACTIVE', hypervisor['status'])
        hypervisor['metadata'] = {'key': 'build', 'count': 73}
        self.assertIsNotNone(hypervisor['id'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')
        self.assertGreater(len(self.hypervisors), 0)
        self.assertEqual('ERROR', hypervisor['status'])

    def test_live_migrate_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertIn('metadata', hypervisor)

    def test_create_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertEqual('ERROR', hypervisor['status'])
        # The hypervisor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual('BUILD', hypervisor['status'])
        self.api.post_hypervisor_action(hypervisor['id'], {'evacuate': None})  # noqa

    def test_create_hypervisor_4(self):
        # create a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIsNotNone(hypervisor['id'])
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.api.post_hypervisor_action(hypervisor['id'], {'rescue': None})  # noqa
        self.assertEqual('ACTIVE', hypervisor['status'])

    def test_delete_hypervisor_5(self):
        # delete a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-5')
        self.assertIsNone(hypervisor.get('fault'))
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIn('ACTIVE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIsInstance(hypervisor, dict)
        hypervisor['metadata'] = {'key': 'active', 'count': 54}

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
