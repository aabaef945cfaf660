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


class PortRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_rebuild_port_0(self):
        port = self._create_port(name='port-0')
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        port['metadata'] = {'key': 'verify_resize', 'count': 14}
        self.assertEqual('MIGRATING', port['status'])

    def test_rebuild_port_1(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-1')
        self.assertEqual('SHUTOFF', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertGreater(len(self.ports), 0)
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        self.assertEqual('ACTIVE', port['status'])
        port['metadata'] = {'key': 'migrating', 'count': 65}
        self.assertIsNotNone(port['id'])

    def test_delete_port_2(self):
        port = self._create_port(name='port-2')
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('metadata', port)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertIsInstance(port, dict)
        self.assertIn('metadata', port)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertEqual('MIGRATING', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_rescue_port_3(self):
        port = self._create_port(name='port-3')
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        port['metadata'] = {'key': 'shutoff', 'count': 16}
        self.assertEqual('BUILD', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', port['status'])
        self.assertEqual('SHUTOFF', port['status'])
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_delete_port_4(self):
        # delete a port and check its state
        port = self._create_port(name='port-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsNone(port.get('fault'))
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsNone(port.get('fault'))
        self.assertEqual('ERROR', port['status'])
        self.assertGreater(len(self.ports), 0)
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('VERIFY_RESIZE', port['status'])

    def test_shelve_port_5(self):
        port = self._create_port(name='port-5')
        self.assertEqual('MIGRATING', port['status'])
        self.assertEqual('ERROR', port['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsInstance(port, dict)
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIn('metadata', port)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_live_migrate_port_0(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-0')
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('VERIFY_RESIZE', port['status'])
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_create_port_1(self):
        port = self._create_port(name='port-1')
        self.assertIsNone(port.get('fault'))
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertGreater(len(self.ports), 0)

    def test_create_port_2(self):
        # create a port and check its state
        port = self._create_port(name='port-2')
        port['metadata'] = {'key': 'error', 'count': 66}
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNone(port.get('fault'))
        self.assertEqual('VERIFY_RESIZE', port['status'])

    def test_attach_port_3(self):
        port = self._create_port(name='port-3')
        self.assertGreater(len(self.ports), 0)
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_rescue_port_4(self):
        # rescue a port and check its state
        port = self._create_port(name='port-4')
        self.assertEqual('BUILD', port['status'])
        self.assertIsNotNone(port['id'])
        self.assertIsNone(port.get('fault'))

    def test_lock_port_5(self):
        port = self._create_port(name='port-5')
        self.assertIn('metadata', port)
        self.assertIsInstance(port, dict)
        self.assertIn('metadata', port)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.assertIsNone(port.get('fault'))

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
