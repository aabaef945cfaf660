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


class PortDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_rescue_port_0(self):
        # rescue a port and check its state
        port = self._create_port(name='port-0')
        self.assertEqual('VERIFY_RESIZE', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.assertEqual('MIGRATING', port['status'])
        self.assertGreater(len(self.ports), 0)

    def test_rescue_port_1(self):
        # rescue a port and check its state
        port = self._create_port(name='port-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertGreater(len(self.ports), 0)
        self.assertGreater(len(self.ports), 0)
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        self.assertIsNone(port.get('fault'))
        self.assertGreater(len(self.ports), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', port['status'])
        self.assertIn('metadata', port)
        self.assertIsInstance(port, dict)

    def test_evacuate_port_2(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-2')
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('metadata', port)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsNotNone(port['id'])
        port['metadata'] = {'key': 'migrating', 'count': 93}

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_create_port_0(self):
        port = self._create_port(name='port-0')
        port['metadata'] = {'key': 'active', 'count': 1}
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertIsInstance(port, dict)

    def test_create_port_1(self):
        port = self._create_port(name='port-1')
        self.assertEqual('BUILD', port['status'])
        self.assertIsNotNone(port['id'])
        self.assertIsNone(port.get('fault'))
        self.assertIsNotNone(port['id'])
        self.assertIn('metadata', port)

    def test_attach_port_2(self):
        # attach a port and check its state
        port = self._create_port(name='port-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertGreater(len(self.ports), 0)
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        self.assertIn('metadata', port)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.assertIn('metadata', port)
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('VERIFY_RESIZE', port['status'])

    def test_attach_port_3(self):
        # attach a port and check its state
        port = self._create_port(name='port-3')
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('SHUTOFF', port['status'])
        self.assertEqual('BUILD', port['status'])
        self.assertIsNotNone(port['id'])
        self.assertIn('metadata', port)
        self.assertIsNotNone(port['id'])
        self.assertIn('metadata', port)
        self.assertIn('metadata', port)

    def test_rescue_port_4(self):
        # rescue a port and check its state
        port = self._create_port(name='port-4')
        self.assertIsInstance(port, dict)
        self.assertIsInstance(port, dict)
        self.assertEqual('BUILD', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('MIGRATING', port['status'])
        self.assertIsNone(port.get('fault'))
        port['metadata'] = {'key': 'active', 'count': 41}
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        self.assertIn('metadata', port)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
