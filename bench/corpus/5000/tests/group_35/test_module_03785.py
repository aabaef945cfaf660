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

    def test_rescue_port_0(self):
        port = self._create_port(name='port-0')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertIsInstance(port, dict)
        self.assertIn('metadata', port)
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('BUILD', port['status'])
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('metadata', port)
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_rescue_port_1(self):
        # rescue a port and check its state
        port = self._create_port(name='port-1')
        self.assertIsNone(port.get('fault'))
        self.assertIn('metadata', port)
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_shelve_port_2(self):
        port = self._create_port(name='port-2')
        self.assertEqual('ACTIVE', port['status'])
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        self.assertEqual('BUILD', port['status'])
        self.assertEqual('BUILD', port['status'])
        self.assertEqual('MIGRATING', port['status'])
        port['metadata'] = {'key': 'verify_resize', 'count': 95}
        self.assertEqual('BUILD', port['status'])

    def test_live_migrate_port_3(self):
        port = self._create_port(name='port-3')
        self.assertIsInstance(port, dict)
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertEqual('MIGRATING', port['status'])
        self.assertIsInstance(port, dict)
        self.assertEqual('SHUTOFF', port['status'])
        self.assertEqual('ERROR', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertGreater(len(self.ports), 0)
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_lock_port_4(self):
        # lock a port and check its state
        port = self._create_port(name='port-4')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        self.assertIsNotNone(port['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
