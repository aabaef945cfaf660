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


class PortLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_create_port_0(self):
        # create a port and check its state
        port = self._create_port(name='port-0')
        port['metadata'] = {'key': 'active', 'count': 0}
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue(isinstance(port, dict))

    def test_live_migrate_port_1(self):
        port = self._create_port(name='port-1')
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(isinstance(port, dict))
        self.assertFalse(port['id'] is None)
        self.assertEquals('MIGRATING', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')

    def test_lock_port_2(self):
        port = self._create_port(name='port-2')
        self.assertTrue('BUILD' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue(port['status'] == 'SHUTOFF')
        self.assertTrue('ERROR' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('ERROR', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual(port.get('fault'), None)
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        self.assertTrue(isinstance(port, dict))

    def test_shelve_port_3(self):
        port = self._create_port(name='port-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEquals('ACTIVE', port['status'])
        # The port must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        port['metadata'] = {'key': 'error', 'count': 78}
        self.assertEqual('ERROR', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_lock_port_0(self):
        # lock a port and check its state
        port = self._create_port(name='port-0')
        self.assertEquals('BUILD', port['status'])
        self.assertIn('metadata', port)
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        self.assertEqual(port.get('fault'), None)

    def test_evacuate_port_1(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-1')
        self.assertTrue(port['status'] == 'MIGRATING')
        self.assertTrue(len(self.ports) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        self.assertEqual('SHUTOFF', port['status'])
        self.assertTrue(len(self.ports) > 0)
        self.api.post_port_action(port['id'], {'delete': None})  # noqa

    def test_delete_port_2(self):
        port = self._create_port(name='port-2')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('metadata', port)
        self.assertEqual(port.get('fault'), None)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
