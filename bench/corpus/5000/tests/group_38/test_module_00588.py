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

    def test_rescue_port_0(self):
        port = self._create_port(name='port-0')
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')
        self.assertTrue(isinstance(port, dict))
        self.assertTrue(isinstance(port, dict))
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        self.assertTrue(isinstance(port, dict))
        self.assertEqual('ERROR', port['status'])
        self.assertIn('metadata', port)
        self.assertIn('metadata', port)
        self.assertTrue(isinstance(port, dict))

    def test_live_migrate_port_1(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-1')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        port['metadata'] = {'key': 'build', 'count': 24}
        self.assertIn('metadata', port)

    def test_rebuild_port_2(self):
        port = self._create_port(name='port-2')
        self.assertEqual(port.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual(port.get('fault'), None)
        self.assertEquals('ERROR', port['status'])
        port['metadata'] = {'key': 'verify_resize', 'count': 88}
        self.assertFalse(port['id'] is None)
        port['metadata'] = {'key': 'verify_resize', 'count': 91}
        self.assertEquals('VERIFY_RESIZE', port['status'])

    def test_rebuild_port_3(self):
        port = self._create_port(name='port-3')
        self.assertEqual('ERROR', port['status'])
        self.assertFalse(port['id'] is None)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        self.assertFalse(port['id'] is None)
        # The port must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')
        self.assertTrue(len(self.ports) > 0)

    def test_delete_port_4(self):
        port = self._create_port(name='port-4')
        self.assertTrue('BUILD' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertFalse(port['id'] is None)
        self.assertTrue('ERROR' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual(port.get('fault'), None)
        port['metadata'] = {'key': 'migrating', 'count': 77}
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertTrue(isinstance(port, dict))
        self.assertEqual('ACTIVE', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_lock_port_0(self):
        port = self._create_port(name='port-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(len(self.ports) > 0)
        port['metadata'] = {'key': 'build', 'count': 10}
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(port['status'] == 'ERROR')
        self.assertTrue(isinstance(port, dict))

    def test_shelve_port_1(self):
        # shelve a port and check its state
        port = self._create_port(name='port-1')
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        self.assertIn('metadata', port)
        # The port must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertFalse(port['id'] is None)
        self.assertEqual(port.get('fault'), None)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue('BUILD' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        # The port must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertEquals('SHUTOFF', port['status'])

    def test_lock_port_2(self):
        # lock a port and check its state
        port = self._create_port(name='port-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        self.assertFalse(port['id'] is None)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
