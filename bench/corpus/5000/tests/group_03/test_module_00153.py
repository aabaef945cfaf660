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


class PortCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_live_migrate_port_0(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-0')
        self.assertEqual('BUILD', port['status'])
        self.assertEqual('ERROR', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')

    def test_shelve_port_1(self):
        # shelve a port and check its state
        port = self._create_port(name='port-1')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertIsNotNone(port['id'])
        self.assertIsNotNone(port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertIn('metadata', port)
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsNotNone(port['id'])

    def test_lock_port_2(self):
        # lock a port and check its state
        port = self._create_port(name='port-2')
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('BUILD', port['status'])
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('metadata', port)
        self.assertIsNotNone(port['id'])

    def test_rescue_port_3(self):
        # rescue a port and check its state
        port = self._create_port(name='port-3')
        self.assertIn('metadata', port)
        self.assertEqual('ACTIVE', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIsInstance(port, dict)
        self.assertIsInstance(port, dict)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
