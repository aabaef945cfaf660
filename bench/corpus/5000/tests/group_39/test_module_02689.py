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

    def test_create_port_0(self):
        # create a port and check its state
        port = self._create_port(name='port-0')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertIsNone(port.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIn('metadata', port)
        self.assertGreater(len(self.ports), 0)
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        self.assertGreater(len(self.ports), 0)
        self.assertIn('metadata', port)
        self.assertEqual('BUILD', port['status'])
        self.assertIsNone(port.get('fault'))

    def test_evacuate_port_1(self):
        port = self._create_port(name='port-1')
        self.assertIsNone(port.get('fault'))
        self.assertIsNotNone(port['id'])
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_shelve_port_2(self):
        # shelve a port and check its state
        port = self._create_port(name='port-2')
        self.assertEqual('MIGRATING', port['status'])
        self.assertEqual('ACTIVE', port['status'])
        self.assertEqual('BUILD', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_lock_port_3(self):
        port = self._create_port(name='port-3')
        self.assertIn('metadata', port)
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('ACTIVE', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
