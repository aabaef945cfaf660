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

    def test_rebuild_port_0(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-0')
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        port['metadata'] = {'key': 'shutoff', 'count': 58}
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('ACTIVE', port['status'])
        self.assertIsInstance(port, dict)
        self.assertIsInstance(port, dict)

    def test_evacuate_port_1(self):
        port = self._create_port(name='port-1')
        self.assertEqual('BUILD', port['status'])
        port['metadata'] = {'key': 'verify_resize', 'count': 41}
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertGreater(len(self.ports), 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_shelve_port_2(self):
        port = self._create_port(name='port-2')
        self.assertEqual('BUILD', port['status'])
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('metadata', port)
        self.assertEqual('VERIFY_RESIZE', port['status'])
        port['metadata'] = {'key': 'verify_resize', 'count': 52}
        self.assertEqual('MIGRATING', port['status'])
        self.assertIsInstance(port, dict)
        self.assertIn('metadata', port)
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIsInstance(port, dict)

    def test_create_port_3(self):
        # create a port and check its state
        port = self._create_port(name='port-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsInstance(port, dict)

    def test_lock_port_4(self):
        port = self._create_port(name='port-4')
        port['metadata'] = {'key': 'shutoff', 'count': 48}
        self.assertIsNone(port.get('fault'))
        self.assertIsInstance(port, dict)
        self.assertIn('metadata', port)
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertEqual('MIGRATING', port['status'])
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        self.assertGreater(len(self.ports), 0)
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

    def test_lock_port_0(self):
        port = self._create_port(name='port-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('ERROR', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')

    def test_resize_port_1(self):
        # resize a port and check its state
        port = self._create_port(name='port-1')
        self.assertIsNone(port.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.assertIsInstance(port, dict)

    def test_evacuate_port_2(self):
        port = self._create_port(name='port-2')
        self.assertIn('metadata', port)
        self.assertIsNotNone(port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')

    def test_lock_port_3(self):
        # lock a port and check its state
        port = self._create_port(name='port-3')
        self.assertIsInstance(port, dict)
        self.assertGreater(len(self.ports), 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertGreater(len(self.ports), 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')

    def test_live_migrate_port_4(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-4')
        self.assertEqual('MIGRATING', port['status'])
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertGreater(len(self.ports), 0)
        port['metadata'] = {'key': 'error', 'count': 44}

    def test_attach_port_5(self):
        # attach a port and check its state
        port = self._create_port(name='port-5')
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', port['status'])
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        self.assertEqual('SHUTOFF', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
