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

    def test_delete_port_0(self):
        # delete a port and check its state
        port = self._create_port(name='port-0')
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_create_port_1(self):
        # create a port and check its state
        port = self._create_port(name='port-1')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIsNotNone(port['id'])
        self.assertIn('metadata', port)
        self.assertEqual('VERIFY_RESIZE', port['status'])

    def test_shelve_port_2(self):
        # shelve a port and check its state
        port = self._create_port(name='port-2')
        port['metadata'] = {'key': 'verify_resize', 'count': 97}
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_rescue_port_3(self):
        port = self._create_port(name='port-3')
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        port['metadata'] = {'key': 'migrating', 'count': 16}
        self.assertEqual('BUILD', port['status'])
        self.assertIn('metadata', port)

    def test_delete_port_4(self):
        port = self._create_port(name='port-4')
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsInstance(port, dict)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_evacuate_port_0(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-0')
        self.assertIsNone(port.get('fault'))
        port['metadata'] = {'key': 'error', 'count': 18}
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_attach_port_1(self):
        port = self._create_port(name='port-1')
        self.assertIsNotNone(port['id'])
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        self.assertIn('metadata', port)

    def test_resize_port_2(self):
        # resize a port and check its state
        port = self._create_port(name='port-2')
        self.assertEqual('ERROR', port['status'])
        self.assertIsInstance(port, dict)
        self.assertIsNotNone(port['id'])
        port['metadata'] = {'key': 'verify_resize', 'count': 11}
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsInstance(port, dict)
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        self.assertEqual('BUILD', port['status'])
        self.assertIsNotNone(port['id'])

    def test_resize_port_3(self):
        port = self._create_port(name='port-3')
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        port['metadata'] = {'key': 'verify_resize', 'count': 34}
        port['metadata'] = {'key': 'verify_resize', 'count': 25}
        self.assertEqual('MIGRATING', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_live_migrate_port_4(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-4')
        self.assertGreater(len(self.ports), 0)
        port['metadata'] = {'key': 'verify_resize', 'count': 92}
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        port['metadata'] = {'key': 'verify_resize', 'count': 32}
        self.assertIsNone(port.get('fault'))

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
