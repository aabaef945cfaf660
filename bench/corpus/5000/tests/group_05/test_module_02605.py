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

    def test_live_migrate_port_0(self):
        port = self._create_port(name='port-0')
        self.assertFalse(port['id'] is None)
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        self.assertEquals('SHUTOFF', port['status'])
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        self.assertTrue(port['status'] == 'SHUTOFF')
        self.assertIn('metadata', port)
        self.assertEqual(port.get('fault'), None)
        self.assertEquals('MIGRATING', port['status'])
        self.assertFalse(port['id'] is None)

    def test_rebuild_port_1(self):
        port = self._create_port(name='port-1')
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertEqual(port.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        port['metadata'] = {'key': 'build', 'count': 94}
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(isinstance(port, dict))
        self.assertTrue(len(self.ports) > 0)
        self.assertEqual('MIGRATING', port['status'])
        # The port must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        # The port must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))

    def test_rescue_port_2(self):
        port = self._create_port(name='port-2')
        self.assertTrue(isinstance(port, dict))
        self.assertTrue(len(self.ports) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue('ACTIVE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue('BUILD' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue('ERROR' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_lock_port_0(self):
        # lock a port and check its state
        port = self._create_port(name='port-0')
        self.assertTrue(isinstance(port, dict))
        self.assertFalse(port['id'] is None)
        # The port must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual(port.get('fault'), None)
        port['metadata'] = {'key': 'build', 'count': 80}
        self.api.post_port_action(port['id'], {'lock': None})  # noqa

    def test_evacuate_port_1(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-1')
        self.assertTrue(port['status'] == 'BUILD')
        self.assertFalse(port['id'] is None)
        self.assertEquals('MIGRATING', port['status'])
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        self.assertEquals('MIGRATING', port['status'])
        self.assertEquals('VERIFY_RESIZE', port['status'])
        self.assertFalse(port['id'] is None)
        port['metadata'] = {'key': 'build', 'count': 74}

    def test_rebuild_port_2(self):
        port = self._create_port(name='port-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        self.assertIn('metadata', port)
        port['metadata'] = {'key': 'error', 'count': 85}

    def test_live_migrate_port_3(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-3')
        # The port must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertEquals('ERROR', port['status'])
        # The port must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIn('metadata', port)
        self.assertEqual(port.get('fault'), None)
        port['metadata'] = {'key': 'build', 'count': 82}
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(isinstance(port, dict))

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
