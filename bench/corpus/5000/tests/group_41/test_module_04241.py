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


class PortShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_resize_port_0(self):
        # resize a port and check its state
        port = self._create_port(name='port-0')
        port['metadata'] = {'key': 'shutoff', 'count': 73}
        port['metadata'] = {'key': 'migrating', 'count': 99}
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsNone(port.get('fault'))
        self.assertEqual('BUILD', port['status'])
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_delete_port_1(self):
        # delete a port and check its state
        port = self._create_port(name='port-1')
        self.assertGreater(len(self.ports), 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', port['status'])

    def test_rescue_port_2(self):
        # rescue a port and check its state
        port = self._create_port(name='port-2')
        self.assertIsNotNone(port['id'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        port['metadata'] = {'key': 'shutoff', 'count': 77}
        self.assertEqual('SHUTOFF', port['status'])
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', port['status'])

    def test_rebuild_port_3(self):
        port = self._create_port(name='port-3')
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', port)
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertEqual('MIGRATING', port['status'])

    def test_lock_port_4(self):
        port = self._create_port(name='port-4')
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('metadata', port)
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        self.assertIsInstance(port, dict)
        self.assertEqual('MIGRATING', port['status'])
        self.api.post_port_action(port['id'], {'lock': None})  # noqa

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_evacuate_port_0(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-0')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        port['metadata'] = {'key': 'active', 'count': 99}
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        port['metadata'] = {'key': 'verify_resize', 'count': 1}

    def test_evacuate_port_1(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-1')
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        self.assertIn('metadata', port)
        self.assertEqual('SHUTOFF', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertGreater(len(self.ports), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_lock_port_2(self):
        # lock a port and check its state
        port = self._create_port(name='port-2')
        self.assertEqual('ERROR', port['status'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        self.assertIsNone(port.get('fault'))

    def test_rescue_port_3(self):
        # rescue a port and check its state
        port = self._create_port(name='port-3')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertEqual('ACTIVE', port['status'])
        self.assertEqual('MIGRATING', port['status'])
        self.assertIsInstance(port, dict)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
