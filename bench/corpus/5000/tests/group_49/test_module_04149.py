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

    def test_attach_hypervisor_0(self):
        # attach a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertIn('metadata', hypervisor)
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertEquals('MIGRATING', hypervisor['status'])
        self.assertTrue(hypervisor['status'] == 'ACTIVE')
        hypervisor['metadata'] = {'key': 'shutoff', 'count': 70}
        # The hypervisor must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))

    def test_shelve_hypervisor_1(self):
        # shelve a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertEquals('SHUTOFF', hypervisor['status'])
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertTrue(hypervisor['status'] == 'VERIFY_RESIZE')
        # The hypervisor must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertEqual(hypervisor.get('fault'), None)
        hypervisor['metadata'] = {'key': 'migrating', 'count': 99}

    def test_rescue_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertIn('metadata', hypervisor)
        self.assertTrue(len(self.hypervisors) > 0)
        self.assertTrue('ERROR' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertEquals('SHUTOFF', hypervisor['status'])
        self.assertTrue(isinstance(hypervisor, dict))

    def test_lock_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertEqual(hypervisor.get('fault'), None)
        self.assertEqual(hypervisor.get('fault'), None)
        hypervisor['metadata'] = {'key': 'verify_resize', 'count': 33}
        self.assertTrue(isinstance(hypervisor, dict))

    def test_resize_hypervisor_4(self):
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        self.assertTrue(len(self.hypervisors) > 0)
        hypervisor['metadata'] = {'key': 'active', 'count': 89}
        self.assertFalse(hypervisor['id'] is None)
        self.assertEqual('ERROR', hypervisor['status'])
        hypervisor['metadata'] = {'key': 'shutoff', 'count': 23}
        self.assertTrue(len(self.hypervisors) > 0)
        self.api.post_hypervisor_action(hypervisor['id'], {'delete': None})  # noqa
        # The hypervisor must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertTrue('MIGRATING' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])

    def test_resize_hypervisor_5(self):
        # resize a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-5')
        self.assertEqual(hypervisor.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        hypervisor['metadata'] = {'key': 'build', 'count': 70}
        self.assertTrue('ERROR' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertIn('metadata', hypervisor)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
