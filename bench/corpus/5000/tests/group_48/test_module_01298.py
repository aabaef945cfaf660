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

    def test_live_migrate_port_0(self):
        port = self._create_port(name='port-0')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', port['status'])
        self.assertFalse(port['id'] is None)
        port['metadata'] = {'key': 'error', 'count': 22}
        self.assertTrue(len(self.ports) > 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertFalse(port['id'] is None)

    def test_create_port_1(self):
        port = self._create_port(name='port-1')
        self.assertTrue(len(self.ports) > 0)
        self.assertIn('metadata', port)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_delete_port_2(self):
        port = self._create_port(name='port-2')
        self.assertTrue(len(self.ports) > 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertTrue(len(self.ports) > 0)
        port['metadata'] = {'key': 'error', 'count': 21}
        self.assertTrue(isinstance(port, dict))
        self.assertEquals('ERROR', port['status'])

    def test_create_port_3(self):
        # create a port and check its state
        port = self._create_port(name='port-3')
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(isinstance(port, dict))
        self.assertTrue(port['status'] == 'ERROR')
        self.assertTrue(isinstance(port, dict))
        self.assertEqual(port.get('fault'), None)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_rebuild_port_0(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-0')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue(isinstance(port, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual(port.get('fault'), None)

    def test_live_migrate_port_1(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-1')
        # The port must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('ERROR', port['status'])
        self.assertTrue(isinstance(port, dict))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.assertIn('metadata', port)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('metadata', port)

    def test_rescue_port_2(self):
        port = self._create_port(name='port-2')
        self.assertFalse(port['id'] is None)
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')
        self.assertEqual(port.get('fault'), None)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.assertTrue(len(self.ports) > 0)
        self.assertEqual('BUILD', port['status'])
        self.assertTrue(isinstance(port, dict))

    def test_rescue_port_3(self):
        # rescue a port and check its state
        port = self._create_port(name='port-3')
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        self.assertEqual('ACTIVE', port['status'])
        self.assertFalse(port['id'] is None)
        self.assertFalse(port['id'] is None)
        self.assertEqual(port.get('fault'), None)
        self.assertEquals('ERROR', port['status'])

    def test_create_port_4(self):
        # create a port and check its state
        port = self._create_port(name='port-4')
        # The port must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue(len(self.ports) > 0)
        # The port must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual(port.get('fault'), None)
        self.assertIn('metadata', port)
        self.assertFalse(port['id'] is None)
        self.assertEquals('SHUTOFF', port['status'])
        # The port must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue(isinstance(port, dict))

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
