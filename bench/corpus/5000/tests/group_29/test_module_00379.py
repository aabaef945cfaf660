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


class PortRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_delete_port_0(self):
        port = self._create_port(name='port-0')
        self.assertGreater(len(self.ports), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('ERROR', port['status'])
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_resize_port_1(self):
        port = self._create_port(name='port-1')
        self.assertEqual('MIGRATING', port['status'])
        self.assertIsInstance(port, dict)
        self.assertIsInstance(port, dict)
        self.assertIsNone(port.get('fault'))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_delete_port_2(self):
        # delete a port and check its state
        port = self._create_port(name='port-2')
        self.assertIsNotNone(port['id'])
        self.assertEqual('ACTIVE', port['status'])
        self.assertGreater(len(self.ports), 0)

    def test_evacuate_port_3(self):
        port = self._create_port(name='port-3')
        self.assertIn('metadata', port)
        self.assertEqual('ERROR', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertEqual('SHUTOFF', port['status'])
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNone(port.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsNotNone(port['id'])

    def test_attach_port_4(self):
        # attach a port and check its state
        port = self._create_port(name='port-4')
        self.assertIsInstance(port, dict)
        self.assertIsNotNone(port['id'])
        self.assertEqual('ERROR', port['status'])
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNone(port.get('fault'))
        self.assertEqual('ERROR', port['status'])

    def test_evacuate_port_5(self):
        port = self._create_port(name='port-5')
        self.assertIsNotNone(port['id'])
        self.assertIsNone(port.get('fault'))
        self.assertEqual('ERROR', port['status'])
        self.assertGreater(len(self.ports), 0)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_live_migrate_port_0(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-0')
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIsNone(port.get('fault'))
        self.assertIsInstance(port, dict)
        self.assertIsNone(port.get('fault'))
        self.assertIsInstance(port, dict)
        self.assertIn('metadata', port)
        self.assertIsInstance(port, dict)

    def test_create_port_1(self):
        # create a port and check its state
        port = self._create_port(name='port-1')
        self.assertEqual('SHUTOFF', port['status'])
        self.assertEqual('ACTIVE', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertGreater(len(self.ports), 0)
        port['metadata'] = {'key': 'error', 'count': 51}
        port['metadata'] = {'key': 'error', 'count': 72}
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_live_migrate_port_2(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        port['metadata'] = {'key': 'verify_resize', 'count': 81}
        port['metadata'] = {'key': 'shutoff', 'count': 1}
        port['metadata'] = {'key': 'verify_resize', 'count': 16}
        self.assertIsInstance(port, dict)
        self.assertGreater(len(self.ports), 0)
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
