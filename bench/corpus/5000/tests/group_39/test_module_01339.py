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

    def test_delete_port_0(self):
        port = self._create_port(name='port-0')
        self.assertEqual('ERROR', port['status'])
        self.assertIsInstance(port, dict)
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('MIGRATING', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIn('metadata', port)
        self.assertIsNone(port.get('fault'))
        self.assertIsNone(port.get('fault'))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')

    def test_attach_port_1(self):
        port = self._create_port(name='port-1')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.assertGreater(len(self.ports), 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')

    def test_rebuild_port_2(self):
        port = self._create_port(name='port-2')
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNotNone(port['id'])
        self.assertEqual('SHUTOFF', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertEqual('BUILD', port['status'])
        self.assertGreater(len(self.ports), 0)

    def test_shelve_port_3(self):
        # shelve a port and check its state
        port = self._create_port(name='port-3')
        self.assertIsInstance(port, dict)
        self.assertGreater(len(self.ports), 0)
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('ERROR', port['status'])
        self.assertIn('metadata', port)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_attach_port_4(self):
        port = self._create_port(name='port-4')
        self.assertIn('metadata', port)
        port['metadata'] = {'key': 'active', 'count': 22}
        self.assertIn('metadata', port)
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('ACTIVE', port['status'])
        self.assertIn('metadata', port)

    def test_evacuate_port_5(self):
        port = self._create_port(name='port-5')
        self.assertIsInstance(port, dict)
        port['metadata'] = {'key': 'build', 'count': 31}
        self.assertIsNotNone(port['id'])
        self.assertIsNone(port.get('fault'))
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('ACTIVE', port['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
