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


class HypervisorCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_delete_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertEqual(hypervisor.get('fault'), None)
        hypervisor['metadata'] = {'key': 'migrating', 'count': 58}
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertEquals('MIGRATING', hypervisor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertFalse(hypervisor['id'] is None)
        self.api.post_hypervisor_action(hypervisor['id'], {'resize': None})  # noqa
        self.assertTrue(hypervisor['status'] == 'BUILD')

    def test_shelve_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        hypervisor['metadata'] = {'key': 'migrating', 'count': 98}
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertEqual(hypervisor.get('fault'), None)

    def test_delete_hypervisor_2(self):
        # delete a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertTrue('ERROR' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
