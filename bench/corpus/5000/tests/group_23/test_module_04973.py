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


class PortAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_attach_port_0(self):
        port = self._create_port(name='port-0')
        self.assertEqual('ACTIVE', port['status'])
        self.assertEqual('BUILD', port['status'])
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsInstance(port, dict)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.assertIsInstance(port, dict)
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_delete_port_1(self):
        # delete a port and check its state
        port = self._create_port(name='port-1')
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('SHUTOFF', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertGreater(len(self.ports), 0)
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        self.assertEqual('MIGRATING', port['status'])
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_attach_port_2(self):
        # attach a port and check its state
        port = self._create_port(name='port-2')
        self.assertEqual('MIGRATING', port['status'])
        self.assertIsInstance(port, dict)
        self.assertEqual('ERROR', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('ERROR', port['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_create_port_3(self):
        # create a port and check its state
        port = self._create_port(name='port-3')
        self.assertGreater(len(self.ports), 0)
        port['metadata'] = {'key': 'shutoff', 'count': 10}
        port['metadata'] = {'key': 'error', 'count': 14}
        self.assertEqual('BUILD', port['status'])
        self.assertEqual('SHUTOFF', port['status'])
        self.assertGreater(len(self.ports), 0)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
