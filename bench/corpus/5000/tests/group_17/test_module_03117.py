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


class PortRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_create_port_0(self):
        # create a port and check its state
        port = self._create_port(name='port-0')
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        self.assertIsInstance(port, dict)
        port['metadata'] = {'key': 'build', 'count': 3}
        self.assertEqual('ACTIVE', port['status'])
        self.assertEqual('ERROR', port['status'])
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsNone(port.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_attach_port_1(self):
        # attach a port and check its state
        port = self._create_port(name='port-1')
        self.assertGreater(len(self.ports), 0)
        port['metadata'] = {'key': 'verify_resize', 'count': 93}
        self.assertEqual('BUILD', port['status'])
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        port['metadata'] = {'key': 'migrating', 'count': 77}
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNone(port.get('fault'))

    def test_attach_port_2(self):
        port = self._create_port(name='port-2')
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        self.assertGreater(len(self.ports), 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsInstance(port, dict)
        self.assertEqual('BUILD', port['status'])

    def test_resize_port_3(self):
        port = self._create_port(name='port-3')
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNotNone(port['id'])
        self.assertEqual('SHUTOFF', port['status'])
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        self.assertEqual('MIGRATING', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        port['metadata'] = {'key': 'verify_resize', 'count': 88}
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa

    def test_rescue_port_4(self):
        # rescue a port and check its state
        port = self._create_port(name='port-4')
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('metadata', port)
        self.assertEqual('VERIFY_RESIZE', port['status'])

    def test_shelve_port_5(self):
        # shelve a port and check its state
        port = self._create_port(name='port-5')
        self.assertIn('metadata', port)
        self.assertIsInstance(port, dict)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        self.assertIsNone(port.get('fault'))
        self.assertIn('metadata', port)
        self.assertIsNone(port.get('fault'))
        port['metadata'] = {'key': 'error', 'count': 76}

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_create_port_0(self):
        port = self._create_port(name='port-0')
        self.assertEqual('MIGRATING', port['status'])
        port['metadata'] = {'key': 'active', 'count': 73}
        self.assertEqual('ACTIVE', port['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsInstance(port, dict)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')

    def test_live_migrate_port_1(self):
        port = self._create_port(name='port-1')
        self.assertGreater(len(self.ports), 0)
        self.assertIsInstance(port, dict)
        self.assertGreater(len(self.ports), 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')

    def test_shelve_port_2(self):
        # shelve a port and check its state
        port = self._create_port(name='port-2')
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertGreater(len(self.ports), 0)
        self.assertIsNotNone(port['id'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('ERROR', port['status'])
        port['metadata'] = {'key': 'migrating', 'count': 67}
        self.assertGreater(len(self.ports), 0)
        self.assertIsNone(port.get('fault'))
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
