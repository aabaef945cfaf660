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

    def test_live_migrate_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        hypervisor['metadata'] = {'key': 'error', 'count': 14}
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertEquals('BUILD', hypervisor['status'])

    def test_rescue_hypervisor_1(self):
        # rescue a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertTrue(len(self.hypervisors) > 0)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached VERIFY_RESIZE')
        self.assertEqual(hypervisor.get('fault'), None)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached SHUTOFF')
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertTrue(len(self.hypervisors) > 0)

    def test_evacuate_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertEquals('BUILD', hypervisor['status'])
        self.assertFalse(hypervisor['id'] is None)
        self.assertIn('metadata', hypervisor)
        self.assertTrue(hypervisor['status'] == 'MIGRATING')
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertEquals('SHUTOFF', hypervisor['status'])
        self.assertTrue(len(self.hypervisors) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertTrue('ERROR' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor


class HypervisorDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_delete_hypervisor_0(self):
        # delete a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached SHUTOFF')
        self.assertIn('metadata', hypervisor)
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertFalse(hypervisor['id'] is None)
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertEquals('ERROR', hypervisor['status'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached VERIFY_RESIZE')
        self.assertEqual(hypervisor.get('fault'), None)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached MIGRATING')

    def test_rebuild_hypervisor_1(self):
        # rebuild a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertIn('metadata', hypervisor)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertFalse(hypervisor['id'] is None)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached SHUTOFF')
        self.assertEquals('BUILD', hypervisor['status'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        # The hypervisor must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertTrue(isinstance(hypervisor, dict))

    def test_live_migrate_hypervisor_2(self):
        # live migrate a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.api.post_hypervisor_action(hypervisor['id'], {'delete': None})  # noqa
        # The hypervisor must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertEquals('BUILD', hypervisor['status'])
        self.assertTrue(hypervisor['status'] == 'SHUTOFF')
        self.assertTrue('ERROR' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertEquals('MIGRATING', hypervisor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertTrue(len(self.hypervisors) > 0)

    def test_lock_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertFalse(hypervisor['id'] is None)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.api.post_hypervisor_action(hypervisor['id'], {'rebuild': None})  # noqa
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached SHUTOFF')
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertTrue(hypervisor['status'] == 'ERROR')

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
