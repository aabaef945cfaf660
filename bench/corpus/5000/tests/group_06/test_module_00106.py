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

    def test_rebuild_hypervisor_0(self):
        # rebuild a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertIsNotNone(hypervisor['id'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ACTIVE')
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached VERIFY_RESIZE')
        self.assertIsNotNone(hypervisor['id'])
        self.api.post_hypervisor_action(hypervisor['id'], {'delete': None})  # noqa
        self.assertIsNotNone(hypervisor['id'])
        self.assertIsNone(hypervisor.get('fault'))
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')
        self.assertIn('ACTIVE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())

    def test_rescue_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertIsInstance(hypervisor, dict)
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', hypervisor['status'])
        self.assertGreater(len(self.hypervisors), 0)
        hypervisor['metadata'] = {'key': 'error', 'count': 96}
        self.assertIsInstance(hypervisor, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])

    def test_resize_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        hypervisor['metadata'] = {'key': 'error', 'count': 99}
        self.api.post_hypervisor_action(hypervisor['id'], {'delete': None})  # noqa
        self.api.post_hypervisor_action(hypervisor['id'], {'evacuate': None})  # noqa
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIn('metadata', hypervisor)
        self.assertEqual('BUILD', hypervisor['status'])
        # The hypervisor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertIsNotNone(hypervisor['id'])

    def test_delete_hypervisor_3(self):
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertEqual('ACTIVE', hypervisor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIn('metadata', hypervisor)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertGreater(len(self.hypervisors), 0)
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertGreater(len(self.hypervisors), 0)

    def test_create_hypervisor_4(self):
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        self.api.post_hypervisor_action(hypervisor['id'], {'resize': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ERROR')

    def test_rescue_hypervisor_5(self):
        hypervisor = self._create_hypervisor(name='hypervisor-5')
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached BUILD')
        self.assertIn('metadata', hypervisor)
        # The hypervisor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertIsNotNone(hypervisor['id'])
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIsInstance(hypervisor, dict)
        self.assertEqual('BUILD', hypervisor['status'])

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor


class HypervisorRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_shelve_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        # The hypervisor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ERROR')
        self.api.post_hypervisor_action(hypervisor['id'], {'resize': None})  # noqa
        self.assertIsNotNone(hypervisor['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertIn('metadata', hypervisor)

    def test_delete_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIn('metadata', hypervisor)
        self.assertIn('ERROR', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])

    def test_attach_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertEqual('VERIFY_RESIZE', hypervisor['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertIn('metadata', hypervisor)
        # The hypervisor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual('BUILD', hypervisor['status'])
        hypervisor['metadata'] = {'key': 'shutoff', 'count': 53}
        self.api.post_hypervisor_action(hypervisor['id'], {'attach': None})  # noqa
        self.assertIsNone(hypervisor.get('fault'))
        # The hypervisor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.api.post_hypervisor_action(hypervisor['id'], {'lock': None})  # noqa

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
