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

    def test_create_port_0(self):
        # create a port and check its state
        port = self._create_port(name='port-0')
        self.assertTrue('BUILD' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        # The port must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertFalse(port['id'] is None)
        # The port must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')

    def test_live_migrate_port_1(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-1')
        port['metadata'] = {'key': 'error', 'count': 61}
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(len(self.ports) > 0)

    def test_lock_port_2(self):
        port = self._create_port(name='port-2')
        self.assertTrue('BUILD' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue(isinstance(port, dict))
        self.assertTrue(port['status'] == 'SHUTOFF')
        self.assertEquals('SHUTOFF', port['status'])
        self.assertEquals('ERROR', port['status'])
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue('BUILD' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue(isinstance(port, dict))
        self.assertTrue(isinstance(port, dict))
        self.assertEqual(port.get('fault'), None)

    def test_delete_port_3(self):
        port = self._create_port(name='port-3')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertIn('metadata', port)
        self.assertTrue(len(self.ports) > 0)

    def test_shelve_port_4(self):
        # shelve a port and check its state
        port = self._create_port(name='port-4')
        self.assertTrue('ERROR' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEquals('BUILD', port['status'])
        self.assertFalse(port['id'] is None)
        self.assertIn('metadata', port)
        port['metadata'] = {'key': 'migrating', 'count': 73}
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertEqual(port.get('fault'), None)

    def test_evacuate_port_5(self):
        port = self._create_port(name='port-5')
        self.assertIn('metadata', port)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertFalse(port['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertFalse(port['id'] is None)
        self.assertEqual('ERROR', port['status'])
        self.assertFalse(port['id'] is None)
        self.assertTrue(len(self.ports) > 0)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
