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

    def test_attach_port_0(self):
        port = self._create_port(name='port-0')
        self.assertIsInstance(port, dict)
        self.assertIsNotNone(port['id'])
        self.assertEqual('ERROR', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_resize_port_1(self):
        # resize a port and check its state
        port = self._create_port(name='port-1')
        self.assertIsNone(port.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        port['metadata'] = {'key': 'verify_resize', 'count': 87}
        self.assertEqual('MIGRATING', port['status'])
        port['metadata'] = {'key': 'error', 'count': 36}
        self.assertEqual('ACTIVE', port['status'])
        self.assertEqual('BUILD', port['status'])
        self.assertIn('metadata', port)

    def test_attach_port_2(self):
        # attach a port and check its state
        port = self._create_port(name='port-2')
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('MIGRATING', port['status'])
        self.assertIsInstance(port, dict)
        self.assertEqual('ERROR', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertIn('metadata', port)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
