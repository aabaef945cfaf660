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

    def test_create_port_0(self):
        # create a port and check its state
        port = self._create_port(name='port-0')
        self.assertEqual('MIGRATING', port['status'])
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertGreater(len(self.ports), 0)

    def test_delete_port_1(self):
        # delete a port and check its state
        port = self._create_port(name='port-1')
        port['metadata'] = {'key': 'verify_resize', 'count': 72}
        self.assertIsInstance(port, dict)
        self.assertIn('metadata', port)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.assertIn('metadata', port)

    def test_delete_port_2(self):
        # delete a port and check its state
        port = self._create_port(name='port-2')
        self.assertIn('metadata', port)
        self.assertEqual('ACTIVE', port['status'])
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        self.assertIn('metadata', port)
        self.assertIn('metadata', port)

    def test_resize_port_3(self):
        port = self._create_port(name='port-3')
        self.assertIsInstance(port, dict)
        self.assertEqual('ACTIVE', port['status'])
        port['metadata'] = {'key': 'active', 'count': 52}
        port['metadata'] = {'key': 'active', 'count': 17}
        self.assertIn('metadata', port)
        self.assertIsInstance(port, dict)
        self.assertGreater(len(self.ports), 0)
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNone(port.get('fault'))
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_rebuild_port_4(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-4')
        self.assertEqual('ERROR', port['status'])
        port['metadata'] = {'key': 'build', 'count': 92}
        self.assertEqual('SHUTOFF', port['status'])

    def test_create_port_5(self):
        # create a port and check its state
        port = self._create_port(name='port-5')
        self.assertIsNone(port.get('fault'))
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('ERROR', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_lock_port_0(self):
        port = self._create_port(name='port-0')
        self.assertEqual('BUILD', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.assertEqual('MIGRATING', port['status'])
        self.assertEqual('SHUTOFF', port['status'])
        self.assertGreater(len(self.ports), 0)
        port['metadata'] = {'key': 'active', 'count': 31}
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('MIGRATING', port['status'])
        self.assertIsNone(port.get('fault'))

    def test_lock_port_1(self):
        # lock a port and check its state
        port = self._create_port(name='port-1')
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsNone(port.get('fault'))
        self.assertEqual('MIGRATING', port['status'])
        self.assertEqual('SHUTOFF', port['status'])
        self.assertEqual('BUILD', port['status'])
        self.assertGreater(len(self.ports), 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.assertEqual('SHUTOFF', port['status'])
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_resize_port_2(self):
        # resize a port and check its state
        port = self._create_port(name='port-2')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('ACTIVE', port['status'])
        self.assertGreater(len(self.ports), 0)
        port['metadata'] = {'key': 'shutoff', 'count': 22}
        self.assertIsNone(port.get('fault'))
        self.assertIsNone(port.get('fault'))
        port['metadata'] = {'key': 'verify_resize', 'count': 53}
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa

    def test_shelve_port_3(self):
        # shelve a port and check its state
        port = self._create_port(name='port-3')
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('ERROR', port['status'])
        port['metadata'] = {'key': 'verify_resize', 'count': 69}
        port['metadata'] = {'key': 'error', 'count': 3}
        self.assertIsInstance(port, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
