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

    def test_attach_port_0(self):
        port = self._create_port(name='port-0')
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        self.assertEqual('ACTIVE', port['status'])
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        port['metadata'] = {'key': 'error', 'count': 35}
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertGreater(len(self.ports), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsInstance(port, dict)

    def test_attach_port_1(self):
        port = self._create_port(name='port-1')
        self.assertEqual('ERROR', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('MIGRATING', port['status'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('metadata', port)

    def test_rescue_port_2(self):
        # rescue a port and check its state
        port = self._create_port(name='port-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', port['status'])
        port['metadata'] = {'key': 'active', 'count': 61}
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsNone(port.get('fault'))

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
