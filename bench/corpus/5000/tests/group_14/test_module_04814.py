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

    def test_lock_port_0(self):
        # lock a port and check its state
        port = self._create_port(name='port-0')
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        port['metadata'] = {'key': 'active', 'count': 14}
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', port['status'])

    def test_shelve_port_1(self):
        # shelve a port and check its state
        port = self._create_port(name='port-1')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNone(port.get('fault'))
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertEqual('BUILD', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertIsInstance(port, dict)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')

    def test_delete_port_2(self):
        port = self._create_port(name='port-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsNone(port.get('fault'))
        self.assertIn('metadata', port)

    def test_resize_port_3(self):
        port = self._create_port(name='port-3')
        port['metadata'] = {'key': 'active', 'count': 17}
        self.assertIsNotNone(port['id'])
        self.assertEqual('MIGRATING', port['status'])
        self.assertIsInstance(port, dict)
        self.assertIsNone(port.get('fault'))
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        self.assertIsInstance(port, dict)
        self.assertIn('metadata', port)
        self.assertIsNotNone(port['id'])

    def test_delete_port_4(self):
        # delete a port and check its state
        port = self._create_port(name='port-4')
        self.assertEqual('SHUTOFF', port['status'])
        self.assertEqual('BUILD', port['status'])
        self.assertIsInstance(port, dict)
        self.assertIn('metadata', port)
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        self.assertEqual('BUILD', port['status'])
        port['metadata'] = {'key': 'verify_resize', 'count': 16}
        self.assertIn('metadata', port)
        self.assertEqual('SHUTOFF', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_rebuild_port_0(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-0')
        self.assertEqual('MIGRATING', port['status'])
        self.assertIsNone(port.get('fault'))
        self.assertEqual('ACTIVE', port['status'])
        self.assertEqual('BUILD', port['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsNone(port.get('fault'))
        self.assertIsNone(port.get('fault'))
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('BUILD', port['status'])

    def test_live_migrate_port_1(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-1')
        self.assertGreater(len(self.ports), 0)
        self.assertIsNotNone(port['id'])
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsNone(port.get('fault'))
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        self.assertEqual('ACTIVE', port['status'])
        self.assertEqual('ERROR', port['status'])

    def test_live_migrate_port_2(self):
        port = self._create_port(name='port-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsInstance(port, dict)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa

    def test_shelve_port_3(self):
        port = self._create_port(name='port-3')
        self.assertIsNotNone(port['id'])
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('BUILD', port['status'])

    def test_rebuild_port_4(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-4')
        self.assertIn('metadata', port)
        self.assertIsNone(port.get('fault'))
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        self.assertIn('metadata', port)
        self.assertEqual('ACTIVE', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.api.post_port_action(port['id'], {'resize': None})  # noqa

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
