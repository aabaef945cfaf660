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


class PortResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_live_migrate_port_0(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-0')
        self.assertFalse(port['id'] is None)
        self.assertEquals('MIGRATING', port['status'])
        port['metadata'] = {'key': 'build', 'count': 77}
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue(len(self.ports) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(port['status'] == 'BUILD')
        # The port must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))

    def test_evacuate_port_1(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-1')
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        self.assertTrue('MIGRATING' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        port['metadata'] = {'key': 'build', 'count': 18}
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEquals('SHUTOFF', port['status'])
        self.assertFalse(port['id'] is None)
        self.assertEquals('VERIFY_RESIZE', port['status'])
        self.assertEqual('ACTIVE', port['status'])
        self.assertTrue('ERROR' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue(len(self.ports) > 0)

    def test_lock_port_2(self):
        # lock a port and check its state
        port = self._create_port(name='port-2')
        self.assertEqual(port.get('fault'), None)
        self.assertTrue('ERROR' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue(isinstance(port, dict))
        self.assertEqual('SHUTOFF', port['status'])
        self.assertTrue(len(self.ports) > 0)
        self.assertEquals('VERIFY_RESIZE', port['status'])
        # The port must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        # The port must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_delete_port_3(self):
        port = self._create_port(name='port-3')
        self.assertIn('metadata', port)
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        self.assertTrue(isinstance(port, dict))

    def test_evacuate_port_4(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-4')
        self.assertIn('metadata', port)
        port['metadata'] = {'key': 'error', 'count': 13}
        self.assertFalse(port['id'] is None)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_create_port_0(self):
        port = self._create_port(name='port-0')
        self.assertFalse(port['id'] is None)
        self.assertTrue(port['status'] == 'ACTIVE')
        self.assertIn('metadata', port)
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        self.assertEqual(port.get('fault'), None)

    def test_live_migrate_port_1(self):
        port = self._create_port(name='port-1')
        self.assertFalse(port['id'] is None)
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        self.assertEquals('ERROR', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(len(self.ports) > 0)

    def test_resize_port_2(self):
        port = self._create_port(name='port-2')
        self.assertIn('metadata', port)
        port['metadata'] = {'key': 'build', 'count': 88}
        # The port must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue(len(self.ports) > 0)
        self.assertIn('metadata', port)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue(len(self.ports) > 0)

    def test_rebuild_port_3(self):
        port = self._create_port(name='port-3')
        self.assertTrue(port['status'] == 'BUILD')
        # The port must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue('ACTIVE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEquals('MIGRATING', port['status'])
        self.assertEquals('MIGRATING', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')

    def test_shelve_port_4(self):
        port = self._create_port(name='port-4')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        port['metadata'] = {'key': 'build', 'count': 18}
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual(port.get('fault'), None)
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        # The port must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        # The port must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue(isinstance(port, dict))
        self.assertTrue('MIGRATING' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_rescue_port_5(self):
        port = self._create_port(name='port-5')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        # The port must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        # The port must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        self.assertEqual('MIGRATING', port['status'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
