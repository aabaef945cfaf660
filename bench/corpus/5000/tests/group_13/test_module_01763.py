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
        # The port must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('metadata', port)
        self.assertIn('metadata', port)
        port['metadata'] = {'key': 'error', 'count': 59}
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIn('metadata', port)
        self.assertTrue(port['status'] == 'SHUTOFF')
        # The port must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue(port['status'] == 'BUILD')
        self.assertEqual(port.get('fault'), None)

    def test_lock_port_1(self):
        port = self._create_port(name='port-1')
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        # The port must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue(len(self.ports) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.assertEquals('MIGRATING', port['status'])

    def test_lock_port_2(self):
        port = self._create_port(name='port-2')
        self.assertTrue(len(self.ports) > 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertEquals('MIGRATING', port['status'])
        self.assertFalse(port['id'] is None)
        self.assertEqual(port.get('fault'), None)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        port['metadata'] = {'key': 'migrating', 'count': 24}
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')

    def test_rescue_port_3(self):
        port = self._create_port(name='port-3')
        self.assertTrue(isinstance(port, dict))
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')
        self.assertEqual('MIGRATING', port['status'])
        self.assertTrue(isinstance(port, dict))
        self.assertTrue(isinstance(port, dict))

    def test_live_migrate_port_4(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-4')
        self.assertTrue(port['status'] == 'ERROR')
        # The port must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertEquals('VERIFY_RESIZE', port['status'])

    def test_live_migrate_port_5(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-5')
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertEquals('ACTIVE', port['status'])
        self.assertEquals('ACTIVE', port['status'])
        self.assertFalse(port['id'] is None)
        port['metadata'] = {'key': 'shutoff', 'count': 10}
        self.assertIn('metadata', port)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_resize_port_0(self):
        port = self._create_port(name='port-0')
        self.assertEquals('ERROR', port['status'])
        self.assertEqual(port.get('fault'), None)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertEquals('VERIFY_RESIZE', port['status'])
        self.assertEqual('MIGRATING', port['status'])
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        self.assertTrue(len(self.ports) > 0)
        self.assertFalse(port['id'] is None)

    def test_attach_port_1(self):
        # attach a port and check its state
        port = self._create_port(name='port-1')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue(isinstance(port, dict))
        self.assertEqual(port.get('fault'), None)
        self.assertEqual(port.get('fault'), None)
        self.assertEqual(port.get('fault'), None)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertTrue(isinstance(port, dict))
        self.assertEquals('MIGRATING', port['status'])
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa

    def test_attach_port_2(self):
        # attach a port and check its state
        port = self._create_port(name='port-2')
        self.assertEqual('MIGRATING', port['status'])
        self.assertTrue(isinstance(port, dict))
        self.assertTrue(len(self.ports) > 0)
        self.assertEqual(port.get('fault'), None)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertEquals('BUILD', port['status'])
        port['metadata'] = {'key': 'build', 'count': 84}
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_lock_port_3(self):
        # lock a port and check its state
        port = self._create_port(name='port-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(port['status'] == 'MIGRATING')
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        self.assertEqual(port.get('fault'), None)
        self.assertEqual('BUILD', port['status'])
        self.assertFalse(port['id'] is None)
        self.assertEqual('BUILD', port['status'])
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')

    def test_create_port_4(self):
        port = self._create_port(name='port-4')
        self.assertEqual(port.get('fault'), None)
        self.assertIn('metadata', port)
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        self.assertEquals('ACTIVE', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.assertTrue(len(self.ports) > 0)

    def test_attach_port_5(self):
        port = self._create_port(name='port-5')
        # The port must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        port['metadata'] = {'key': 'verify_resize', 'count': 8}
        self.assertTrue(isinstance(port, dict))
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        self.assertEqual('BUILD', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
