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
        # The hypervisor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertIn('metadata', hypervisor)
        self.assertEqual('ERROR', hypervisor['status'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ERROR')
        self.assertIsNotNone(hypervisor['id'])
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertGreater(len(self.hypervisors), 0)

    def test_attach_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertIsNotNone(hypervisor['id'])
        self.assertIn('metadata', hypervisor)
        self.api.post_hypervisor_action(hypervisor['id'], {'evacuate': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIsNotNone(hypervisor['id'])
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertIsInstance(hypervisor, dict)
        self.assertIsNotNone(hypervisor['id'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ACTIVE')

    def test_attach_hypervisor_2(self):
        # attach a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertIsInstance(hypervisor, dict)
        self.assertIsNone(hypervisor.get('fault'))
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIsNotNone(hypervisor['id'])

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor


class HypervisorLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_attach_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        hypervisor['metadata'] = {'key': 'verify_resize', 'count': 23}
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIn('MIGRATING', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])

    def test_delete_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertIsInstance(hypervisor, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertEqual('MIGRATING', hypervisor['status'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached VERIFY_RESIZE')
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertGreater(len(self.hypervisors), 0)

    def test_evacuate_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertIsNotNone(hypervisor['id'])
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIsNone(hypervisor.get('fault'))
        hypervisor['metadata'] = {'key': 'error', 'count': 14}
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIn('MIGRATING', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertIsInstance(hypervisor, dict)
        self.assertIn('metadata', hypervisor)
        self.api.post_hypervisor_action(hypervisor['id'], {'shelve': None})  # noqa
        self.assertIsNone(hypervisor.get('fault'))

    def test_delete_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.api.post_hypervisor_action(hypervisor['id'], {'create': None})  # noqa
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached SHUTOFF')
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertIsNotNone(hypervisor['id'])
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIsNone(hypervisor.get('fault'))
        self.assertEqual('BUILD', hypervisor['status'])
        self.api.post_hypervisor_action(hypervisor['id'], {'delete': None})  # noqa

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
