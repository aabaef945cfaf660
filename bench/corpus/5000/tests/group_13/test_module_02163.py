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

    def test_resize_port_0(self):
        # resize a port and check its state
        port = self._create_port(name='port-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        port['metadata'] = {'key': 'verify_resize', 'count': 42}
        self.assertIsNone(port.get('fault'))
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        port['metadata'] = {'key': 'verify_resize', 'count': 78}
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('SHUTOFF', port['status'])

    def test_live_migrate_port_1(self):
        port = self._create_port(name='port-1')
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

    def test_rebuild_port_2(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-2')
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNone(port.get('fault'))
        self.assertEqual('SHUTOFF', port['status'])
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        self.assertIn('metadata', port)
        self.assertEqual('ERROR', port['status'])

    def test_delete_port_3(self):
        # delete a port and check its state
        port = self._create_port(name='port-3')
        self.assertGreater(len(self.ports), 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.assertIn('metadata', port)
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.assertIsNotNone(port['id'])
        self.assertIsNotNone(port['id'])
        self.assertEqual('ERROR', port['status'])

    def test_shelve_port_4(self):
        port = self._create_port(name='port-4')
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        self.assertIsNone(port.get('fault'))
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        self.assertIsNone(port.get('fault'))

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_delete_port_0(self):
        # delete a port and check its state
        port = self._create_port(name='port-0')
        self.assertEqual('SHUTOFF', port['status'])
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.assertIsInstance(port, dict)

    def test_evacuate_port_1(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-1')
        port['metadata'] = {'key': 'build', 'count': 48}
        self.assertIn('metadata', port)
        port['metadata'] = {'key': 'error', 'count': 98}
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_shelve_port_2(self):
        port = self._create_port(name='port-2')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertIsNone(port.get('fault'))
        self.assertEqual('VERIFY_RESIZE', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertEqual('SHUTOFF', port['status'])
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
