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

    def test_delete_port_0(self):
        # delete a port and check its state
        port = self._create_port(name='port-0')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertFalse(port['id'] is None)
        self.assertTrue(port['status'] == 'SHUTOFF')
        self.assertEqual(port.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertFalse(port['id'] is None)
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        self.assertTrue(len(self.ports) > 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_shelve_port_1(self):
        port = self._create_port(name='port-1')
        self.assertTrue(len(self.ports) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEquals('MIGRATING', port['status'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('BUILD', port['status'])
        # The port must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_shelve_port_2(self):
        # shelve a port and check its state
        port = self._create_port(name='port-2')
        self.assertEqual(port.get('fault'), None)
        # The port must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('SHUTOFF', port['status'])
        self.assertTrue(port['status'] == 'ERROR')
        self.assertFalse(port['id'] is None)
        port['metadata'] = {'key': 'shutoff', 'count': 75}
        self.assertTrue('MIGRATING' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')

    def test_live_migrate_port_3(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-3')
        self.assertEqual(port.get('fault'), None)
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        self.assertTrue(isinstance(port, dict))
        self.assertTrue(len(self.ports) > 0)
        self.assertIn('metadata', port)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')

    def test_shelve_port_4(self):
        # shelve a port and check its state
        port = self._create_port(name='port-4')
        self.assertEquals('SHUTOFF', port['status'])
        self.assertFalse(port['id'] is None)
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(port['status'] == 'MIGRATING')
        self.assertEqual(port.get('fault'), None)
        self.assertEqual(port.get('fault'), None)
        self.assertEquals('VERIFY_RESIZE', port['status'])
        self.assertEqual('ERROR', port['status'])
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', port)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
