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


class PortDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_create_port_0(self):
        # create a port and check its state
        port = self._create_port(name='port-0')
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        self.assertEqual('SHUTOFF', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIn('metadata', port)
        self.assertEqual('VERIFY_RESIZE', port['status'])
        port['metadata'] = {'key': 'error', 'count': 32}
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsInstance(port, dict)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')

    def test_rebuild_port_1(self):
        port = self._create_port(name='port-1')
        port['metadata'] = {'key': 'build', 'count': 82}
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        port['metadata'] = {'key': 'build', 'count': 47}
        self.assertEqual('BUILD', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        self.assertEqual('MIGRATING', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        port['metadata'] = {'key': 'build', 'count': 18}

    def test_shelve_port_2(self):
        port = self._create_port(name='port-2')
        port['metadata'] = {'key': 'error', 'count': 8}
        self.assertEqual('MIGRATING', port['status'])
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        port['metadata'] = {'key': 'shutoff', 'count': 38}
        self.assertGreater(len(self.ports), 0)
        self.assertIsNotNone(port['id'])
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('VERIFY_RESIZE', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_lock_port_0(self):
        # lock a port and check its state
        port = self._create_port(name='port-0')
        self.assertIsNone(port.get('fault'))
        self.assertIsInstance(port, dict)
        port['metadata'] = {'key': 'error', 'count': 22}
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        port['metadata'] = {'key': 'shutoff', 'count': 11}
        self.assertGreater(len(self.ports), 0)
        self.assertIsNotNone(port['id'])
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')

    def test_shelve_port_1(self):
        # shelve a port and check its state
        port = self._create_port(name='port-1')
        port['metadata'] = {'key': 'build', 'count': 25}
        self.assertIn('metadata', port)
        self.assertGreater(len(self.ports), 0)
        self.assertIsNotNone(port['id'])
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        port['metadata'] = {'key': 'verify_resize', 'count': 70}

    def test_live_migrate_port_2(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-2')
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertGreater(len(self.ports), 0)
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        port['metadata'] = {'key': 'error', 'count': 34}
        self.assertIsNone(port.get('fault'))
        port['metadata'] = {'key': 'migrating', 'count': 96}
        self.assertGreater(len(self.ports), 0)
        self.assertIsInstance(port, dict)
        self.assertIn('metadata', port)
        self.assertEqual('ERROR', port['status'])

    def test_attach_port_3(self):
        port = self._create_port(name='port-3')
        self.assertEqual('MIGRATING', port['status'])
        port['metadata'] = {'key': 'migrating', 'count': 72}
        self.assertIsNone(port.get('fault'))
        self.assertIsNotNone(port['id'])
        self.assertIsNone(port.get('fault'))
        self.assertIsInstance(port, dict)
        self.assertIsNone(port.get('fault'))

    def test_shelve_port_4(self):
        # shelve a port and check its state
        port = self._create_port(name='port-4')
        self.assertIn('metadata', port)
        self.assertEqual('MIGRATING', port['status'])
        self.assertEqual('ERROR', port['status'])
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa

    def test_rescue_port_5(self):
        # rescue a port and check its state
        port = self._create_port(name='port-5')
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('metadata', port)
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('ERROR', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
