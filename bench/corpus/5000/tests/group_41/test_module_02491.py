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

    def test_delete_port_0(self):
        port = self._create_port(name='port-0')
        self.assertTrue(port['status'] == 'SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertFalse(port['id'] is None)
        self.assertEquals('BUILD', port['status'])
        self.assertFalse(port['id'] is None)
        self.assertTrue(port['status'] == 'ACTIVE')
        self.assertTrue(len(self.ports) > 0)
        # The port must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual(port.get('fault'), None)
        self.assertEqual('SHUTOFF', port['status'])

    def test_live_migrate_port_1(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-1')
        port['metadata'] = {'key': 'verify_resize', 'count': 14}
        self.assertEqual('ACTIVE', port['status'])
        self.assertTrue(len(self.ports) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(port['status'] == 'ACTIVE')
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')

    def test_evacuate_port_2(self):
        port = self._create_port(name='port-2')
        # The port must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual(port.get('fault'), None)
        self.assertEqual('SHUTOFF', port['status'])
        self.assertTrue(isinstance(port, dict))
        self.assertFalse(port['id'] is None)

    def test_rebuild_port_3(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-3')
        self.assertTrue(len(self.ports) > 0)
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(port['status'] == 'ACTIVE')
        self.api.post_port_action(port['id'], {'attach': None})  # noqa

    def test_rebuild_port_4(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-4')
        self.assertTrue(port['status'] == 'ACTIVE')
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(port['status'] == 'ACTIVE')
        # The port must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue('ERROR' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')

    def test_live_migrate_port_5(self):
        port = self._create_port(name='port-5')
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue(port['status'] == 'SHUTOFF')
        self.assertIn('metadata', port)
        self.assertFalse(port['id'] is None)
        self.assertTrue(len(self.ports) > 0)
        port['metadata'] = {'key': 'migrating', 'count': 65}
        self.assertEqual('ACTIVE', port['status'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_rescue_port_0(self):
        port = self._create_port(name='port-0')
        self.assertTrue(isinstance(port, dict))
        self.assertTrue(isinstance(port, dict))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.assertIn('metadata', port)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(port['status'] == 'SHUTOFF')
        self.assertTrue(isinstance(port, dict))
        self.assertEquals('ACTIVE', port['status'])

    def test_delete_port_1(self):
        port = self._create_port(name='port-1')
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')
        self.assertTrue(isinstance(port, dict))
        self.assertEquals('VERIFY_RESIZE', port['status'])
        self.assertIn('metadata', port)

    def test_lock_port_2(self):
        port = self._create_port(name='port-2')
        self.assertIn('metadata', port)
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        self.assertEqual('MIGRATING', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(isinstance(port, dict))
        self.assertTrue(port['status'] == 'ACTIVE')
        self.assertTrue(len(self.ports) > 0)
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa

    def test_rescue_port_3(self):
        # rescue a port and check its state
        port = self._create_port(name='port-3')
        self.assertEqual('BUILD', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('SHUTOFF', port['status'])

    def test_evacuate_port_4(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-4')
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual(port.get('fault'), None)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        # The port must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        self.assertEqual('SHUTOFF', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
