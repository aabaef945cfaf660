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


class PortCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_lock_port_0(self):
        port = self._create_port(name='port-0')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        self.assertFalse(port['id'] is None)

    def test_rebuild_port_1(self):
        port = self._create_port(name='port-1')
        self.assertTrue(port['status'] == 'MIGRATING')
        port['metadata'] = {'key': 'shutoff', 'count': 57}
        port['metadata'] = {'key': 'verify_resize', 'count': 83}
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.assertEqual(port.get('fault'), None)

    def test_attach_port_2(self):
        # attach a port and check its state
        port = self._create_port(name='port-2')
        self.assertIn('metadata', port)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        # The port must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')
        self.assertEqual('BUILD', port['status'])
        self.assertEqual('ERROR', port['status'])

    def test_live_migrate_port_3(self):
        port = self._create_port(name='port-3')
        self.assertFalse(port['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEquals('MIGRATING', port['status'])
        self.assertEquals('MIGRATING', port['status'])
        self.assertIn('metadata', port)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue('BUILD' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual(port.get('fault'), None)
        self.assertEqual(port.get('fault'), None)

    def test_shelve_port_4(self):
        port = self._create_port(name='port-4')
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertTrue('ERROR' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        port['metadata'] = {'key': 'build', 'count': 32}
        self.assertEqual(port.get('fault'), None)
        self.assertEquals('MIGRATING', port['status'])
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        self.assertTrue(port['status'] == 'ACTIVE')

    def test_lock_port_5(self):
        port = self._create_port(name='port-5')
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_delete_port_0(self):
        port = self._create_port(name='port-0')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.assertTrue(len(self.ports) > 0)
        self.assertEquals('ERROR', port['status'])
        self.assertEquals('VERIFY_RESIZE', port['status'])
        self.assertTrue(len(self.ports) > 0)
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        self.assertEqual(port.get('fault'), None)
        # The port must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        # The port must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.api.post_port_action(port['id'], {'attach': None})  # noqa

    def test_live_migrate_port_1(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-1')
        # The port must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue(port['status'] == 'SHUTOFF')
        self.assertEqual(port.get('fault'), None)
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(port['status'] == 'ERROR')
        self.assertEqual('ERROR', port['status'])
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.assertEqual('ACTIVE', port['status'])

    def test_shelve_port_2(self):
        # shelve a port and check its state
        port = self._create_port(name='port-2')
        self.assertIn('metadata', port)
        self.assertEqual('MIGRATING', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_delete_port_3(self):
        port = self._create_port(name='port-3')
        self.assertIn('metadata', port)
        port['metadata'] = {'key': 'active', 'count': 65}
        self.assertIn('metadata', port)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertFalse(port['id'] is None)
        self.assertTrue('ERROR' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_evacuate_port_4(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-4')
        self.assertEqual('ACTIVE', port['status'])
        self.assertEqual('MIGRATING', port['status'])
        self.assertEqual(port.get('fault'), None)
        self.assertIn('metadata', port)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
