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
        # The port must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('ACTIVE', port['status'])
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue(len(self.ports) > 0)
        self.assertEqual(port.get('fault'), None)

    def test_lock_port_1(self):
        # lock a port and check its state
        port = self._create_port(name='port-1')
        self.assertFalse(port['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIn('metadata', port)
        self.assertIn('metadata', port)
        self.assertFalse(port['id'] is None)
        self.assertTrue(port['status'] == 'ACTIVE')
        port['metadata'] = {'key': 'verify_resize', 'count': 96}
        self.assertFalse(port['id'] is None)

    def test_resize_port_2(self):
        port = self._create_port(name='port-2')
        self.assertFalse(port['id'] is None)
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue(port['status'] == 'SHUTOFF')
        self.assertTrue('ERROR' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        port['metadata'] = {'key': 'active', 'count': 73}

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_evacuate_port_0(self):
        port = self._create_port(name='port-0')
        self.assertEqual('MIGRATING', port['status'])
        self.assertTrue('BUILD' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        self.assertEquals('ERROR', port['status'])
        self.assertEqual('SHUTOFF', port['status'])

    def test_shelve_port_1(self):
        port = self._create_port(name='port-1')
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        self.assertTrue(port['status'] == 'ACTIVE')
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue(len(self.ports) > 0)
        self.assertEqual(port.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertTrue(isinstance(port, dict))
        self.assertEquals('ACTIVE', port['status'])

    def test_shelve_port_2(self):
        # shelve a port and check its state
        port = self._create_port(name='port-2')
        self.assertTrue(isinstance(port, dict))
        self.assertIn('metadata', port)
        self.assertTrue(isinstance(port, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(port['status'] == 'MIGRATING')

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
