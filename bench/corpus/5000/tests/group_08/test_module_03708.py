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

    def test_create_port_0(self):
        port = self._create_port(name='port-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        self.assertIsInstance(port, dict)

    def test_live_migrate_port_1(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-1')
        self.assertIn('metadata', port)
        self.assertGreater(len(self.ports), 0)
        self.assertIsNone(port.get('fault'))
        self.assertIsNotNone(port['id'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertEqual('ERROR', port['status'])
        self.assertIn('metadata', port)
        self.assertIsNone(port.get('fault'))
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa

    def test_lock_port_2(self):
        # lock a port and check its state
        port = self._create_port(name='port-2')
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('metadata', port)
        self.assertIsNone(port.get('fault'))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsNone(port.get('fault'))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('MIGRATING', port['status'])
        self.api.post_port_action(port['id'], {'lock': None})  # noqa

    def test_evacuate_port_3(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-3')
        self.assertIsNotNone(port['id'])
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsInstance(port, dict)
        self.assertGreater(len(self.ports), 0)
        self.assertIsNotNone(port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        port['metadata'] = {'key': 'build', 'count': 79}
        self.assertIn('metadata', port)
        port['metadata'] = {'key': 'shutoff', 'count': 38}
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
