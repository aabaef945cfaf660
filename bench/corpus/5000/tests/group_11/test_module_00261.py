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


class PortShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_create_port_0(self):
        port = self._create_port(name='port-0')
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIn('metadata', port)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsNone(port.get('fault'))

    def test_attach_port_1(self):
        port = self._create_port(name='port-1')
        self.assertGreater(len(self.ports), 0)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIsInstance(port, dict)
        self.assertIsNotNone(port['id'])
        self.assertIsNone(port.get('fault'))
        self.assertIsNone(port.get('fault'))
        self.assertEqual('ACTIVE', port['status'])

    def test_create_port_2(self):
        # create a port and check its state
        port = self._create_port(name='port-2')
        self.assertEqual('MIGRATING', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.assertIsNotNone(port['id'])
        self.assertEqual('SHUTOFF', port['status'])

    def test_delete_port_3(self):
        # delete a port and check its state
        port = self._create_port(name='port-3')
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIn('metadata', port)
        self.assertEqual('MIGRATING', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertGreater(len(self.ports), 0)
        port['metadata'] = {'key': 'error', 'count': 93}
        self.assertIsNone(port.get('fault'))
        self.assertIsInstance(port, dict)
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_create_port_0(self):
        # create a port and check its state
        port = self._create_port(name='port-0')
        port['metadata'] = {'key': 'active', 'count': 21}
        self.assertEqual('MIGRATING', port['status'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIsInstance(port, dict)
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_shelve_port_1(self):
        # shelve a port and check its state
        port = self._create_port(name='port-1')
        self.assertEqual('MIGRATING', port['status'])
        self.assertEqual('ERROR', port['status'])
        self.assertIsNone(port.get('fault'))
        self.assertIsInstance(port, dict)

    def test_live_migrate_port_2(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-2')
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('ERROR', port['status'])
        self.assertIsNotNone(port['id'])
        self.assertIn('metadata', port)
        self.assertEqual('ERROR', port['status'])
        self.assertEqual('MIGRATING', port['status'])
        port['metadata'] = {'key': 'verify_resize', 'count': 44}
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_rescue_port_3(self):
        port = self._create_port(name='port-3')
        self.assertIsInstance(port, dict)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertEqual('SHUTOFF', port['status'])
        self.assertEqual('ERROR', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsInstance(port, dict)
        self.assertEqual('MIGRATING', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
