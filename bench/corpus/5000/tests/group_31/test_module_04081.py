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


class PortCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_shelve_port_0(self):
        port = self._create_port(name='port-0')
        self.assertTrue(port['status'] == 'BUILD')
        self.assertTrue(len(self.ports) > 0)
        self.assertEqual('MIGRATING', port['status'])
        port['metadata'] = {'key': 'error', 'count': 55}

    def test_create_port_1(self):
        port = self._create_port(name='port-1')
        self.assertEqual(port.get('fault'), None)
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertFalse(port['id'] is None)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertEquals('SHUTOFF', port['status'])
        self.assertEqual('ERROR', port['status'])
        self.assertFalse(port['id'] is None)
        self.assertTrue('ERROR' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_rebuild_port_2(self):
        port = self._create_port(name='port-2')
        self.assertEquals('ERROR', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        self.assertEqual('ACTIVE', port['status'])
        self.assertEquals('ACTIVE', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertEquals('BUILD', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertFalse(port['id'] is None)

    def test_attach_port_3(self):
        # attach a port and check its state
        port = self._create_port(name='port-3')
        self.assertTrue(isinstance(port, dict))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertTrue(len(self.ports) > 0)
        self.assertEqual(port.get('fault'), None)
        self.assertIn('metadata', port)
        # The port must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_lock_port_4(self):
        port = self._create_port(name='port-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertEqual(port.get('fault'), None)

    def test_create_port_5(self):
        # create a port and check its state
        port = self._create_port(name='port-5')
        self.assertIn('metadata', port)
        self.assertIn('metadata', port)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(len(self.ports) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_rescue_port_0(self):
        port = self._create_port(name='port-0')
        self.assertEquals('SHUTOFF', port['status'])
        self.assertIn('metadata', port)
        self.assertEqual('ERROR', port['status'])
        port['metadata'] = {'key': 'shutoff', 'count': 69}
        self.assertEqual('MIGRATING', port['status'])
        self.assertEqual('SHUTOFF', port['status'])
        # The port must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        # The port must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')

    def test_delete_port_1(self):
        port = self._create_port(name='port-1')
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertEqual('SHUTOFF', port['status'])
        self.assertTrue(port['status'] == 'ERROR')
        self.assertIn('metadata', port)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        port['metadata'] = {'key': 'error', 'count': 57}
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual(port.get('fault'), None)

    def test_attach_port_2(self):
        # attach a port and check its state
        port = self._create_port(name='port-2')
        self.assertEqual(port.get('fault'), None)
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        self.assertTrue(isinstance(port, dict))
        self.assertEquals('ERROR', port['status'])
        self.assertFalse(port['id'] is None)
        self.assertTrue(isinstance(port, dict))
        self.assertTrue(isinstance(port, dict))

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
