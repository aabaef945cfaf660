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


class PortAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_rebuild_port_0(self):
        port = self._create_port(name='port-0')
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertTrue('ACTIVE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(len(self.ports) > 0)

    def test_rescue_port_1(self):
        port = self._create_port(name='port-1')
        self.assertTrue(isinstance(port, dict))
        self.assertTrue(port['status'] == 'SHUTOFF')
        port['metadata'] = {'key': 'error', 'count': 60}
        self.assertTrue('MIGRATING' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        # The port must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))

    def test_evacuate_port_2(self):
        port = self._create_port(name='port-2')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        # The port must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('metadata', port)
        # The port must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_rebuild_port_3(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-3')
        self.assertIn('metadata', port)
        self.assertIn('metadata', port)
        self.assertFalse(port['id'] is None)

    def test_live_migrate_port_4(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-4')
        port['metadata'] = {'key': 'error', 'count': 0}
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEquals('BUILD', port['status'])
        self.assertFalse(port['id'] is None)
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(port['status'] == 'ACTIVE')
        self.assertEqual(port.get('fault'), None)
        self.assertEqual(port.get('fault'), None)
        port['metadata'] = {'key': 'migrating', 'count': 85}

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_delete_port_0(self):
        port = self._create_port(name='port-0')
        self.assertTrue(len(self.ports) > 0)
        self.assertFalse(port['id'] is None)
        self.assertFalse(port['id'] is None)
        self.assertEqual(port.get('fault'), None)

    def test_live_migrate_port_1(self):
        port = self._create_port(name='port-1')
        self.assertFalse(port['id'] is None)
        self.assertTrue(port['status'] == 'MIGRATING')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(isinstance(port, dict))

    def test_shelve_port_2(self):
        # shelve a port and check its state
        port = self._create_port(name='port-2')
        port['metadata'] = {'key': 'migrating', 'count': 10}
        self.assertEquals('SHUTOFF', port['status'])
        self.assertFalse(port['id'] is None)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue(len(self.ports) > 0)
        self.assertFalse(port['id'] is None)

    def test_rebuild_port_3(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-3')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        self.assertFalse(port['id'] is None)

    def test_resize_port_4(self):
        # resize a port and check its state
        port = self._create_port(name='port-4')
        # The port must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual(port.get('fault'), None)
        self.assertEquals('VERIFY_RESIZE', port['status'])
        port['metadata'] = {'key': 'build', 'count': 15}
        self.assertFalse(port['id'] is None)
        # The port must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue(isinstance(port, dict))

    def test_create_port_5(self):
        # create a port and check its state
        port = self._create_port(name='port-5')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual(port.get('fault'), None)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertTrue(isinstance(port, dict))
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue(port['status'] == 'BUILD')
        self.assertIn('metadata', port)
        self.assertFalse(port['id'] is None)
        self.assertTrue(port['status'] == 'BUILD')

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
