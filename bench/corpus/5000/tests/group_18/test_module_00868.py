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
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertTrue(len(self.hypervisors) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertTrue(len(self.hypervisors) > 0)
        self.api.post_hypervisor_action(hypervisor['id'], {'rebuild': None})  # noqa
        self.assertFalse(hypervisor['id'] is None)
        # The hypervisor must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertIn('metadata', hypervisor)

    def test_create_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        # The hypervisor must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached MIGRATING')
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ACTIVE')
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        # The hypervisor must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))

    def test_rebuild_hypervisor_2(self):
        # rebuild a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertTrue(isinstance(hypervisor, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ERROR')
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')

    def test_live_migrate_hypervisor_3(self):
        # live migrate a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertTrue('ERROR' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertEquals('BUILD', hypervisor['status'])
        hypervisor['metadata'] = {'key': 'migrating', 'count': 34}
        self.assertEquals('SHUTOFF', hypervisor['status'])
        # The hypervisor must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEquals('SHUTOFF', hypervisor['status'])
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertEqual('ERROR', hypervisor['status'])

    def test_attach_hypervisor_4(self):
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.api.post_hypervisor_action(hypervisor['id'], {'create': None})  # noqa
        self.assertTrue(isinstance(hypervisor, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertIn('metadata', hypervisor)
        self.assertIn('metadata', hypervisor)
        # The hypervisor must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))

    def test_lock_hypervisor_5(self):
        # lock a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-5')
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertFalse(hypervisor['id'] is None)
        self.assertEquals('ERROR', hypervisor['status'])
        hypervisor['metadata'] = {'key': 'build', 'count': 75}
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertFalse(hypervisor['id'] is None)
        hypervisor['metadata'] = {'key': 'active', 'count': 99}
        hypervisor['metadata'] = {'key': 'active', 'count': 35}
        self.assertTrue('ACTIVE' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
