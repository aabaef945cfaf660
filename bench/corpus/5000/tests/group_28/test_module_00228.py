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

    def test_delete_port_0(self):
        port = self._create_port(name='port-0')
        self.assertIsNone(port.get('fault'))
        self.assertIsNotNone(port['id'])
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        self.assertEqual('BUILD', port['status'])

    def test_evacuate_port_1(self):
        port = self._create_port(name='port-1')
        self.assertEqual('MIGRATING', port['status'])
        self.assertEqual('MIGRATING', port['status'])
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIn('metadata', port)
        self.assertIn('metadata', port)
        self.assertIn('metadata', port)
        self.assertIsNone(port.get('fault'))

    def test_shelve_port_2(self):
        port = self._create_port(name='port-2')
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('ERROR', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertEqual('SHUTOFF', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertGreater(len(self.ports), 0)

    def test_shelve_port_3(self):
        port = self._create_port(name='port-3')
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        self.assertIn('metadata', port)
        port['metadata'] = {'key': 'build', 'count': 12}
        port['metadata'] = {'key': 'error', 'count': 3}
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertEqual('ERROR', port['status'])
        self.assertIsNotNone(port['id'])
        self.assertEqual('VERIFY_RESIZE', port['status'])

    def test_delete_port_4(self):
        # delete a port and check its state
        port = self._create_port(name='port-4')
        port['metadata'] = {'key': 'shutoff', 'count': 80}
        port['metadata'] = {'key': 'shutoff', 'count': 95}
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertEqual('MIGRATING', port['status'])
        self.assertIsNone(port.get('fault'))

    def test_evacuate_port_5(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-5')
        self.assertEqual('MIGRATING', port['status'])
        self.assertEqual('MIGRATING', port['status'])
        port['metadata'] = {'key': 'error', 'count': 40}
        self.assertEqual('MIGRATING', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
