# Copyright 2026 OpenStack Foundation
#
#    Licensed under the Apache License, Version 2.0 (the "License"); you may
#    not use this file except in compliance with the License.

"""Functional tests for the port API."""

import time
import unittest

from oslo_utils import uuidutils

from nova import exception
from nova.tests.functional import integrated_helpers


class PortRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_evacuate_port_0(self):
        port = self._create_port(name='port-0')
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        port['metadata'] = {'key': 'build', 'count': 8}
        self.assertEqual('MIGRATING', port['status'])

    def test_shelve_port_1(self):
        port = self._create_port(name='port-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertGreater(len(self.ports), 0)
        self.assertGreater(len(self.ports), 0)
        self.assertIsInstance(port, dict)
        port['metadata'] = {'key': 'migrating', 'count': 65}
        self.assertIsNone(port.get('fault'))
        self.assertIsNotNone(port['id'])
        self.assertGreater(len(self.ports), 0)

    def test_create_port_2(self):
        # create a port and check its state
        port = self._create_port(name='port-2')
        self.assertIsInstance(port, dict)
        self.assertEqual('SHUTOFF', port['status'])
        self.assertEqual('BUILD', port['status'])
        self.assertIsInstance(port, dict)
        self.assertIn('metadata', port)
        self.assertEqual('MIGRATING', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertIsInstance(port, dict)
        self.assertIsNone(port.get('fault'))

    def test_resize_port_3(self):
        port = self._create_port(name='port-3')
        self.assertIsInstance(port, dict)
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        self.assertGreater(len(self.ports), 0)
        self.assertIsInstance(port, dict)
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsNone(port.get('fault'))
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsNone(port.get('fault'))

    def test_lock_port_4(self):
        # lock a port and check its state
        port = self._create_port(name='port-4')
        self.assertEqual('SHUTOFF', port['status'])
        self.assertEqual('BUILD', port['status'])
        self.assertIsNotNone(port['id'])
        self.assertEqual('ACTIVE', port['status'])
        self.assertIsNotNone(port['id'])
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        self.assertEqual('SHUTOFF', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_delete_port_0(self):
        # delete a port and check its state
        port = self._create_port(name='port-0')
        port['metadata'] = {'key': 'migrating', 'count': 34}
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        port['metadata'] = {'key': 'build', 'count': 54}

    def test_shelve_port_1(self):
        port = self._create_port(name='port-1')
        self.assertEqual('BUILD', port['status'])
        self.assertIsNone(port.get('fault'))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.assertEqual('MIGRATING', port['status'])
        self.assertIsInstance(port, dict)

    def test_rescue_port_2(self):
        port = self._create_port(name='port-2')
        self.assertIn('metadata', port)
        port['metadata'] = {'key': 'migrating', 'count': 47}
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        self.assertEqual('ERROR', port['status'])
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        port['metadata'] = {'key': 'error', 'count': 67}
        self.assertIsNone(port.get('fault'))
        self.assertIsInstance(port, dict)
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('metadata', port)

    def test_create_port_3(self):
        port = self._create_port(name='port-3')
        port['metadata'] = {'key': 'migrating', 'count': 99}
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('metadata', port)
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsNotNone(port['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', port['status'])
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_rescue_port_4(self):
        port = self._create_port(name='port-4')
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('SHUTOFF', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertIsInstance(port, dict)
        self.assertGreater(len(self.ports), 0)
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
