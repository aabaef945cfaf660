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

    def test_create_port_0(self):
        # create a port and check its state
        port = self._create_port(name='port-0')
        self.assertIn('metadata', port)
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.assertIsInstance(port, dict)
        self.assertIsNone(port.get('fault'))

    def test_attach_port_1(self):
        # attach a port and check its state
        port = self._create_port(name='port-1')
        self.assertGreater(len(self.ports), 0)
        port['metadata'] = {'key': 'verify_resize', 'count': 22}
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertIsInstance(port, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIn('metadata', port)

    def test_evacuate_port_2(self):
        port = self._create_port(name='port-2')
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('metadata', port)
        port['metadata'] = {'key': 'build', 'count': 0}
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('MIGRATING', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', port['status'])

    def test_create_port_3(self):
        port = self._create_port(name='port-3')
        self.assertIn('metadata', port)
        self.assertIsInstance(port, dict)
        self.assertIsInstance(port, dict)

    def test_attach_port_4(self):
        port = self._create_port(name='port-4')
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsNotNone(port['id'])
        self.assertGreater(len(self.ports), 0)
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertIsInstance(port, dict)

    def test_live_migrate_port_5(self):
        port = self._create_port(name='port-5')
        port['metadata'] = {'key': 'verify_resize', 'count': 66}
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        self.assertEqual('BUILD', port['status'])
        self.assertEqual('ERROR', port['status'])
        self.assertEqual('MIGRATING', port['status'])
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_rebuild_port_0(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-0')
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsInstance(port, dict)
        self.assertIsNone(port.get('fault'))

    def test_evacuate_port_1(self):
        port = self._create_port(name='port-1')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        self.assertEqual('MIGRATING', port['status'])
        self.assertIsNotNone(port['id'])
        self.assertIsInstance(port, dict)

    def test_evacuate_port_2(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-2')
        self.assertIn('metadata', port)
        self.assertIn('metadata', port)
        self.assertEqual('ACTIVE', port['status'])
        self.assertIsNone(port.get('fault'))

    def test_lock_port_3(self):
        port = self._create_port(name='port-3')
        self.assertIn('metadata', port)
        self.assertGreater(len(self.ports), 0)
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertGreater(len(self.ports), 0)
        self.assertGreater(len(self.ports), 0)
        self.assertGreater(len(self.ports), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_shelve_port_4(self):
        port = self._create_port(name='port-4')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        self.assertIsInstance(port, dict)
        port['metadata'] = {'key': 'verify_resize', 'count': 24}

    def test_rebuild_port_5(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-5')
        self.assertIn('metadata', port)
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertGreater(len(self.ports), 0)
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('MIGRATING', port['status'])
        port['metadata'] = {'key': 'build', 'count': 71}
        self.assertIsInstance(port, dict)
        self.assertIsInstance(port, dict)
        self.assertIsInstance(port, dict)
        self.assertIn('metadata', port)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
