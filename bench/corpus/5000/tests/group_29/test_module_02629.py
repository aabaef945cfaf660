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

    def test_rebuild_hypervisor_0(self):
        # rebuild a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertEqual(hypervisor.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertTrue(isinstance(hypervisor, dict))
        # The hypervisor must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertTrue(len(self.hypervisors) > 0)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')
        self.assertEqual(hypervisor.get('fault'), None)

    def test_lock_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertTrue('BUILD' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertEquals('ACTIVE', hypervisor['status'])
        self.assertIn('metadata', hypervisor)
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertFalse(hypervisor['id'] is None)
        # The hypervisor must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))

    def test_rescue_hypervisor_2(self):
        # rescue a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertTrue(len(self.hypervisors) > 0)
        # The hypervisor must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertFalse(hypervisor['id'] is None)
        self.assertEquals('ACTIVE', hypervisor['status'])
        self.assertTrue(hypervisor['status'] == 'BUILD')
        self.assertEquals('BUILD', hypervisor['status'])
        # The hypervisor must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertTrue(isinstance(hypervisor, dict))

    def test_attach_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertFalse(hypervisor['id'] is None)
        self.assertIn('metadata', hypervisor)
        self.assertTrue(isinstance(hypervisor, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())

    def test_delete_hypervisor_4(self):
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        self.assertTrue(hypervisor['status'] == 'VERIFY_RESIZE')
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertFalse(hypervisor['id'] is None)
        hypervisor['metadata'] = {'key': 'active', 'count': 66}
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertEqual(hypervisor.get('fault'), None)
        # The hypervisor must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertFalse(hypervisor['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())

    def test_evacuate_hypervisor_5(self):
        # evacuate a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-5')
        self.assertTrue(hypervisor['status'] == 'BUILD')
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertEqual(hypervisor.get('fault'), None)
        hypervisor['metadata'] = {'key': 'migrating', 'count': 74}
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertTrue(len(self.hypervisors) > 0)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached SHUTOFF')
        self.assertEqual('SHUTOFF', hypervisor['status'])

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor


class HypervisorShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_rebuild_hypervisor_0(self):
        # rebuild a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        hypervisor['metadata'] = {'key': 'error', 'count': 61}
        hypervisor['metadata'] = {'key': 'build', 'count': 76}
        self.assertEquals('SHUTOFF', hypervisor['status'])
        # The hypervisor must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        hypervisor['metadata'] = {'key': 'migrating', 'count': 48}
        self.assertEqual(hypervisor.get('fault'), None)
        # The hypervisor must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))

    def test_create_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        # The hypervisor must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertTrue('BUILD' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())

    def test_evacuate_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertTrue(len(self.hypervisors) > 0)
        self.api.post_hypervisor_action(hypervisor['id'], {'live_migrate': None})  # noqa
        self.api.post_hypervisor_action(hypervisor['id'], {'shelve': None})  # noqa
        self.assertEquals('BUILD', hypervisor['status'])
        self.assertTrue(isinstance(hypervisor, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        # The hypervisor must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))

    def test_create_hypervisor_3(self):
        # create a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertTrue(hypervisor['status'] == 'BUILD')
        self.assertFalse(hypervisor['id'] is None)
        self.assertEquals('SHUTOFF', hypervisor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertTrue(hypervisor['status'] == 'VERIFY_RESIZE')

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
