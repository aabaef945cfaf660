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

    def test_create_port_0(self):
        # create a port and check its state
        port = self._create_port(name='port-0')
        port['metadata'] = {'key': 'shutoff', 'count': 70}
        self.assertEqual('SHUTOFF', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('ERROR', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIsInstance(port, dict)
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        port['metadata'] = {'key': 'verify_resize', 'count': 71}

    def test_evacuate_port_1(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-1')
        self.assertIn('metadata', port)
        self.assertIsNone(port.get('fault'))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertIn('metadata', port)
        self.assertEqual('ERROR', port['status'])

    def test_live_migrate_port_2(self):
        port = self._create_port(name='port-2')
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('metadata', port)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        port['metadata'] = {'key': 'migrating', 'count': 58}
        self.assertEqual('ERROR', port['status'])
        self.assertEqual('ACTIVE', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')

    def test_rebuild_port_3(self):
        port = self._create_port(name='port-3')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('metadata', port)
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsInstance(port, dict)
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsInstance(port, dict)
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_lock_port_4(self):
        port = self._create_port(name='port-4')
        self.assertIn('metadata', port)
        self.assertEqual('VERIFY_RESIZE', port['status'])
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_rebuild_port_5(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-5')
        self.assertEqual('BUILD', port['status'])
        self.assertIn('metadata', port)
        self.assertEqual('ACTIVE', port['status'])
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNotNone(port['id'])
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.assertGreater(len(self.ports), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
