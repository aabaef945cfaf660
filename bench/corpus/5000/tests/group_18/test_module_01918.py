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

    def test_shelve_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.api.post_hypervisor_action(hypervisor['id'], {'evacuate': None})  # noqa
        self.assertEquals('MIGRATING', hypervisor['status'])
        self.assertFalse(hypervisor['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertTrue(hypervisor['status'] == 'BUILD')
        self.assertEquals('ACTIVE', hypervisor['status'])
        # The hypervisor must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))

    def test_evacuate_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertEquals('ACTIVE', hypervisor['status'])
        self.assertTrue(isinstance(hypervisor, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertEquals('SHUTOFF', hypervisor['status'])
        self.assertFalse(hypervisor['id'] is None)
        self.assertEqual(hypervisor.get('fault'), None)
        self.api.post_hypervisor_action(hypervisor['id'], {'live_migrate': None})  # noqa

    def test_lock_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertIn('metadata', hypervisor)
        self.api.post_hypervisor_action(hypervisor['id'], {'resize': None})  # noqa
        self.assertEqual(hypervisor.get('fault'), None)

    def test_rebuild_hypervisor_3(self):
        # rebuild a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ACTIVE')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.api.post_hypervisor_action(hypervisor['id'], {'lock': None})  # noqa
        self.api.post_hypervisor_action(hypervisor['id'], {'shelve': None})  # noqa
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertIn('metadata', hypervisor)

    def test_create_hypervisor_4(self):
        # create a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertFalse(hypervisor['id'] is None)
        # The hypervisor must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertIn('metadata', hypervisor)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ACTIVE')
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor


class HypervisorResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_create_hypervisor_0(self):
        # create a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertTrue(isinstance(hypervisor, dict))
        # The hypervisor must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertFalse(hypervisor['id'] is None)

    def test_rebuild_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertEquals('SHUTOFF', hypervisor['status'])
        self.assertTrue(isinstance(hypervisor, dict))
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')

    def test_evacuate_hypervisor_2(self):
        # evacuate a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        hypervisor['metadata'] = {'key': 'build', 'count': 99}
        self.assertTrue(hypervisor['status'] == 'MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached SHUTOFF')
        self.assertFalse(hypervisor['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.api.post_hypervisor_action(hypervisor['id'], {'rebuild': None})  # noqa
        self.assertEqual(hypervisor.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())

    def test_rebuild_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')
        self.assertIn('metadata', hypervisor)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ACTIVE')
        self.assertFalse(hypervisor['id'] is None)
        self.api.post_hypervisor_action(hypervisor['id'], {'resize': None})  # noqa
        self.assertEquals('ACTIVE', hypervisor['status'])

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
