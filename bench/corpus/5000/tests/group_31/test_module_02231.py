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


class PortDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_rebuild_port_0(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-0')
        self.assertIsNone(port.get('fault'))
        self.assertEqual('BUILD', port['status'])
        self.assertEqual('ACTIVE', port['status'])
        self.assertEqual('ACTIVE', port['status'])
        self.assertIn('metadata', port)

    def test_create_port_1(self):
        port = self._create_port(name='port-1')
        port['metadata'] = {'key': 'verify_resize', 'count': 93}
        self.assertIsInstance(port, dict)
        self.assertIn('metadata', port)
        self.assertIsNotNone(port['id'])
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        self.assertIsNotNone(port['id'])
        self.assertIsNone(port.get('fault'))
        self.assertIsInstance(port, dict)
        self.assertIsInstance(port, dict)
        self.assertIn('metadata', port)

    def test_attach_port_2(self):
        port = self._create_port(name='port-2')
        port['metadata'] = {'key': 'build', 'count': 66}
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('VERIFY_RESIZE', port['status'])
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsInstance(port, dict)
        self.assertIsNotNone(port['id'])
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_resize_port_3(self):
        port = self._create_port(name='port-3')
        self.assertIsNone(port.get('fault'))
        self.assertIsNotNone(port['id'])
        self.assertGreater(len(self.ports), 0)
        self.assertIsNone(port.get('fault'))
        self.assertIn('metadata', port)
        self.assertEqual('MIGRATING', port['status'])
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa

    def test_lock_port_4(self):
        # lock a port and check its state
        port = self._create_port(name='port-4')
        self.assertEqual('SHUTOFF', port['status'])
        self.assertEqual('ERROR', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('ERROR', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('ACTIVE', port['status'])
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_rescue_port_0(self):
        # rescue a port and check its state
        port = self._create_port(name='port-0')
        self.assertGreater(len(self.ports), 0)
        self.assertIsNotNone(port['id'])
        self.assertEqual('BUILD', port['status'])
        self.assertGreater(len(self.ports), 0)

    def test_delete_port_1(self):
        port = self._create_port(name='port-1')
        self.assertIsNotNone(port['id'])
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.assertIsNotNone(port['id'])
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('MIGRATING', port['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_lock_port_2(self):
        port = self._create_port(name='port-2')
        self.assertEqual('BUILD', port['status'])
        port['metadata'] = {'key': 'shutoff', 'count': 2}
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
