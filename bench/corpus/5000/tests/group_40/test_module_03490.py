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

    def test_evacuate_port_0(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-0')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        port['metadata'] = {'key': 'error', 'count': 63}
        self.assertGreater(len(self.ports), 0)
        self.assertIsNone(port.get('fault'))

    def test_resize_port_1(self):
        port = self._create_port(name='port-1')
        self.assertIsNotNone(port['id'])
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        port['metadata'] = {'key': 'migrating', 'count': 26}
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertEqual('ERROR', port['status'])
        self.assertIsNotNone(port['id'])

    def test_evacuate_port_2(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-2')
        self.assertEqual('BUILD', port['status'])
        port['metadata'] = {'key': 'verify_resize', 'count': 95}
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_resize_port_3(self):
        # resize a port and check its state
        port = self._create_port(name='port-3')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        port['metadata'] = {'key': 'shutoff', 'count': 26}
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        port['metadata'] = {'key': 'migrating', 'count': 80}

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_lock_port_0(self):
        port = self._create_port(name='port-0')
        self.assertGreater(len(self.ports), 0)
        self.assertIsNone(port.get('fault'))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertGreater(len(self.ports), 0)
        self.assertIsNone(port.get('fault'))
        self.assertEqual('ERROR', port['status'])

    def test_create_port_1(self):
        port = self._create_port(name='port-1')
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('MIGRATING', port['status'])
        self.assertIsNone(port.get('fault'))

    def test_attach_port_2(self):
        # attach a port and check its state
        port = self._create_port(name='port-2')
        self.assertIsNotNone(port['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsNone(port.get('fault'))
        self.assertEqual('ACTIVE', port['status'])
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        self.assertEqual('ACTIVE', port['status'])
        self.assertEqual('SHUTOFF', port['status'])

    def test_rescue_port_3(self):
        port = self._create_port(name='port-3')
        self.assertIsNone(port.get('fault'))
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        port['metadata'] = {'key': 'error', 'count': 20}
        port['metadata'] = {'key': 'verify_resize', 'count': 16}
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_delete_port_4(self):
        port = self._create_port(name='port-4')
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsInstance(port, dict)
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertGreater(len(self.ports), 0)
        port['metadata'] = {'key': 'migrating', 'count': 88}

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
