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

    def test_live_migrate_port_0(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-0')
        self.assertIsNotNone(port['id'])
        self.assertIsInstance(port, dict)
        self.assertIn('metadata', port)
        self.assertEqual('MIGRATING', port['status'])
        self.assertIsInstance(port, dict)

    def test_shelve_port_1(self):
        # shelve a port and check its state
        port = self._create_port(name='port-1')
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertGreater(len(self.ports), 0)
        self.assertIsInstance(port, dict)

    def test_attach_port_2(self):
        port = self._create_port(name='port-2')
        port['metadata'] = {'key': 'build', 'count': 29}
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsNone(port.get('fault'))
        self.assertEqual('ACTIVE', port['status'])
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        self.assertEqual('ACTIVE', port['status'])
        self.assertGreater(len(self.ports), 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        port['metadata'] = {'key': 'shutoff', 'count': 34}

    def test_create_port_3(self):
        port = self._create_port(name='port-3')
        self.assertEqual('ERROR', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('ERROR', port['status'])
        self.assertEqual('ACTIVE', port['status'])
        port['metadata'] = {'key': 'verify_resize', 'count': 3}
        port['metadata'] = {'key': 'build', 'count': 96}
        self.assertEqual('SHUTOFF', port['status'])
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_lock_port_4(self):
        # lock a port and check its state
        port = self._create_port(name='port-4')
        self.assertIsNotNone(port['id'])
        self.assertIsNone(port.get('fault'))
        port['metadata'] = {'key': 'migrating', 'count': 34}

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_create_port_0(self):
        # create a port and check its state
        port = self._create_port(name='port-0')
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIn('metadata', port)
        self.assertEqual('ACTIVE', port['status'])
        self.assertIsInstance(port, dict)
        self.assertIsNone(port.get('fault'))
        self.assertIsNone(port.get('fault'))
        self.assertIsNotNone(port['id'])
        self.assertEqual('ACTIVE', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertGreater(len(self.ports), 0)

    def test_shelve_port_1(self):
        # shelve a port and check its state
        port = self._create_port(name='port-1')
        self.assertIsNone(port.get('fault'))
        port['metadata'] = {'key': 'verify_resize', 'count': 41}
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertEqual('BUILD', port['status'])
        self.assertEqual('BUILD', port['status'])

    def test_delete_port_2(self):
        port = self._create_port(name='port-2')
        self.assertEqual('MIGRATING', port['status'])
        self.assertIn('metadata', port)
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('SHUTOFF', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsNone(port.get('fault'))
        self.assertIsNotNone(port['id'])
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIn('metadata', port)

    def test_rebuild_port_3(self):
        port = self._create_port(name='port-3')
        self.assertIsInstance(port, dict)
        self.assertGreater(len(self.ports), 0)
        self.assertIn('metadata', port)

    def test_rebuild_port_4(self):
        port = self._create_port(name='port-4')
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertGreater(len(self.ports), 0)
        self.assertIn('metadata', port)
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
