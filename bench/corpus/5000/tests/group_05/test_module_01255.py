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


class PortEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_evacuate_port_0(self):
        port = self._create_port(name='port-0')
        self.assertEqual('SHUTOFF', port['status'])
        port['metadata'] = {'key': 'active', 'count': 27}
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsInstance(port, dict)

    def test_lock_port_1(self):
        port = self._create_port(name='port-1')
        self.assertIsNone(port.get('fault'))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsNotNone(port['id'])
        self.assertIsNotNone(port['id'])
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', port)
        port['metadata'] = {'key': 'error', 'count': 62}
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.api.post_port_action(port['id'], {'delete': None})  # noqa

    def test_lock_port_2(self):
        port = self._create_port(name='port-2')
        self.assertEqual('ERROR', port['status'])
        self.assertIsInstance(port, dict)
        self.assertEqual('BUILD', port['status'])
        self.assertIsNotNone(port['id'])
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNone(port.get('fault'))

    def test_delete_port_3(self):
        port = self._create_port(name='port-3')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        port['metadata'] = {'key': 'build', 'count': 81}
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertGreater(len(self.ports), 0)
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_create_port_4(self):
        port = self._create_port(name='port-4')
        self.assertEqual('ACTIVE', port['status'])
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsNone(port.get('fault'))
        self.assertIsInstance(port, dict)
        port['metadata'] = {'key': 'migrating', 'count': 31}
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_attach_port_0(self):
        # attach a port and check its state
        port = self._create_port(name='port-0')
        self.assertGreater(len(self.ports), 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')

    def test_delete_port_1(self):
        port = self._create_port(name='port-1')
        self.assertIsNotNone(port['id'])
        self.assertEqual('BUILD', port['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', port['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertGreater(len(self.ports), 0)

    def test_attach_port_2(self):
        port = self._create_port(name='port-2')
        port['metadata'] = {'key': 'build', 'count': 1}
        self.assertIn('metadata', port)
        self.assertIn('metadata', port)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsInstance(port, dict)
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.api.post_port_action(port['id'], {'delete': None})  # noqa

    def test_delete_port_3(self):
        port = self._create_port(name='port-3')
        self.assertGreater(len(self.ports), 0)
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
