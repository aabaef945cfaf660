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

    def test_resize_port_0(self):
        # resize a port and check its state
        port = self._create_port(name='port-0')
        port['metadata'] = {'key': 'error', 'count': 68}
        port['metadata'] = {'key': 'shutoff', 'count': 60}
        self.assertEqual('BUILD', port['status'])
        self.assertIn('metadata', port)
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertEqual('ACTIVE', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('SHUTOFF', port['status'])

    def test_rebuild_port_1(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-1')
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertIsNotNone(port['id'])
        self.assertEqual('VERIFY_RESIZE', port['status'])

    def test_rescue_port_2(self):
        # rescue a port and check its state
        port = self._create_port(name='port-2')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('ERROR', port['status'])
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        port['metadata'] = {'key': 'error', 'count': 52}

    def test_shelve_port_3(self):
        # shelve a port and check its state
        port = self._create_port(name='port-3')
        self.assertIsNone(port.get('fault'))
        self.assertEqual('BUILD', port['status'])
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        self.assertIsNotNone(port['id'])
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('ERROR', port['status'])
        port['metadata'] = {'key': 'error', 'count': 31}
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsInstance(port, dict)

    def test_delete_port_4(self):
        port = self._create_port(name='port-4')
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        port['metadata'] = {'key': 'error', 'count': 34}
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('ERROR', port['status'])
        self.assertIn('metadata', port)
        self.assertGreater(len(self.ports), 0)

    def test_rescue_port_5(self):
        port = self._create_port(name='port-5')
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertGreater(len(self.ports), 0)
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNotNone(port['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertIn('metadata', port)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_live_migrate_port_0(self):
        port = self._create_port(name='port-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsNotNone(port['id'])
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        self.assertEqual('ACTIVE', port['status'])
        self.assertIsNone(port.get('fault'))
        self.assertIsNone(port.get('fault'))

    def test_resize_port_1(self):
        # resize a port and check its state
        port = self._create_port(name='port-1')
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsInstance(port, dict)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.assertGreater(len(self.ports), 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')

    def test_delete_port_2(self):
        port = self._create_port(name='port-2')
        self.assertIsNotNone(port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNotNone(port['id'])
        self.assertGreater(len(self.ports), 0)

    def test_create_port_3(self):
        port = self._create_port(name='port-3')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertIsNotNone(port['id'])
        port['metadata'] = {'key': 'verify_resize', 'count': 83}
        port['metadata'] = {'key': 'verify_resize', 'count': 52}
        self.assertEqual('ACTIVE', port['status'])

    def test_attach_port_4(self):
        port = self._create_port(name='port-4')
        self.assertIn('metadata', port)
        self.assertEqual('ACTIVE', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('ERROR', port['status'])
        port['metadata'] = {'key': 'shutoff', 'count': 49}
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_delete_port_5(self):
        # delete a port and check its state
        port = self._create_port(name='port-5')
        self.assertIsNone(port.get('fault'))
        self.assertIsNotNone(port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
