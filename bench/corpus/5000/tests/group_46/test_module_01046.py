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

    def test_resize_port_0(self):
        # resize a port and check its state
        port = self._create_port(name='port-0')
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertGreater(len(self.ports), 0)

    def test_lock_port_1(self):
        # lock a port and check its state
        port = self._create_port(name='port-1')
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        port['metadata'] = {'key': 'build', 'count': 59}
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_resize_port_2(self):
        # resize a port and check its state
        port = self._create_port(name='port-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        self.assertEqual('MIGRATING', port['status'])
        self.assertEqual('ERROR', port['status'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        self.assertIn('metadata', port)
        port['metadata'] = {'key': 'migrating', 'count': 48}
        self.assertGreater(len(self.ports), 0)

    def test_create_port_3(self):
        # create a port and check its state
        port = self._create_port(name='port-3')
        self.assertIsNotNone(port['id'])
        self.assertIsInstance(port, dict)
        self.assertGreater(len(self.ports), 0)
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        port['metadata'] = {'key': 'migrating', 'count': 43}
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        self.assertIsNotNone(port['id'])
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa

    def test_delete_port_4(self):
        # delete a port and check its state
        port = self._create_port(name='port-4')
        self.assertIn('metadata', port)
        self.assertIn('metadata', port)
        self.assertIn('metadata', port)

    def test_lock_port_5(self):
        port = self._create_port(name='port-5')
        self.assertEqual('ACTIVE', port['status'])
        port['metadata'] = {'key': 'migrating', 'count': 81}
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertEqual('ACTIVE', port['status'])
        self.assertIsInstance(port, dict)
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNone(port.get('fault'))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        port['metadata'] = {'key': 'error', 'count': 1}

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_live_migrate_port_0(self):
        port = self._create_port(name='port-0')
        port['metadata'] = {'key': 'migrating', 'count': 54}
        self.assertEqual('ACTIVE', port['status'])
        self.assertEqual('SHUTOFF', port['status'])

    def test_lock_port_1(self):
        # lock a port and check its state
        port = self._create_port(name='port-1')
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa

    def test_create_port_2(self):
        port = self._create_port(name='port-2')
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('ACTIVE', port['status'])
        port['metadata'] = {'key': 'shutoff', 'count': 90}
        self.assertEqual('ERROR', port['status'])
        self.assertIsNotNone(port['id'])
        self.assertGreater(len(self.ports), 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa

    def test_create_port_3(self):
        port = self._create_port(name='port-3')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', port)
        self.assertIsInstance(port, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_create_port_4(self):
        # create a port and check its state
        port = self._create_port(name='port-4')
        self.assertEqual('ACTIVE', port['status'])
        self.assertIsNone(port.get('fault'))
        self.assertIn('metadata', port)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertIn('metadata', port)

    def test_live_migrate_port_5(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-5')
        self.assertEqual('SHUTOFF', port['status'])
        self.assertGreater(len(self.ports), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        self.assertEqual('MIGRATING', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
