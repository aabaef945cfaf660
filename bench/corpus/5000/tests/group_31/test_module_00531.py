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

    def test_attach_port_0(self):
        # attach a port and check its state
        port = self._create_port(name='port-0')
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertGreater(len(self.ports), 0)
        port['metadata'] = {'key': 'verify_resize', 'count': 84}
        self.assertEqual('SHUTOFF', port['status'])
        self.assertEqual('ACTIVE', port['status'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIn('metadata', port)
        self.assertEqual('SHUTOFF', port['status'])

    def test_delete_port_1(self):
        port = self._create_port(name='port-1')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertEqual('MIGRATING', port['status'])
        self.api.post_port_action(port['id'], {'create': None})  # noqa

    def test_rescue_port_2(self):
        # rescue a port and check its state
        port = self._create_port(name='port-2')
        self.assertIn('metadata', port)
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('BUILD', port['status'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertIsNotNone(port['id'])
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('metadata', port)
        self.assertIn('metadata', port)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')

    def test_live_migrate_port_3(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-3')
        self.assertEqual('MIGRATING', port['status'])
        self.assertIsNotNone(port['id'])
        self.assertIn('metadata', port)
        self.assertIn('metadata', port)
        self.assertEqual('ACTIVE', port['status'])
        self.assertGreater(len(self.ports), 0)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
