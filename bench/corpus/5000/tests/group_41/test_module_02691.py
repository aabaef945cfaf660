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

    def test_evacuate_port_0(self):
        port = self._create_port(name='port-0')
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsNotNone(port['id'])
        self.assertIsNotNone(port['id'])
        self.assertEqual('SHUTOFF', port['status'])

    def test_resize_port_1(self):
        # resize a port and check its state
        port = self._create_port(name='port-1')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsNone(port.get('fault'))
        port['metadata'] = {'key': 'active', 'count': 91}
        self.assertIsNotNone(port['id'])
        self.assertGreater(len(self.ports), 0)
        self.assertIsInstance(port, dict)
        self.assertIsNotNone(port['id'])
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_rescue_port_2(self):
        port = self._create_port(name='port-2')
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        self.assertIsNotNone(port['id'])
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        self.assertEqual('ACTIVE', port['status'])
        self.assertIsNotNone(port['id'])
        self.assertIsInstance(port, dict)

    def test_rescue_port_3(self):
        # rescue a port and check its state
        port = self._create_port(name='port-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIsInstance(port, dict)
        self.assertEqual('SHUTOFF', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', port['status'])
        self.assertGreater(len(self.ports), 0)
        port['metadata'] = {'key': 'active', 'count': 0}
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNone(port.get('fault'))

    def test_create_port_4(self):
        # create a port and check its state
        port = self._create_port(name='port-4')
        self.assertIsNone(port.get('fault'))
        self.assertEqual('MIGRATING', port['status'])
        self.assertIsNone(port.get('fault'))
        self.assertEqual('VERIFY_RESIZE', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('BUILD', port['status'])
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertEqual('ACTIVE', port['status'])

    def test_resize_port_5(self):
        # resize a port and check its state
        port = self._create_port(name='port-5')
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('BUILD', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
