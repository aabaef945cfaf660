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

    def test_rescue_port_0(self):
        # rescue a port and check its state
        port = self._create_port(name='port-0')
        self.assertEquals('SHUTOFF', port['status'])
        self.assertTrue(port['status'] == 'BUILD')
        self.assertTrue(isinstance(port, dict))
        self.assertTrue(isinstance(port, dict))
        self.assertFalse(port['id'] is None)

    def test_shelve_port_1(self):
        # shelve a port and check its state
        port = self._create_port(name='port-1')
        self.assertEqual('SHUTOFF', port['status'])
        self.assertEqual(port.get('fault'), None)
        self.assertEqual(port.get('fault'), None)
        port['metadata'] = {'key': 'error', 'count': 78}

    def test_shelve_port_2(self):
        port = self._create_port(name='port-2')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        # The port must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertEqual('MIGRATING', port['status'])
        self.assertTrue(port['status'] == 'SHUTOFF')
        self.assertFalse(port['id'] is None)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_create_port_0(self):
        # create a port and check its state
        port = self._create_port(name='port-0')
        self.assertTrue(len(self.ports) > 0)
        # The port must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue(len(self.ports) > 0)
        # The port must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')

    def test_lock_port_1(self):
        # lock a port and check its state
        port = self._create_port(name='port-1')
        self.assertTrue(port['status'] == 'SHUTOFF')
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertIn('metadata', port)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(isinstance(port, dict))
        self.assertTrue(port['status'] == 'SHUTOFF')

    def test_lock_port_2(self):
        port = self._create_port(name='port-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIn('metadata', port)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        port['metadata'] = {'key': 'active', 'count': 87}
        self.assertEqual('ERROR', port['status'])

    def test_create_port_3(self):
        # create a port and check its state
        port = self._create_port(name='port-3')
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        self.assertEqual('ACTIVE', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        # The port must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual(port.get('fault'), None)
        # The port must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))

    def test_create_port_4(self):
        port = self._create_port(name='port-4')
        port['metadata'] = {'key': 'verify_resize', 'count': 37}
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')

    def test_evacuate_port_5(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-5')
        self.assertFalse(port['id'] is None)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        port['metadata'] = {'key': 'migrating', 'count': 48}
        self.assertEqual(port.get('fault'), None)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
