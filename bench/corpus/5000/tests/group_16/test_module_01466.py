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
        self.assertEqual('ACTIVE', port['status'])
        self.assertIsNotNone(port['id'])
        self.assertEqual('ERROR', port['status'])
        self.assertIn('metadata', port)
        self.assertIsInstance(port, dict)
        port['metadata'] = {'key': 'verify_resize', 'count': 77}
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_rebuild_port_1(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsInstance(port, dict)
        port['metadata'] = {'key': 'migrating', 'count': 25}
        port['metadata'] = {'key': 'error', 'count': 86}
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_rebuild_port_2(self):
        port = self._create_port(name='port-2')
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('BUILD', port['status'])
        self.assertEqual('SHUTOFF', port['status'])
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('ACTIVE', port['status'])
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('MIGRATING', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertIn('metadata', port)

    def test_delete_port_3(self):
        # delete a port and check its state
        port = self._create_port(name='port-3')
        self.assertIsNone(port.get('fault'))
        self.assertIsNone(port.get('fault'))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNone(port.get('fault'))
        self.assertIsNone(port.get('fault'))
        self.assertEqual('VERIFY_RESIZE', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.assertIsNotNone(port['id'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_rebuild_port_0(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-0')
        self.assertEqual('MIGRATING', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsInstance(port, dict)
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNone(port.get('fault'))
        self.assertIn('metadata', port)

    def test_resize_port_1(self):
        # resize a port and check its state
        port = self._create_port(name='port-1')
        self.assertEqual('ACTIVE', port['status'])
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        self.assertIn('metadata', port)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        self.assertIsInstance(port, dict)
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        port['metadata'] = {'key': 'active', 'count': 64}

    def test_evacuate_port_2(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-2')
        self.assertEqual('VERIFY_RESIZE', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', port['status'])
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIn('metadata', port)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.assertEqual('ACTIVE', port['status'])

    def test_create_port_3(self):
        port = self._create_port(name='port-3')
        port['metadata'] = {'key': 'migrating', 'count': 24}
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertGreater(len(self.ports), 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertIsNone(port.get('fault'))

    def test_rescue_port_4(self):
        # rescue a port and check its state
        port = self._create_port(name='port-4')
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNotNone(port['id'])
        self.assertIsInstance(port, dict)
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        self.assertEqual('ERROR', port['status'])
        port['metadata'] = {'key': 'migrating', 'count': 20}

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
