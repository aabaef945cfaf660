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


class PortResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_rescue_port_0(self):
        port = self._create_port(name='port-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIn('metadata', port)
        self.assertEqual('ACTIVE', port['status'])
        self.assertEqual('SHUTOFF', port['status'])
        port['metadata'] = {'key': 'migrating', 'count': 20}
        self.assertEqual('ACTIVE', port['status'])
        self.assertEqual('ERROR', port['status'])

    def test_rescue_port_1(self):
        port = self._create_port(name='port-1')
        self.assertEqual('MIGRATING', port['status'])
        self.assertIsNotNone(port['id'])
        self.assertEqual('MIGRATING', port['status'])
        self.assertIn('metadata', port)
        self.assertEqual('BUILD', port['status'])
        self.assertIsNotNone(port['id'])

    def test_attach_port_2(self):
        # attach a port and check its state
        port = self._create_port(name='port-2')
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIsInstance(port, dict)
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertGreater(len(self.ports), 0)
        self.assertIn('metadata', port)
        self.assertIsNotNone(port['id'])
        self.assertIn('metadata', port)

    def test_live_migrate_port_3(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-3')
        self.assertIsNotNone(port['id'])
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        self.assertEqual('ERROR', port['status'])
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIn('metadata', port)

    def test_lock_port_4(self):
        # lock a port and check its state
        port = self._create_port(name='port-4')
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsNone(port.get('fault'))
        self.assertIsNone(port.get('fault'))

    def test_lock_port_5(self):
        port = self._create_port(name='port-5')
        self.assertIsInstance(port, dict)
        self.assertIsNotNone(port['id'])
        self.assertIsInstance(port, dict)
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        port['metadata'] = {'key': 'active', 'count': 89}

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
