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


class HypervisorLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_resize_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        # The hypervisor must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEquals('SHUTOFF', hypervisor['status'])
        self.assertFalse(hypervisor['id'] is None)
        self.assertEquals('ACTIVE', hypervisor['status'])
        hypervisor['metadata'] = {'key': 'build', 'count': 92}
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ACTIVE')
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertIn('metadata', hypervisor)
        hypervisor['metadata'] = {'key': 'active', 'count': 62}

    def test_delete_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertIn('metadata', hypervisor)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertTrue(isinstance(hypervisor, dict))
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')

    def test_rescue_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertFalse(hypervisor['id'] is None)
        self.assertTrue(len(self.hypervisors) > 0)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ERROR')

    def test_delete_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertEquals('ERROR', hypervisor['status'])
        self.assertTrue(hypervisor['status'] == 'MIGRATING')
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        hypervisor['metadata'] = {'key': 'verify_resize', 'count': 67}

    def test_attach_hypervisor_4(self):
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        # The hypervisor must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual(hypervisor.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertEquals('ERROR', hypervisor['status'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertTrue(isinstance(hypervisor, dict))

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor


class HypervisorLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_lock_hypervisor_0(self):
        # lock a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        hypervisor['metadata'] = {'key': 'migrating', 'count': 35}
        self.assertEquals('SHUTOFF', hypervisor['status'])
        self.assertIn('metadata', hypervisor)
        self.assertTrue(hypervisor['status'] == 'BUILD')
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertTrue(isinstance(hypervisor, dict))

    def test_resize_hypervisor_1(self):
        # resize a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.api.post_hypervisor_action(hypervisor['id'], {'create': None})  # noqa
        # The hypervisor must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.api.post_hypervisor_action(hypervisor['id'], {'resize': None})  # noqa
        self.api.post_hypervisor_action(hypervisor['id'], {'shelve': None})  # noqa

    def test_evacuate_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertTrue(hypervisor['status'] == 'ACTIVE')
        # The hypervisor must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertTrue('MIGRATING' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertTrue(hypervisor['status'] == 'BUILD')
        self.assertTrue(isinstance(hypervisor, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertTrue(len(self.hypervisors) > 0)
        # The hypervisor must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual(hypervisor.get('fault'), None)

    def test_shelve_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertEquals('BUILD', hypervisor['status'])
        # The hypervisor must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        hypervisor['metadata'] = {'key': 'shutoff', 'count': 98}

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
