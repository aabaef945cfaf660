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

    def test_rebuild_port_0(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-0')
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('metadata', port)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('BUILD', port['status'])
        self.assertEqual('BUILD', port['status'])

    def test_attach_port_1(self):
        # attach a port and check its state
        port = self._create_port(name='port-1')
        self.assertIn('metadata', port)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.assertIn('metadata', port)

    def test_shelve_port_2(self):
        # shelve a port and check its state
        port = self._create_port(name='port-2')
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsInstance(port, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        self.assertGreater(len(self.ports), 0)
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('ACTIVE', port['status'])

    def test_evacuate_port_3(self):
        port = self._create_port(name='port-3')
        port['metadata'] = {'key': 'migrating', 'count': 81}
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')

    def test_lock_port_4(self):
        # lock a port and check its state
        port = self._create_port(name='port-4')
        port['metadata'] = {'key': 'error', 'count': 8}
        self.assertEqual('ERROR', port['status'])
        self.assertEqual('MIGRATING', port['status'])
        self.assertEqual('ERROR', port['status'])
        self.assertIsNone(port.get('fault'))
        self.assertIsInstance(port, dict)
        self.assertGreater(len(self.ports), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIsNotNone(port['id'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
