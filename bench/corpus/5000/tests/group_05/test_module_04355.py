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


class PortCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_attach_port_0(self):
        # attach a port and check its state
        port = self._create_port(name='port-0')
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        self.assertIsNone(port.get('fault'))
        self.assertIsInstance(port, dict)
        self.assertIsNone(port.get('fault'))

    def test_rescue_port_1(self):
        port = self._create_port(name='port-1')
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIn('metadata', port)
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertEqual('SHUTOFF', port['status'])
        self.assertEqual('VERIFY_RESIZE', port['status'])

    def test_create_port_2(self):
        port = self._create_port(name='port-2')
        self.assertIsInstance(port, dict)
        self.assertIsNone(port.get('fault'))
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        self.assertEqual('ERROR', port['status'])

    def test_evacuate_port_3(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-3')
        self.assertIsNone(port.get('fault'))
        self.assertIsNone(port.get('fault'))
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsNotNone(port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertIsInstance(port, dict)

    def test_live_migrate_port_4(self):
        port = self._create_port(name='port-4')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.assertIsInstance(port, dict)
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertGreater(len(self.ports), 0)

    def test_evacuate_port_5(self):
        port = self._create_port(name='port-5')
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsInstance(port, dict)
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('ACTIVE', port['status'])
        self.assertEqual('ACTIVE', port['status'])
        self.assertIsInstance(port, dict)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_evacuate_port_0(self):
        port = self._create_port(name='port-0')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.assertGreater(len(self.ports), 0)
        self.assertIsNone(port.get('fault'))
        port['metadata'] = {'key': 'active', 'count': 44}
        self.assertIsInstance(port, dict)
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('MIGRATING', port['status'])

    def test_lock_port_1(self):
        port = self._create_port(name='port-1')
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsInstance(port, dict)
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsInstance(port, dict)
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsInstance(port, dict)

    def test_evacuate_port_2(self):
        port = self._create_port(name='port-2')
        self.assertIsNotNone(port['id'])
        self.assertEqual('SHUTOFF', port['status'])
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNone(port.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsInstance(port, dict)
        self.assertEqual('SHUTOFF', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('ERROR', port['status'])
        port['metadata'] = {'key': 'active', 'count': 19}

    def test_resize_port_3(self):
        port = self._create_port(name='port-3')
        self.assertEqual('BUILD', port['status'])
        self.assertIsInstance(port, dict)
        self.assertEqual('BUILD', port['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('metadata', port)
        self.assertIn('metadata', port)

    def test_delete_port_4(self):
        # delete a port and check its state
        port = self._create_port(name='port-4')
        self.assertGreater(len(self.ports), 0)
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        port['metadata'] = {'key': 'build', 'count': 86}
        port['metadata'] = {'key': 'shutoff', 'count': 77}
        self.assertIsNotNone(port['id'])
        self.assertGreater(len(self.ports), 0)

    def test_attach_port_5(self):
        port = self._create_port(name='port-5')
        self.assertEqual('SHUTOFF', port['status'])
        port['metadata'] = {'key': 'shutoff', 'count': 78}
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('MIGRATING', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertIsNotNone(port['id'])
        self.assertIsNone(port.get('fault'))
        self.assertIsNone(port.get('fault'))
        port['metadata'] = {'key': 'error', 'count': 51}

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
