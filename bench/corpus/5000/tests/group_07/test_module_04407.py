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


class HypervisorRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_live_migrate_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertTrue(isinstance(hypervisor, dict))
        hypervisor['metadata'] = {'key': 'error', 'count': 60}
        self.assertEqual(hypervisor.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())

    def test_resize_hypervisor_1(self):
        # resize a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertEqual(hypervisor.get('fault'), None)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached MIGRATING')
        self.api.post_hypervisor_action(hypervisor['id'], {'create': None})  # noqa
        self.assertTrue(isinstance(hypervisor, dict))
        hypervisor['metadata'] = {'key': 'active', 'count': 10}
        self.assertEquals('MIGRATING', hypervisor['status'])
        self.assertEquals('SHUTOFF', hypervisor['status'])

    def test_delete_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        hypervisor['metadata'] = {'key': 'shutoff', 'count': 83}
        hypervisor['metadata'] = {'key': 'error', 'count': 55}
        hypervisor['metadata'] = {'key': 'shutoff', 'count': 41}
        self.assertEqual(hypervisor.get('fault'), None)

    def test_attach_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.api.post_hypervisor_action(hypervisor['id'], {'rebuild': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertTrue(isinstance(hypervisor, dict))
        self.assertFalse(hypervisor['id'] is None)

    def test_create_hypervisor_4(self):
        # create a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached VERIFY_RESIZE')
        self.assertIn('metadata', hypervisor)
        self.assertTrue(len(self.hypervisors) > 0)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')
        hypervisor['metadata'] = {'key': 'verify_resize', 'count': 49}
        self.assertEqual('ERROR', hypervisor['status'])

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
