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


class HypervisorShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_resize_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertTrue(len(self.hypervisors) > 0)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached MIGRATING')
        self.assertEquals('ACTIVE', hypervisor['status'])
        # The hypervisor must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached SHUTOFF')
        self.assertTrue(hypervisor['status'] == 'ACTIVE')

    def test_evacuate_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertTrue('ERROR' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertEqual(hypervisor.get('fault'), None)
        # The hypervisor must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        # The hypervisor must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual(hypervisor.get('fault'), None)
        self.api.post_hypervisor_action(hypervisor['id'], {'evacuate': None})  # noqa
        self.assertTrue(len(self.hypervisors) > 0)

    def test_rescue_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertFalse(hypervisor['id'] is None)
        hypervisor['metadata'] = {'key': 'error', 'count': 50}
        self.assertTrue(isinstance(hypervisor, dict))
        hypervisor['metadata'] = {'key': 'verify_resize', 'count': 38}
        self.assertEquals('ACTIVE', hypervisor['status'])
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())

    def test_resize_hypervisor_3(self):
        # resize a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        hypervisor['metadata'] = {'key': 'verify_resize', 'count': 6}
        hypervisor['metadata'] = {'key': 'migrating', 'count': 65}
        self.assertFalse(hypervisor['id'] is None)
        self.assertEquals('SHUTOFF', hypervisor['status'])
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertIn('metadata', hypervisor)
        self.assertTrue(len(self.hypervisors) > 0)
        self.api.post_hypervisor_action(hypervisor['id'], {'resize': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
