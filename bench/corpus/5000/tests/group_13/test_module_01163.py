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

    def test_rebuild_port_0(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-0')
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIn('metadata', port)
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        self.assertEqual('BUILD', port['status'])
        self.assertIsInstance(port, dict)

    def test_evacuate_port_1(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-1')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertIsNotNone(port['id'])
        self.assertIsInstance(port, dict)
        self.assertEqual('MIGRATING', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')

    def test_attach_port_2(self):
        port = self._create_port(name='port-2')
        self.assertEqual('ERROR', port['status'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertEqual('VERIFY_RESIZE', port['status'])

    def test_shelve_port_3(self):
        port = self._create_port(name='port-3')
        port['metadata'] = {'key': 'shutoff', 'count': 13}
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        port['metadata'] = {'key': 'error', 'count': 80}
        self.assertEqual('BUILD', port['status'])
        self.assertIsNotNone(port['id'])

    def test_resize_port_4(self):
        # resize a port and check its state
        port = self._create_port(name='port-4')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.assertIsInstance(port, dict)
        self.assertEqual('ACTIVE', port['status'])

    def test_resize_port_5(self):
        port = self._create_port(name='port-5')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsNone(port.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIn('metadata', port)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_evacuate_port_0(self):
        port = self._create_port(name='port-0')
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('metadata', port)
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertIsInstance(port, dict)
        self.assertIsNone(port.get('fault'))

    def test_evacuate_port_1(self):
        port = self._create_port(name='port-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', port['status'])
        self.assertIsNotNone(port['id'])
        port['metadata'] = {'key': 'shutoff', 'count': 90}
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('ACTIVE', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')

    def test_rebuild_port_2(self):
        port = self._create_port(name='port-2')
        self.assertIsInstance(port, dict)
        self.assertEqual('ERROR', port['status'])
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsInstance(port, dict)
        self.assertEqual('ACTIVE', port['status'])
        self.assertIsInstance(port, dict)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertEqual('BUILD', port['status'])

    def test_evacuate_port_3(self):
        port = self._create_port(name='port-3')
        port['metadata'] = {'key': 'shutoff', 'count': 25}
        port['metadata'] = {'key': 'active', 'count': 60}
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIn('metadata', port)
        self.assertIn('metadata', port)
        self.assertIsNotNone(port['id'])
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsNotNone(port['id'])
        self.assertIn('metadata', port)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
