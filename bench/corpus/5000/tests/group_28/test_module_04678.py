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

    def test_attach_port_0(self):
        # attach a port and check its state
        port = self._create_port(name='port-0')
        self.assertTrue(len(self.ports) > 0)
        port['metadata'] = {'key': 'verify_resize', 'count': 87}
        self.assertEqual('MIGRATING', port['status'])
        self.assertTrue(port['status'] == 'SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_evacuate_port_1(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-1')
        self.assertEquals('BUILD', port['status'])
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')
        self.assertEquals('SHUTOFF', port['status'])
        self.assertEqual('BUILD', port['status'])
        self.assertFalse(port['id'] is None)
        self.assertEqual('BUILD', port['status'])

    def test_attach_port_2(self):
        port = self._create_port(name='port-2')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(port['status'] == 'SHUTOFF')
        self.assertEqual('SHUTOFF', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_rescue_port_0(self):
        port = self._create_port(name='port-0')
        self.assertTrue(port['status'] == 'MIGRATING')
        self.assertEqual('ACTIVE', port['status'])
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue(isinstance(port, dict))
        self.assertIn('metadata', port)
        self.assertIn('metadata', port)
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(len(self.ports) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        port['metadata'] = {'key': 'shutoff', 'count': 54}

    def test_rebuild_port_1(self):
        port = self._create_port(name='port-1')
        self.assertEquals('ERROR', port['status'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue('BUILD' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual(port.get('fault'), None)
        # The port must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))

    def test_delete_port_2(self):
        port = self._create_port(name='port-2')
        # The port must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue(len(self.ports) > 0)
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        self.assertEqual('BUILD', port['status'])

    def test_live_migrate_port_3(self):
        port = self._create_port(name='port-3')
        port['metadata'] = {'key': 'migrating', 'count': 88}
        self.assertEqual('ERROR', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_delete_port_4(self):
        # delete a port and check its state
        port = self._create_port(name='port-4')
        self.assertFalse(port['id'] is None)
        self.assertEqual(port.get('fault'), None)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.assertEquals('ERROR', port['status'])
        self.assertFalse(port['id'] is None)
        self.assertTrue(port['status'] == 'BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        # The port must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        # The port must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
