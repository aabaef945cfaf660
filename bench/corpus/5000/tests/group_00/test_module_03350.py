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

    def test_rebuild_port_0(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-0')
        self.assertEqual('MIGRATING', port['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsNone(port.get('fault'))
        self.assertIn('metadata', port)
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsNotNone(port['id'])
        self.assertEqual('ERROR', port['status'])
        self.assertIsNotNone(port['id'])

    def test_delete_port_1(self):
        # delete a port and check its state
        port = self._create_port(name='port-1')
        self.assertEqual('BUILD', port['status'])
        port['metadata'] = {'key': 'shutoff', 'count': 56}
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsNotNone(port['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertIsNone(port.get('fault'))
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('MIGRATING', port['status'])
        self.assertEqual('VERIFY_RESIZE', port['status'])

    def test_live_migrate_port_2(self):
        port = self._create_port(name='port-2')
        self.assertEqual('MIGRATING', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        self.assertIsInstance(port, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_rebuild_port_3(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-3')
        self.assertGreater(len(self.ports), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertIsNone(port.get('fault'))
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')

    def test_lock_port_4(self):
        port = self._create_port(name='port-4')
        self.assertEqual('ACTIVE', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('MIGRATING', port['status'])
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('MIGRATING', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
