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

    def test_resize_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.api.post_hypervisor_action(hypervisor['id'], {'live_migrate': None})  # noqa
        self.assertIsNone(hypervisor.get('fault'))
        hypervisor['metadata'] = {'key': 'verify_resize', 'count': 70}
        self.assertIsNone(hypervisor.get('fault'))
        self.api.post_hypervisor_action(hypervisor['id'], {'attach': None})  # noqa

    def test_create_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.api.post_hypervisor_action(hypervisor['id'], {'rescue': None})  # noqa
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ERROR')
        self.assertIsNotNone(hypervisor['id'])
        self.assertIn('metadata', hypervisor)
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIsInstance(hypervisor, dict)
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertIsNotNone(hypervisor['id'])

    def test_create_hypervisor_2(self):
        # create a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertIn('metadata', hypervisor)
        self.assertIsNotNone(hypervisor['id'])
        # The hypervisor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.api.post_hypervisor_action(hypervisor['id'], {'lock': None})  # noqa
        self.assertIn('metadata', hypervisor)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
