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
        # resize a port and check its state
        port = self._create_port(name='port-0')
        self.assertEqual('ERROR', port['status'])
        self.assertFalse(port['id'] is None)
        self.assertIn('metadata', port)
        # The port must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))

    def test_live_migrate_port_1(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-1')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertTrue(len(self.ports) > 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        # The port must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('metadata', port)
        self.assertFalse(port['id'] is None)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue(port['status'] == 'ACTIVE')

    def test_rebuild_port_2(self):
        port = self._create_port(name='port-2')
        self.assertIn('metadata', port)
        self.assertFalse(port['id'] is None)
        self.assertEqual(port.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(len(self.ports) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(isinstance(port, dict))
        self.assertEqual(port.get('fault'), None)
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        self.assertTrue(isinstance(port, dict))

    def test_attach_port_3(self):
        # attach a port and check its state
        port = self._create_port(name='port-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual(port.get('fault'), None)
        self.assertIn('metadata', port)
        port['metadata'] = {'key': 'active', 'count': 14}
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')

    def test_lock_port_4(self):
        # lock a port and check its state
        port = self._create_port(name='port-4')
        self.assertEqual('ACTIVE', port['status'])
        self.assertTrue(isinstance(port, dict))
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertIn('metadata', port)
        self.assertTrue(port['status'] == 'ACTIVE')
        self.assertEqual('ACTIVE', port['status'])
        self.assertFalse(port['id'] is None)
        self.assertTrue(isinstance(port, dict))
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue(len(self.ports) > 0)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_delete_port_0(self):
        # delete a port and check its state
        port = self._create_port(name='port-0')
        port['metadata'] = {'key': 'verify_resize', 'count': 76}
        self.assertTrue(port['status'] == 'ERROR')
        # The port must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        port['metadata'] = {'key': 'shutoff', 'count': 80}
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(len(self.ports) > 0)

    def test_attach_port_1(self):
        port = self._create_port(name='port-1')
        self.assertFalse(port['id'] is None)
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')
        self.assertFalse(port['id'] is None)
        port['metadata'] = {'key': 'error', 'count': 29}
        self.assertTrue(isinstance(port, dict))
        port['metadata'] = {'key': 'migrating', 'count': 1}
        self.assertEquals('MIGRATING', port['status'])
        port['metadata'] = {'key': 'active', 'count': 7}
        # The port must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))

    def test_create_port_2(self):
        port = self._create_port(name='port-2')
        self.assertTrue(len(self.ports) > 0)
        port['metadata'] = {'key': 'shutoff', 'count': 92}
        port['metadata'] = {'key': 'error', 'count': 0}
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        # The port must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
