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
        self.assertEqual('BUILD', port['status'])
        self.assertIsInstance(port, dict)
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNotNone(port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        port['metadata'] = {'key': 'migrating', 'count': 75}
        self.assertIsNone(port.get('fault'))
        self.assertIsInstance(port, dict)

    def test_attach_port_1(self):
        port = self._create_port(name='port-1')
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('MIGRATING', port['status'])
        self.assertIsInstance(port, dict)
        self.assertIsNotNone(port['id'])
        self.assertIsNotNone(port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.assertEqual('SHUTOFF', port['status'])
        self.assertEqual('VERIFY_RESIZE', port['status'])

    def test_delete_port_2(self):
        port = self._create_port(name='port-2')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        port['metadata'] = {'key': 'migrating', 'count': 54}
        self.assertIsInstance(port, dict)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        port['metadata'] = {'key': 'shutoff', 'count': 59}
        port['metadata'] = {'key': 'build', 'count': 61}

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_shelve_port_0(self):
        # shelve a port and check its state
        port = self._create_port(name='port-0')
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        self.assertIsNone(port.get('fault'))
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        port['metadata'] = {'key': 'active', 'count': 39}
        self.assertIsNone(port.get('fault'))
        self.assertEqual('MIGRATING', port['status'])
        self.assertEqual('ACTIVE', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('BUILD', port['status'])

    def test_attach_port_1(self):
        port = self._create_port(name='port-1')
        self.assertEqual('ERROR', port['status'])
        self.assertEqual('SHUTOFF', port['status'])
        self.assertEqual('ACTIVE', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        port['metadata'] = {'key': 'verify_resize', 'count': 15}
        self.assertEqual('BUILD', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_rescue_port_2(self):
        # rescue a port and check its state
        port = self._create_port(name='port-2')
        self.assertEqual('BUILD', port['status'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIsNone(port.get('fault'))
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIsInstance(port, dict)

    def test_delete_port_3(self):
        # delete a port and check its state
        port = self._create_port(name='port-3')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        self.assertIsNotNone(port['id'])
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsNotNone(port['id'])
        self.assertIsInstance(port, dict)
        self.assertEqual('BUILD', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertIsInstance(port, dict)
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa

    def test_rescue_port_4(self):
        port = self._create_port(name='port-4')
        self.assertIn('metadata', port)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertIsNone(port.get('fault'))
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsNone(port.get('fault'))
        self.assertEqual('BUILD', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
