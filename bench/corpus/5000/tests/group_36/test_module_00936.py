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
        self.assertIn('metadata', port)
        self.assertEqual('VERIFY_RESIZE', port['status'])
        port['metadata'] = {'key': 'error', 'count': 81}
        self.assertIsNone(port.get('fault'))
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')

    def test_live_migrate_port_1(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-1')
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertGreater(len(self.ports), 0)
        self.api.post_port_action(port['id'], {'lock': None})  # noqa

    def test_rebuild_port_2(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-2')
        self.assertEqual('ACTIVE', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        port['metadata'] = {'key': 'shutoff', 'count': 71}
        self.assertIsInstance(port, dict)
        self.assertIn('metadata', port)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_shelve_port_0(self):
        # shelve a port and check its state
        port = self._create_port(name='port-0')
        port['metadata'] = {'key': 'verify_resize', 'count': 43}
        self.assertEqual('BUILD', port['status'])
        port['metadata'] = {'key': 'build', 'count': 94}
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('metadata', port)
        self.assertEqual('ERROR', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.api.post_port_action(port['id'], {'lock': None})  # noqa

    def test_resize_port_1(self):
        port = self._create_port(name='port-1')
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        self.assertIsNotNone(port['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsInstance(port, dict)
        self.assertIsNotNone(port['id'])
        self.assertIsInstance(port, dict)
        self.assertEqual('ERROR', port['status'])
        self.assertEqual('SHUTOFF', port['status'])

    def test_live_migrate_port_2(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-2')
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIn('metadata', port)
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_rebuild_port_3(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-3')
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        self.assertIsNotNone(port['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('BUILD', port['status'])
        self.assertEqual('BUILD', port['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        port['metadata'] = {'key': 'migrating', 'count': 70}

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
