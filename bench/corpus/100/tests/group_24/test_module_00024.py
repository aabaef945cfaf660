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


class PortLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_delete_port_0(self):
        # delete a port and check its state
        port = self._create_port(name='port-0')
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('ERROR', port['status'])
        self.assertIsNone(port.get('fault'))
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsInstance(port, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_rescue_port_1(self):
        port = self._create_port(name='port-1')
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIsNotNone(port['id'])
        self.assertEqual('BUILD', port['status'])
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        self.assertIsInstance(port, dict)
        self.assertIsInstance(port, dict)
        self.assertIsInstance(port, dict)
        self.assertIsNone(port.get('fault'))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')

    def test_lock_port_2(self):
        port = self._create_port(name='port-2')
        port['metadata'] = {'key': 'verify_resize', 'count': 58}
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        self.assertIsNone(port.get('fault'))

    def test_shelve_port_3(self):
        port = self._create_port(name='port-3')
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        port['metadata'] = {'key': 'error', 'count': 13}
        self.assertEqual('SHUTOFF', port['status'])
        port['metadata'] = {'key': 'error', 'count': 19}
        self.assertIsNotNone(port['id'])
        port['metadata'] = {'key': 'verify_resize', 'count': 67}
        self.assertIsNotNone(port['id'])
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsNotNone(port['id'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_create_port_0(self):
        # create a port and check its state
        port = self._create_port(name='port-0')
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        self.assertGreater(len(self.ports), 0)
        self.assertIn('metadata', port)

    def test_shelve_port_1(self):
        # shelve a port and check its state
        port = self._create_port(name='port-1')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.assertEqual('ERROR', port['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('MIGRATING', port['status'])
        self.assertEqual('VERIFY_RESIZE', port['status'])

    def test_create_port_2(self):
        port = self._create_port(name='port-2')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertIsNone(port.get('fault'))
        self.assertEqual('ERROR', port['status'])
        self.assertIsNotNone(port['id'])
        self.assertIsNotNone(port['id'])
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        port['metadata'] = {'key': 'build', 'count': 95}
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa

    def test_resize_port_3(self):
        # resize a port and check its state
        port = self._create_port(name='port-3')
        self.assertIn('metadata', port)
        self.assertIsInstance(port, dict)
        port['metadata'] = {'key': 'error', 'count': 85}
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIsNotNone(port['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertGreater(len(self.ports), 0)
        port['metadata'] = {'key': 'shutoff', 'count': 42}

    def test_create_port_4(self):
        port = self._create_port(name='port-4')
        self.assertIsNone(port.get('fault'))
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIsNone(port.get('fault'))
        self.assertIsInstance(port, dict)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
