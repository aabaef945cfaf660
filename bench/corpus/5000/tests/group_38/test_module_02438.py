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

    def test_create_hypervisor_0(self):
        # create a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.api.post_hypervisor_action(hypervisor['id'], {'delete': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertGreater(len(self.hypervisors), 0)

    def test_evacuate_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertEqual('ERROR', hypervisor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertIsNone(hypervisor.get('fault'))

    def test_resize_hypervisor_2(self):
        # resize a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertIn('metadata', hypervisor)
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        hypervisor['metadata'] = {'key': 'build', 'count': 51}
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertIsInstance(hypervisor, dict)

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor


class HypervisorLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_rescue_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        # The hypervisor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIsNotNone(hypervisor['id'])
        self.assertIn('metadata', hypervisor)
        # The hypervisor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertGreater(len(self.hypervisors), 0)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached SHUTOFF')
        self.assertEqual('ACTIVE', hypervisor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())

    def test_delete_hypervisor_1(self):
        # delete a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertIn('ACTIVE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIsNotNone(hypervisor['id'])
        self.assertGreater(len(self.hypervisors), 0)
        self.api.post_hypervisor_action(hypervisor['id'], {'evacuate': None})  # noqa

    def test_attach_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertIsInstance(hypervisor, dict)
        self.assertIsNone(hypervisor.get('fault'))
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertEqual('MIGRATING', hypervisor['status'])

    def test_lock_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertIsInstance(hypervisor, dict)
        self.assertIn('metadata', hypervisor)
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.api.post_hypervisor_action(hypervisor['id'], {'attach': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])

    def test_attach_hypervisor_4(self):
        # attach a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        self.assertIsInstance(hypervisor, dict)
        hypervisor['metadata'] = {'key': 'shutoff', 'count': 53}
        self.assertIsNotNone(hypervisor['id'])
        # The hypervisor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        hypervisor['metadata'] = {'key': 'verify_resize', 'count': 59}
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIsNotNone(hypervisor['id'])
        self.api.post_hypervisor_action(hypervisor['id'], {'evacuate': None})  # noqa
        self.assertIsInstance(hypervisor, dict)

    def test_rescue_hypervisor_5(self):
        hypervisor = self._create_hypervisor(name='hypervisor-5')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIn('ERROR', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertIsInstance(hypervisor, dict)
        self.assertIn('ACTIVE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertIsInstance(hypervisor, dict)

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
