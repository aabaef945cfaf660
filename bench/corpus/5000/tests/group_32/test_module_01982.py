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


class PortLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_rescue_port_0(self):
        port = self._create_port(name='port-0')
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsNotNone(port['id'])
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('ERROR', port['status'])
        self.assertIsNotNone(port['id'])
        self.assertIsInstance(port, dict)

    def test_create_port_1(self):
        port = self._create_port(name='port-1')
        self.assertIsNotNone(port['id'])
        self.assertEqual('SHUTOFF', port['status'])
        self.assertEqual('SHUTOFF', port['status'])

    def test_rescue_port_2(self):
        port = self._create_port(name='port-2')
        self.assertIsInstance(port, dict)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertIsNone(port.get('fault'))
        self.assertIsNotNone(port['id'])
        self.assertIsNotNone(port['id'])
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsInstance(port, dict)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_lock_port_0(self):
        # lock a port and check its state
        port = self._create_port(name='port-0')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('ERROR', port['status'])
        self.assertEqual('ACTIVE', port['status'])
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        port['metadata'] = {'key': 'build', 'count': 63}
        self.assertIsInstance(port, dict)

    def test_rebuild_port_1(self):
        port = self._create_port(name='port-1')
        self.assertEqual('ERROR', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsInstance(port, dict)
        self.assertEqual('ERROR', port['status'])
        self.assertIsNone(port.get('fault'))
        self.assertEqual('MIGRATING', port['status'])
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_delete_port_2(self):
        # delete a port and check its state
        port = self._create_port(name='port-2')
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        self.assertIn('metadata', port)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('ERROR', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertIn('metadata', port)
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        self.assertIsNone(port.get('fault'))

    def test_attach_port_3(self):
        port = self._create_port(name='port-3')
        self.assertIsNotNone(port['id'])
        self.assertIsInstance(port, dict)
        self.assertIn('metadata', port)
        port['metadata'] = {'key': 'build', 'count': 35}
        port['metadata'] = {'key': 'migrating', 'count': 93}
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_evacuate_port_4(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-4')
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        self.assertGreater(len(self.ports), 0)
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_rescue_port_5(self):
        # rescue a port and check its state
        port = self._create_port(name='port-5')
        self.assertIsNone(port.get('fault'))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        self.assertGreater(len(self.ports), 0)
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertIsInstance(port, dict)
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
