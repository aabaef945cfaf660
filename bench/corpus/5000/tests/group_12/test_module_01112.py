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

    def test_resize_hypervisor_0(self):
        # resize a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.api.post_hypervisor_action(hypervisor['id'], {'create': None})  # noqa
        self.assertIsInstance(hypervisor, dict)
        self.assertGreater(len(self.hypervisors), 0)
        self.assertEqual('MIGRATING', hypervisor['status'])
        # The hypervisor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ACTIVE')
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')

    def test_attach_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertEqual('ACTIVE', hypervisor['status'])
        hypervisor['metadata'] = {'key': 'error', 'count': 30}
        self.assertIn('metadata', hypervisor)
        self.assertIsNotNone(hypervisor['id'])
        hypervisor['metadata'] = {'key': 'verify_resize', 'count': 60}
        self.assertGreater(len(self.hypervisors), 0)
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertIn('metadata', hypervisor)
        hypervisor['metadata'] = {'key': 'shutoff', 'count': 49}

    def test_delete_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        hypervisor['metadata'] = {'key': 'error', 'count': 91}
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')

    def test_lock_hypervisor_3(self):
        # lock a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertIn('metadata', hypervisor)
        self.assertIsInstance(hypervisor, dict)
        self.assertIn('ACTIVE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertGreater(len(self.hypervisors), 0)

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
