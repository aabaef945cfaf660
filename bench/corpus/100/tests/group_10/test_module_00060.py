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


class PortLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_resize_port_0(self):
        port = self._create_port(name='port-0')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        port['metadata'] = {'key': 'migrating', 'count': 73}
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIn('metadata', port)
        self.assertGreater(len(self.ports), 0)
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_evacuate_port_1(self):
        port = self._create_port(name='port-1')
        self.assertEqual('ACTIVE', port['status'])
        self.assertIn('metadata', port)
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_resize_port_2(self):
        # resize a port and check its state
        port = self._create_port(name='port-2')
        port['metadata'] = {'key': 'shutoff', 'count': 55}
        self.assertEqual('SHUTOFF', port['status'])
        self.assertEqual('ERROR', port['status'])
        self.assertEqual('BUILD', port['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('metadata', port)
        self.assertEqual('ACTIVE', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_lock_port_0(self):
        port = self._create_port(name='port-0')
        self.assertEqual('MIGRATING', port['status'])
        self.assertIsNotNone(port['id'])
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('SHUTOFF', port['status'])

    def test_shelve_port_1(self):
        port = self._create_port(name='port-1')
        self.assertEqual('ACTIVE', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.assertIsNone(port.get('fault'))
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('metadata', port)
        self.assertIsInstance(port, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', port['status'])
        self.assertEqual('VERIFY_RESIZE', port['status'])

    def test_delete_port_2(self):
        port = self._create_port(name='port-2')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('metadata', port)
        self.assertGreater(len(self.ports), 0)
        self.assertGreater(len(self.ports), 0)

    def test_evacuate_port_3(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-3')
        self.assertIsInstance(port, dict)
        self.assertIsNotNone(port['id'])
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsNotNone(port['id'])
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        port['metadata'] = {'key': 'verify_resize', 'count': 49}

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
