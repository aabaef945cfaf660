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

    def test_live_migrate_port_0(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-0')
        self.assertIsNone(port.get('fault'))
        self.assertEqual('SHUTOFF', port['status'])
        port['metadata'] = {'key': 'migrating', 'count': 81}
        self.assertEqual('ACTIVE', port['status'])
        self.assertIn('metadata', port)
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('BUILD', port['status'])

    def test_evacuate_port_1(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-1')
        self.assertEqual('MIGRATING', port['status'])
        self.assertIsNotNone(port['id'])
        port['metadata'] = {'key': 'shutoff', 'count': 56}
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        self.assertGreater(len(self.ports), 0)
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('BUILD', port['status'])
        self.assertIsNone(port.get('fault'))

    def test_rebuild_port_2(self):
        port = self._create_port(name='port-2')
        self.assertIsNone(port.get('fault'))
        self.assertIsNotNone(port['id'])
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa

    def test_live_migrate_port_3(self):
        port = self._create_port(name='port-3')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.assertEqual('VERIFY_RESIZE', port['status'])
        port['metadata'] = {'key': 'active', 'count': 41}

    def test_rebuild_port_4(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-4')
        self.assertGreater(len(self.ports), 0)
        self.assertGreater(len(self.ports), 0)
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIsNone(port.get('fault'))
        self.assertIn('metadata', port)
        self.assertIsNone(port.get('fault'))

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_rescue_port_0(self):
        port = self._create_port(name='port-0')
        self.assertEqual('ACTIVE', port['status'])
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsInstance(port, dict)
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('metadata', port)
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('BUILD', port['status'])
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')

    def test_delete_port_1(self):
        port = self._create_port(name='port-1')
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('MIGRATING', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertIsNotNone(port['id'])
        self.assertGreater(len(self.ports), 0)
        port['metadata'] = {'key': 'active', 'count': 35}
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_create_port_2(self):
        # create a port and check its state
        port = self._create_port(name='port-2')
        self.assertGreater(len(self.ports), 0)
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa

    def test_resize_port_3(self):
        port = self._create_port(name='port-3')
        self.assertIsNotNone(port['id'])
        self.assertEqual('SHUTOFF', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        port['metadata'] = {'key': 'build', 'count': 6}
        self.assertEqual('ERROR', port['status'])
        self.assertIsInstance(port, dict)
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('BUILD', port['status'])

    def test_rescue_port_4(self):
        # rescue a port and check its state
        port = self._create_port(name='port-4')
        port['metadata'] = {'key': 'error', 'count': 80}
        self.assertIsInstance(port, dict)
        self.assertEqual('SHUTOFF', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.assertEqual('MIGRATING', port['status'])
        self.assertEqual('ACTIVE', port['status'])
        self.assertIsNone(port.get('fault'))

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
