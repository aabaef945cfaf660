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

    def test_rescue_hypervisor_0(self):
        # rescue a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertEqual('ERROR', hypervisor['status'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached MIGRATING')
        self.assertGreater(len(self.hypervisors), 0)
        self.assertEqual('ERROR', hypervisor['status'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached MIGRATING')
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ERROR')
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])

    def test_attach_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertIsNotNone(hypervisor['id'])
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertIn('metadata', hypervisor)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])

    def test_live_migrate_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIn('SHUTOFF', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')

    def test_evacuate_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertIsInstance(hypervisor, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertGreater(len(self.hypervisors), 0)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ERROR')
        self.assertIn('metadata', hypervisor)
        # The hypervisor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.api.post_hypervisor_action(hypervisor['id'], {'lock': None})  # noqa
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ERROR')
        self.assertEqual('SHUTOFF', hypervisor['status'])

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
