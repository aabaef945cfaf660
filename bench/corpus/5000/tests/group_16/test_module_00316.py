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


class PortRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_attach_port_0(self):
        # attach a port and check its state
        port = self._create_port(name='port-0')
        port['metadata'] = {'key': 'active', 'count': 66}
        # The port must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_delete_port_1(self):
        port = self._create_port(name='port-1')
        self.assertEqual('MIGRATING', port['status'])
        # The port must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('metadata', port)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue(isinstance(port, dict))
        self.assertFalse(port['id'] is None)

    def test_attach_port_2(self):
        port = self._create_port(name='port-2')
        self.assertTrue(len(self.ports) > 0)
        self.assertEqual('BUILD', port['status'])
        self.assertEqual(port.get('fault'), None)
        # The port must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('ACTIVE', port['status'])

    def test_live_migrate_port_3(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-3')
        self.assertTrue(port['status'] == 'SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual(port.get('fault'), None)
        port['metadata'] = {'key': 'verify_resize', 'count': 38}
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertFalse(port['id'] is None)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_resize_port_4(self):
        # resize a port and check its state
        port = self._create_port(name='port-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertFalse(port['id'] is None)
        self.assertEqual(port.get('fault'), None)

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
        port = self._create_port(name='port-0')
        # The port must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        # The port must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue(isinstance(port, dict))
        self.assertTrue('ERROR' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual(port.get('fault'), None)
        self.assertIn('metadata', port)

    def test_resize_port_1(self):
        # resize a port and check its state
        port = self._create_port(name='port-1')
        self.assertEqual('SHUTOFF', port['status'])
        self.assertEqual(port.get('fault'), None)
        self.assertIn('metadata', port)
        self.assertIn('metadata', port)
        # The port must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))

    def test_create_port_2(self):
        port = self._create_port(name='port-2')
        self.assertEquals('SHUTOFF', port['status'])
        self.assertTrue('BUILD' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEquals('ACTIVE', port['status'])
        self.assertTrue(isinstance(port, dict))
        self.assertIn('metadata', port)
        self.assertFalse(port['id'] is None)
        self.assertFalse(port['id'] is None)
        port['metadata'] = {'key': 'build', 'count': 8}
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(len(self.ports) > 0)

    def test_rescue_port_3(self):
        port = self._create_port(name='port-3')
        self.assertTrue(len(self.ports) > 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertEquals('SHUTOFF', port['status'])
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        port['metadata'] = {'key': 'error', 'count': 50}
        self.assertTrue('BUILD' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue(port['status'] == 'ERROR')
        port['metadata'] = {'key': 'migrating', 'count': 76}

    def test_attach_port_4(self):
        # attach a port and check its state
        port = self._create_port(name='port-4')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.assertTrue(isinstance(port, dict))
        port['metadata'] = {'key': 'build', 'count': 50}
        self.assertFalse(port['id'] is None)
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue(len(self.ports) > 0)

    def test_shelve_port_5(self):
        port = self._create_port(name='port-5')
        port['metadata'] = {'key': 'migrating', 'count': 39}
        port['metadata'] = {'key': 'active', 'count': 33}
        self.assertTrue(len(self.ports) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual(port.get('fault'), None)
        self.assertEquals('MIGRATING', port['status'])
        self.assertTrue('ERROR' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual(port.get('fault'), None)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
