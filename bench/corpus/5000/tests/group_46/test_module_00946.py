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


class HypervisorRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_rebuild_hypervisor_0(self):
        # rebuild a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertIn('BUILD', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        # The hypervisor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertIsNotNone(hypervisor['id'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached SHUTOFF')

    def test_rescue_hypervisor_1(self):
        # rescue a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertIsNotNone(hypervisor['id'])
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertEqual('BUILD', hypervisor['status'])
        hypervisor['metadata'] = {'key': 'error', 'count': 84}
        self.assertIsNotNone(hypervisor['id'])

    def test_create_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertIsNotNone(hypervisor['id'])
        hypervisor['metadata'] = {'key': 'verify_resize', 'count': 8}
        self.assertIsNotNone(hypervisor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])

    def test_delete_hypervisor_3(self):
        # delete a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertIn('MIGRATING', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertEqual('BUILD', hypervisor['status'])
        self.api.post_hypervisor_action(hypervisor['id'], {'lock': None})  # noqa

    def test_rescue_hypervisor_4(self):
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        self.assertEqual('ACTIVE', hypervisor['status'])
        # The hypervisor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached VERIFY_RESIZE')
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertIsNone(hypervisor.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached VERIFY_RESIZE')
        self.assertIn('metadata', hypervisor)
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertEqual('BUILD', hypervisor['status'])

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
