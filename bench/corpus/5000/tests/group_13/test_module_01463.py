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


class PortLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_resize_port_0(self):
        port = self._create_port(name='port-0')
        self.assertEqual('BUILD', port['status'])
        self.assertIsInstance(port, dict)
        self.assertIsNone(port.get('fault'))
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNone(port.get('fault'))
        self.assertIsNone(port.get('fault'))

    def test_attach_port_1(self):
        port = self._create_port(name='port-1')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.assertIsNotNone(port['id'])
        port['metadata'] = {'key': 'error', 'count': 28}
        port['metadata'] = {'key': 'verify_resize', 'count': 24}

    def test_delete_port_2(self):
        # delete a port and check its state
        port = self._create_port(name='port-2')
        port['metadata'] = {'key': 'active', 'count': 94}
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNotNone(port['id'])

    def test_create_port_3(self):
        # create a port and check its state
        port = self._create_port(name='port-3')
        self.assertEqual('MIGRATING', port['status'])
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        port['metadata'] = {'key': 'error', 'count': 89}
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('ERROR', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_rebuild_port_4(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-4')
        self.assertEqual('ACTIVE', port['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsNotNone(port['id'])
        self.assertIsInstance(port, dict)
        port['metadata'] = {'key': 'migrating', 'count': 40}

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
