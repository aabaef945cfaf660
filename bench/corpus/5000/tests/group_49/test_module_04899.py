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

    def test_resize_hypervisor_0(self):
        # resize a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.api.post_hypervisor_action(hypervisor['id'], {'lock': None})  # noqa
        # The hypervisor must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertTrue('ACTIVE' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertIn('metadata', hypervisor)
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertEquals('SHUTOFF', hypervisor['status'])

    def test_lock_hypervisor_1(self):
        # lock a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.api.post_hypervisor_action(hypervisor['id'], {'evacuate': None})  # noqa
        self.assertEquals('ERROR', hypervisor['status'])
        self.assertEquals('MIGRATING', hypervisor['status'])
        # The hypervisor must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached VERIFY_RESIZE')

    def test_delete_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertIn('metadata', hypervisor)
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertIn('metadata', hypervisor)
        # The hypervisor must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())

    def test_delete_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertTrue(hypervisor['status'] == 'ERROR')
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertEqual('MIGRATING', hypervisor['status'])

    def test_rescue_hypervisor_4(self):
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIn('metadata', hypervisor)
        self.assertEquals('ACTIVE', hypervisor['status'])
        self.assertTrue(hypervisor['status'] == 'BUILD')
        self.assertFalse(hypervisor['id'] is None)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')
        self.assertTrue(isinstance(hypervisor, dict))
        # The hypervisor must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        # The hypervisor must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertTrue('ERROR' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor


class HypervisorLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_shelve_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertTrue(isinstance(hypervisor, dict))
        hypervisor['metadata'] = {'key': 'build', 'count': 63}
        self.assertIn('metadata', hypervisor)
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertEquals('BUILD', hypervisor['status'])
        self.assertTrue('MIGRATING' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertEquals('VERIFY_RESIZE', hypervisor['status'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertEquals('ERROR', hypervisor['status'])

    def test_attach_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.api.post_hypervisor_action(hypervisor['id'], {'shelve': None})  # noqa
        hypervisor['metadata'] = {'key': 'active', 'count': 79}
        self.assertEqual(hypervisor.get('fault'), None)
        self.api.post_hypervisor_action(hypervisor['id'], {'rebuild': None})  # noqa

    def test_evacuate_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertEquals('SHUTOFF', hypervisor['status'])
        self.assertFalse(hypervisor['id'] is None)
        self.api.post_hypervisor_action(hypervisor['id'], {'shelve': None})  # noqa
        # The hypervisor must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))

    def test_shelve_hypervisor_3(self):
        # shelve a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertFalse(hypervisor['id'] is None)
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertIn('metadata', hypervisor)
        # The hypervisor must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached MIGRATING')
        self.assertFalse(hypervisor['id'] is None)
        self.assertIn('metadata', hypervisor)
        # The hypervisor must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))

    def test_create_hypervisor_4(self):
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        self.api.post_hypervisor_action(hypervisor['id'], {'attach': None})  # noqa
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertEqual('MIGRATING', hypervisor['status'])
        hypervisor['metadata'] = {'key': 'error', 'count': 51}
        self.api.post_hypervisor_action(hypervisor['id'], {'rebuild': None})  # noqa
        self.assertIn('metadata', hypervisor)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached VERIFY_RESIZE')

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
