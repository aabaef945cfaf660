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

    def test_evacuate_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertIn('metadata', hypervisor)
        self.api.post_hypervisor_action(hypervisor['id'], {'rebuild': None})  # noqa
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIn('metadata', hypervisor)
        self.assertIsNotNone(hypervisor['id'])

    def test_resize_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertGreater(len(self.hypervisors), 0)
        self.assertGreater(len(self.hypervisors), 0)
        self.api.post_hypervisor_action(hypervisor['id'], {'shelve': None})  # noqa

    def test_shelve_hypervisor_2(self):
        # shelve a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])

    def test_lock_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertGreater(len(self.hypervisors), 0)
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
        self.assertGreater(len(self.hypervisors), 0)

    def test_create_hypervisor_4(self):
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        # The hypervisor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        hypervisor['metadata'] = {'key': 'active', 'count': 65}
        self.assertEqual('BUILD', hypervisor['status'])

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor


class HypervisorResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_shelve_hypervisor_0(self):
        # shelve a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIsNone(hypervisor.get('fault'))

    def test_resize_hypervisor_1(self):
        # resize a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        hypervisor['metadata'] = {'key': 'shutoff', 'count': 9}
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIsNotNone(hypervisor['id'])
        self.assertGreater(len(self.hypervisors), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        # The hypervisor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))

    def test_live_migrate_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        # The hypervisor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        hypervisor['metadata'] = {'key': 'error', 'count': 62}
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached VERIFY_RESIZE')

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
