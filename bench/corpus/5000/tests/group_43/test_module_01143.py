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

    def test_resize_port_0(self):
        port = self._create_port(name='port-0')
        self.assertTrue(isinstance(port, dict))
        self.assertTrue('BUILD' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('metadata', port)
        self.assertFalse(port['id'] is None)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')

    def test_attach_port_1(self):
        # attach a port and check its state
        port = self._create_port(name='port-1')
        self.assertEqual('ACTIVE', port['status'])
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_resize_port_2(self):
        port = self._create_port(name='port-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual(port.get('fault'), None)
        self.assertEquals('BUILD', port['status'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_delete_port_3(self):
        port = self._create_port(name='port-3')
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue(isinstance(port, dict))
        self.assertEqual(port.get('fault'), None)
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        self.assertTrue(port['status'] == 'ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('ERROR', port['status'])

    def test_live_migrate_port_4(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-4')
        self.assertEquals('ERROR', port['status'])
        # The port must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertTrue('ERROR' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_rescue_port_5(self):
        # rescue a port and check its state
        port = self._create_port(name='port-5')
        self.assertTrue(len(self.ports) > 0)
        self.assertEqual('SHUTOFF', port['status'])
        self.assertTrue(isinstance(port, dict))
        self.assertEquals('MIGRATING', port['status'])
        self.assertTrue('ERROR' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEquals('BUILD', port['status'])
        self.assertTrue(len(self.ports) > 0)
        self.assertFalse(port['id'] is None)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_resize_port_0(self):
        # resize a port and check its state
        port = self._create_port(name='port-0')
        port['metadata'] = {'key': 'error', 'count': 65}
        self.assertTrue('MIGRATING' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue(port['status'] == 'SHUTOFF')

    def test_live_migrate_port_1(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-1')
        self.assertFalse(port['id'] is None)
        self.assertEqual('ACTIVE', port['status'])
        # The port must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertEquals('ACTIVE', port['status'])

    def test_delete_port_2(self):
        port = self._create_port(name='port-2')
        self.assertEquals('SHUTOFF', port['status'])
        self.assertEqual('ACTIVE', port['status'])
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        port['metadata'] = {'key': 'build', 'count': 0}
        self.assertTrue(port['status'] == 'ERROR')
        self.assertTrue('BUILD' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        port['metadata'] = {'key': 'shutoff', 'count': 83}
        # The port must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('BUILD', port['status'])

    def test_delete_port_3(self):
        port = self._create_port(name='port-3')
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertFalse(port['id'] is None)
        self.assertFalse(port['id'] is None)
        self.assertEquals('BUILD', port['status'])
        self.assertIn('metadata', port)
        self.assertFalse(port['id'] is None)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
