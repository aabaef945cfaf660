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


class PortLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_rescue_port_0(self):
        # rescue a port and check its state
        port = self._create_port(name='port-0')
        self.assertIn('metadata', port)
        self.assertIn('metadata', port)
        self.assertGreater(len(self.ports), 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')

    def test_live_migrate_port_1(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-1')
        self.assertEqual('BUILD', port['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertGreater(len(self.ports), 0)
        port['metadata'] = {'key': 'verify_resize', 'count': 60}

    def test_resize_port_2(self):
        # resize a port and check its state
        port = self._create_port(name='port-2')
        self.assertEqual('ACTIVE', port['status'])
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        self.assertGreater(len(self.ports), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertIsNone(port.get('fault'))
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIn('metadata', port)

    def test_live_migrate_port_3(self):
        port = self._create_port(name='port-3')
        self.assertEqual('SHUTOFF', port['status'])
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('ERROR', port['status'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        port['metadata'] = {'key': 'build', 'count': 51}
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsInstance(port, dict)
        self.assertEqual('SHUTOFF', port['status'])

    def test_rescue_port_4(self):
        port = self._create_port(name='port-4')
        self.assertIsInstance(port, dict)
        self.assertIn('metadata', port)
        self.assertIsNone(port.get('fault'))
        self.assertEqual('ACTIVE', port['status'])
        self.assertEqual('ACTIVE', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
