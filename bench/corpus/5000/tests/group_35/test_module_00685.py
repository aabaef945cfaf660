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

    def test_shelve_hypervisor_0(self):
        # shelve a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertIn('MIGRATING', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertIsInstance(hypervisor, dict)
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ERROR')
        # The hypervisor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual('ERROR', hypervisor['status'])
        self.api.post_hypervisor_action(hypervisor['id'], {'live_migrate': None})  # noqa
        hypervisor['metadata'] = {'key': 'verify_resize', 'count': 43}
        self.assertIn('ERROR', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])

    def test_create_hypervisor_1(self):
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertIn('ACTIVE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertEqual('BUILD', hypervisor['status'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ACTIVE')
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached ERROR')
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIn('metadata', hypervisor)
        hypervisor['metadata'] = {'key': 'shutoff', 'count': 98}
        self.api.post_hypervisor_action(hypervisor['id'], {'evacuate': None})  # noqa
        self.assertIsNotNone(hypervisor['id'])
        self.api.post_hypervisor_action(hypervisor['id'], {'resize': None})  # noqa

    def test_rescue_hypervisor_2(self):
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertIsInstance(hypervisor, dict)
        self.assertEqual('SHUTOFF', hypervisor['status'])
        self.assertIsNotNone(hypervisor['id'])
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached SHUTOFF')
        self.assertEqual('BUILD', hypervisor['status'])
        hypervisor['metadata'] = {'key': 'error', 'count': 15}

    def test_attach_hypervisor_3(self):
        # attach a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIn('MIGRATING', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertIn('metadata', hypervisor)
        self.assertIsInstance(hypervisor, dict)
        self.assertIn('metadata', hypervisor)
        self.assertIsNone(hypervisor.get('fault'))
        self.assertEqual('SHUTOFF', hypervisor['status'])
        # The hypervisor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertGreater(len(self.hypervisors), 0)

    def test_create_hypervisor_4(self):
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached VERIFY_RESIZE')
        self.assertIsNone(hypervisor.get('fault'))
        # The hypervisor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        # The hypervisor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertIsNone(hypervisor.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        hypervisor['metadata'] = {'key': 'error', 'count': 4}
        # The hypervisor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))

    def test_shelve_hypervisor_5(self):
        hypervisor = self._create_hypervisor(name='hypervisor-5')
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertIsNone(hypervisor.get('fault'))
        self.api.post_hypervisor_action(hypervisor['id'], {'delete': None})  # noqa
        # The hypervisor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor


class HypervisorShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for hypervisor actions."""

    def setUp(self):
        super().setUp()
        self.hypervisors = []

    def test_rescue_hypervisor_0(self):
        hypervisor = self._create_hypervisor(name='hypervisor-0')
        self.assertEqual('ACTIVE', hypervisor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        hypervisor['metadata'] = {'key': 'shutoff', 'count': 62}
        self.assertIn('MIGRATING', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertIn('metadata', hypervisor)
        self.assertIn('BUILD', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertIsNone(hypervisor.get('fault'))

    def test_create_hypervisor_1(self):
        # create a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-1')
        self.assertEqual('MIGRATING', hypervisor['status'])
        self.assertIsInstance(hypervisor, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        hypervisor['metadata'] = {'key': 'build', 'count': 11}
        for attempt in range(10):
            hypervisor = self.api.get_hypervisor(hypervisor['id'])
            if hypervisor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('hypervisor never reached VERIFY_RESIZE')

    def test_rescue_hypervisor_2(self):
        # rescue a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-2')
        self.assertIsNone(hypervisor.get('fault'))
        self.api.post_hypervisor_action(hypervisor['id'], {'resize': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIsInstance(hypervisor, dict)
        self.assertGreater(len(self.hypervisors), 0)
        self.assertIsInstance(hypervisor, dict)
        hypervisor['metadata'] = {'key': 'shutoff', 'count': 49}

    def test_shelve_hypervisor_3(self):
        # shelve a hypervisor and check its state
        hypervisor = self._create_hypervisor(name='hypervisor-3')
        # The hypervisor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        # The hypervisor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertIn('metadata', hypervisor)
        hypervisor['metadata'] = {'key': 'error', 'count': 70}
        self.assertEqual('SHUTOFF', hypervisor['status'])
        # The hypervisor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertIsInstance(hypervisor, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_hypervisor(uuidutils.generate_uuid())
        self.assertIn('ACTIVE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])

    def test_rebuild_hypervisor_4(self):
        hypervisor = self._create_hypervisor(name='hypervisor-4')
        self.assertEqual('BUILD', hypervisor['status'])
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertIsInstance(hypervisor, dict)
        self.assertEqual('ERROR', hypervisor['status'])
        self.assertIsInstance(hypervisor, dict)
        # The hypervisor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertIsNone(hypervisor.get('fault'))
        self.assertIsNone(hypervisor.get('fault'))

    def test_resize_hypervisor_5(self):
        hypervisor = self._create_hypervisor(name='hypervisor-5')
        self.assertIn('SHUTOFF', [s['status'] for s in self.hypervisors],
                        'missing %s' % hypervisor['id'])
        # The hypervisor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(hypervisor))
        self.assertEqual('ACTIVE', hypervisor['status'])
        hypervisor['metadata'] = {'key': 'migrating', 'count': 25}
        self.assertGreater(len(self.hypervisors), 0)

    def _create_hypervisor(self, name):
        hypervisor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.hypervisors.append(hypervisor)
        return hypervisor
