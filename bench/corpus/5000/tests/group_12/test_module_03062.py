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

    def test_create_port_0(self):
        # create a port and check its state
        port = self._create_port(name='port-0')
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.api.post_port_action(port['id'], {'delete': None})  # noqa

    def test_create_port_1(self):
        # create a port and check its state
        port = self._create_port(name='port-1')
        self.assertEqual(port.get('fault'), None)
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
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        port['metadata'] = {'key': 'error', 'count': 0}
        self.assertTrue(len(self.ports) > 0)
        self.assertEqual('MIGRATING', port['status'])

    def test_live_migrate_port_2(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-2')
        self.assertFalse(port['id'] is None)
        # The port must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertTrue(len(self.ports) > 0)

    def test_resize_port_3(self):
        # resize a port and check its state
        port = self._create_port(name='port-3')
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue(isinstance(port, dict))
        self.assertTrue('ACTIVE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_shelve_port_4(self):
        # shelve a port and check its state
        port = self._create_port(name='port-4')
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(isinstance(port, dict))
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue(isinstance(port, dict))
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(len(self.ports) > 0)
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        self.assertEquals('MIGRATING', port['status'])
        self.assertFalse(port['id'] is None)

    def test_create_port_5(self):
        # create a port and check its state
        port = self._create_port(name='port-5')
        self.assertTrue(len(self.ports) > 0)
        self.assertEquals('MIGRATING', port['status'])
        self.assertFalse(port['id'] is None)
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

    def test_shelve_port_0(self):
        # shelve a port and check its state
        port = self._create_port(name='port-0')
        self.assertIn('metadata', port)
        # The port must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue(isinstance(port, dict))

    def test_shelve_port_1(self):
        # shelve a port and check its state
        port = self._create_port(name='port-1')
        self.assertIn('metadata', port)
        self.assertTrue(port['status'] == 'ACTIVE')
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue(isinstance(port, dict))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')

    def test_lock_port_2(self):
        port = self._create_port(name='port-2')
        self.assertTrue(port['status'] == 'SHUTOFF')
        self.assertTrue(isinstance(port, dict))
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        port['metadata'] = {'key': 'error', 'count': 2}

    def test_delete_port_3(self):
        # delete a port and check its state
        port = self._create_port(name='port-3')
        self.assertEquals('ERROR', port['status'])
        self.assertEqual(port.get('fault'), None)
        self.assertEqual('ERROR', port['status'])
        # The port must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(isinstance(port, dict))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertEquals('BUILD', port['status'])

    def test_lock_port_4(self):
        # lock a port and check its state
        port = self._create_port(name='port-4')
        self.assertFalse(port['id'] is None)
        self.assertFalse(port['id'] is None)
        # The port must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(port['status'] == 'BUILD')
        self.assertIn('metadata', port)

    def test_resize_port_5(self):
        # resize a port and check its state
        port = self._create_port(name='port-5')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEquals('VERIFY_RESIZE', port['status'])
        self.assertFalse(port['id'] is None)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertEquals('SHUTOFF', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
