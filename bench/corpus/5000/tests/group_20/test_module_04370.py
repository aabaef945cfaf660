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

    def test_rescue_hypervisor_0(self):
        # rescue a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertEquals('ERROR', hypervisor['status'])
        self.assertFalse(hypervisor['id'] is None)
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertEquals('MIGRATING', hypervisor['status'])

    def test_create_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.api.post_hypervisor_action(hypervisor['id'], {'delete': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        # The hypervisor must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertFalse(hypervisor['id'] is None)

    def test_attach_hypervisor_2(self):
        # attach a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertTrue(len(self.hypervisors) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertTrue('ACTIVE' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        hypervisor['metadata'] = {'key': 'shutoff', 'count': 28}
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())

    def test_create_hypervisor_3(self):
        # create a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertFalse(hypervisor['id'] is None)
        self.assertEquals('MIGRATING', hypervisor['status'])
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertTrue(len(self.hypervisors) > 0)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertIn('metadata', hypervisor)
        self.assertEqual(hypervisor.get('fault'), None)

    def test_evacuate_hypervisor_4(self):
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertTrue(hypervisor['status'] == 'VERIFY_RESIZE')
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertTrue(len(self.hypervisors) > 0)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')
        self.api.post_hypervisor_action(hypervisor['id'], {'live_migrate': None})  # noqa

    def test_rescue_hypervisor_5(self):
        # rescue a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-5')
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertTrue(hypervisor['status'] == 'MIGRATING')
        # The hypervisor must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        hypervisor['metadata'] = {'key': 'build', 'count': 95}
        self.assertEqual(hypervisor.get('fault'), None)

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
