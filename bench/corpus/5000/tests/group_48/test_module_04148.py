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


class PortEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_lock_port_0(self):
        # lock a port and check its state
        port = self._create_port(name='port-0')
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertEqual('BUILD', port['status'])
        port['metadata'] = {'key': 'error', 'count': 22}

    def test_rescue_port_1(self):
        port = self._create_port(name='port-1')
        port['metadata'] = {'key': 'error', 'count': 25}
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('ERROR', port['status'])
        self.assertIsNotNone(port['id'])
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('BUILD', port['status'])
        self.assertEqual('MIGRATING', port['status'])
        self.assertEqual('ERROR', port['status'])
        self.assertGreater(len(self.ports), 0)
        port['metadata'] = {'key': 'error', 'count': 29}

    def test_rebuild_port_2(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-2')
        self.assertEqual('ERROR', port['status'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertGreater(len(self.ports), 0)

    def test_live_migrate_port_3(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-3')
        self.assertEqual('ERROR', port['status'])
        self.assertIsNotNone(port['id'])
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        self.assertEqual('ERROR', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('MIGRATING', port['status'])
        port['metadata'] = {'key': 'active', 'count': 32}
        self.assertIsNotNone(port['id'])

    def test_rebuild_port_4(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-4')
        self.assertGreater(len(self.ports), 0)
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertEqual('ERROR', port['status'])
        self.assertIsInstance(port, dict)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
