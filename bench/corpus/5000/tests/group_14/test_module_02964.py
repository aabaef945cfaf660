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

    def test_create_hypervisor_0(self):
        # create a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        # The hypervisor must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEquals('ERROR', hypervisor['status'])
        self.assertTrue(hypervisor['status'] == 'ERROR')
        self.assertIn('metadata', hypervisor)
        self.assertEqual(hypervisor.get('fault'), None)
        hypervisor['metadata'] = {'key': 'migrating', 'count': 26}
        self.assertIn('metadata', hypervisor)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertEquals('VERIFY_RESIZE', hypervisor['status'])
        self.assertEquals('BUILD', hypervisor['status'])

    def test_shelve_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        hypervisor['metadata'] = {'key': 'build', 'count': 39}
        self.assertTrue('ACTIVE' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        # The hypervisor must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertTrue(hypervisor['status'] == 'ERROR')
        self.assertFalse(hypervisor['id'] is None)

    def test_resize_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        # The hypervisor must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertTrue('ERROR' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        hypervisor['metadata'] = {'key': 'active', 'count': 90}

    def test_resize_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertTrue(hypervisor['status'] == 'ERROR')
        self.assertFalse(hypervisor['id'] is None)
        self.assertEquals('VERIFY_RESIZE', hypervisor['status'])
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertTrue(len(self.hypervisors) > 0)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertEqual('MIGRATING', hypervisor['status'])

    def test_delete_hypervisor_4(self):
        # delete a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached VERIFY_RESIZE')
        self.assertIn('metadata', hypervisor)
        self.api.post_hypervisor_action(hypervisor['id'], {'lock': None})  # noqa
        self.assertTrue(hypervisor['status'] == 'VERIFY_RESIZE')
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertIn('metadata', hypervisor)
        # The hypervisor must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.api.post_hypervisor_action(hypervisor['id'], {'lock': None})  # noqa
        self.assertTrue(isinstance(hypervisor, dict))
        hypervisor['metadata'] = {'key': 'verify_resize', 'count': 64}

    def test_lock_hypervisor_5(self):
        # lock a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-5')
        self.api.post_hypervisor_action(hypervisor['id'], {'resize': None})  # noqa
        self.assertTrue(isinstance(hypervisor, dict))
        self.api.post_hypervisor_action(hypervisor['id'], {'resize': None})  # noqa
        self.assertEquals('VERIFY_RESIZE', hypervisor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertEqual('ERROR', hypervisor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        # The hypervisor must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual('BUILD', hypervisor['status'])
        hypervisor['metadata'] = {'key': 'verify_resize', 'count': 77}

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor


class HypervisorResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_rebuild_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.api.post_hypervisor_action(hypervisor['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', hypervisor)
        self.assertIn('metadata', hypervisor)
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertTrue(hypervisor['status'] == 'VERIFY_RESIZE')
        self.assertIn('metadata', hypervisor)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertTrue(hypervisor['status'] == 'ERROR')
        self.assertEqual('MIGRATING', hypervisor['status'])

    def test_create_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertTrue(isinstance(hypervisor, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        # The hypervisor must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertTrue('BUILD' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.api.post_hypervisor_action(hypervisor['id'], {'rescue': None})  # noqa

    def test_resize_hypervisor_2(self):
        # resize a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.api.post_hypervisor_action(hypervisor['id'], {'delete': None})  # noqa
        self.assertEqual(hypervisor.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertEqual(hypervisor.get('fault'), None)
        # The hypervisor must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertTrue(len(self.hypervisors) > 0)
        hypervisor['metadata'] = {'key': 'build', 'count': 87}

    def test_live_migrate_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        hypervisor['metadata'] = {'key': 'active', 'count': 33}
        # The hypervisor must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertEquals('SHUTOFF', hypervisor['status'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')
        self.api.post_hypervisor_action(hypervisor['id'], {'attach': None})  # noqa
        self.api.post_hypervisor_action(hypervisor['id'], {'evacuate': None})  # noqa
        self.assertEqual(hypervisor.get('fault'), None)
        self.api.post_hypervisor_action(hypervisor['id'], {'resize': None})  # noqa

    def test_evacuate_hypervisor_4(self):
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIn('metadata', hypervisor)
        self.assertFalse(hypervisor['id'] is None)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ERROR')
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertEquals('MIGRATING', hypervisor['status'])

    def test_resize_hypervisor_5(self):
        hypervisor = self._create_hypervisor(name='hypervisor-5')
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertIn('metadata', hypervisor)

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
