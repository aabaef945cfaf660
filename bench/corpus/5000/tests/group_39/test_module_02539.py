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

    def test_rescue_port_0(self):
        port = self._create_port(name='port-0')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertIn('metadata', port)
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsInstance(port, dict)
        self.assertIsInstance(port, dict)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')

    def test_create_port_1(self):
        port = self._create_port(name='port-1')
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertEqual('ACTIVE', port['status'])
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        self.assertIsInstance(port, dict)
        self.assertIsNone(port.get('fault'))
        self.assertIn('metadata', port)
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsNotNone(port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')

    def test_attach_port_2(self):
        # attach a port and check its state
        port = self._create_port(name='port-2')
        self.assertGreater(len(self.ports), 0)
        self.assertIn('metadata', port)
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertGreater(len(self.ports), 0)
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_delete_port_3(self):
        port = self._create_port(name='port-3')
        self.assertIsNotNone(port['id'])
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('MIGRATING', port['status'])
        port['metadata'] = {'key': 'migrating', 'count': 16}
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        self.assertIsNone(port.get('fault'))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')

    def test_lock_port_4(self):
        # lock a port and check its state
        port = self._create_port(name='port-4')
        self.assertIsNone(port.get('fault'))
        self.assertEqual('VERIFY_RESIZE', port['status'])
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
        self.assertGreater(len(self.ports), 0)
        port['metadata'] = {'key': 'verify_resize', 'count': 90}

    def test_lock_port_5(self):
        port = self._create_port(name='port-5')
        port['metadata'] = {'key': 'shutoff', 'count': 33}
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


class PortAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_attach_port_0(self):
        # attach a port and check its state
        port = self._create_port(name='port-0')
        self.assertIn('metadata', port)
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('BUILD', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('MIGRATING', port['status'])

    def test_delete_port_1(self):
        # delete a port and check its state
        port = self._create_port(name='port-1')
        self.assertEqual('BUILD', port['status'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIsInstance(port, dict)

    def test_delete_port_2(self):
        port = self._create_port(name='port-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', port['status'])
        self.assertEqual('BUILD', port['status'])
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('BUILD', port['status'])

    def test_evacuate_port_3(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-3')
        self.assertGreater(len(self.ports), 0)
        port['metadata'] = {'key': 'active', 'count': 31}
        self.assertGreater(len(self.ports), 0)

    def test_delete_port_4(self):
        # delete a port and check its state
        port = self._create_port(name='port-4')
        self.assertIsNotNone(port['id'])
        self.assertIn('metadata', port)
        self.assertIsNotNone(port['id'])
        self.assertEqual('SHUTOFF', port['status'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIsNone(port.get('fault'))
        self.assertIsInstance(port, dict)

    def test_create_port_5(self):
        port = self._create_port(name='port-5')
        self.assertIsNotNone(port['id'])
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsNone(port.get('fault'))

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
