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
        port['metadata'] = {'key': 'shutoff', 'count': 98}
        self.assertIsNotNone(port['id'])
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNone(port.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsNone(port.get('fault'))
        self.assertIsNotNone(port['id'])
        self.assertIsInstance(port, dict)

    def test_delete_port_1(self):
        # delete a port and check its state
        port = self._create_port(name='port-1')
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('ERROR', port['status'])
        self.assertEqual('MIGRATING', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertEqual('ERROR', port['status'])
        self.assertEqual('MIGRATING', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')

    def test_rescue_port_2(self):
        port = self._create_port(name='port-2')
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        self.assertIsInstance(port, dict)
        self.api.post_port_action(port['id'], {'lock': None})  # noqa

    def test_create_port_3(self):
        port = self._create_port(name='port-3')
        self.assertGreater(len(self.ports), 0)
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        self.assertIsNotNone(port['id'])
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        self.assertEqual('ERROR', port['status'])
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNone(port.get('fault'))
        self.assertEqual('ERROR', port['status'])

    def test_lock_port_4(self):
        # lock a port and check its state
        port = self._create_port(name='port-4')
        self.assertEqual('MIGRATING', port['status'])
        self.assertIsNotNone(port['id'])
        self.assertIsInstance(port, dict)
        self.assertGreater(len(self.ports), 0)
        self.assertIsInstance(port, dict)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_rebuild_port_0(self):
        port = self._create_port(name='port-0')
        self.assertEqual('ACTIVE', port['status'])
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsNotNone(port['id'])

    def test_create_port_1(self):
        port = self._create_port(name='port-1')
        self.assertIn('metadata', port)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_resize_port_2(self):
        # resize a port and check its state
        port = self._create_port(name='port-2')
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIsInstance(port, dict)
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNone(port.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_rescue_port_3(self):
        # rescue a port and check its state
        port = self._create_port(name='port-3')
        self.assertIsNone(port.get('fault'))
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('MIGRATING', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')

    def test_delete_port_4(self):
        port = self._create_port(name='port-4')
        self.assertIsInstance(port, dict)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.assertEqual('MIGRATING', port['status'])
        self.assertEqual('BUILD', port['status'])
        self.assertGreater(len(self.ports), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIn('metadata', port)
        self.assertEqual('BUILD', port['status'])
        port['metadata'] = {'key': 'verify_resize', 'count': 52}

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
