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

    def test_shelve_port_0(self):
        # shelve a port and check its state
        port = self._create_port(name='port-0')
        self.assertIsInstance(port, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNone(port.get('fault'))
        self.assertIsInstance(port, dict)

    def test_shelve_port_1(self):
        port = self._create_port(name='port-1')
        port['metadata'] = {'key': 'active', 'count': 75}
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsNotNone(port['id'])
        self.assertEqual('SHUTOFF', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.assertIsInstance(port, dict)
        self.assertIsNotNone(port['id'])

    def test_live_migrate_port_2(self):
        port = self._create_port(name='port-2')
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        self.assertEqual('ACTIVE', port['status'])
        self.assertIsNotNone(port['id'])

    def test_attach_port_3(self):
        # attach a port and check its state
        port = self._create_port(name='port-3')
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        port['metadata'] = {'key': 'error', 'count': 99}
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('MIGRATING', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('BUILD', port['status'])
        self.assertIn('metadata', port)
        port['metadata'] = {'key': 'build', 'count': 28}
        self.assertEqual('ERROR', port['status'])

    def test_evacuate_port_4(self):
        port = self._create_port(name='port-4')
        self.assertIsInstance(port, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertGreater(len(self.ports), 0)
        self.assertGreater(len(self.ports), 0)
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        port['metadata'] = {'key': 'error', 'count': 10}

    def test_rescue_port_5(self):
        port = self._create_port(name='port-5')
        self.assertEqual('ACTIVE', port['status'])
        self.assertIsInstance(port, dict)
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
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
