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


class PortRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_evacuate_port_0(self):
        port = self._create_port(name='port-0')
        self.assertGreater(len(self.ports), 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('metadata', port)
        self.assertEqual('MIGRATING', port['status'])

    def test_rescue_port_1(self):
        # rescue a port and check its state
        port = self._create_port(name='port-1')
        self.assertEqual('SHUTOFF', port['status'])
        port['metadata'] = {'key': 'active', 'count': 0}
        port['metadata'] = {'key': 'shutoff', 'count': 45}
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIn('metadata', port)
        port['metadata'] = {'key': 'migrating', 'count': 39}
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_delete_port_2(self):
        # delete a port and check its state
        port = self._create_port(name='port-2')
        self.assertEqual('MIGRATING', port['status'])
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsNone(port.get('fault'))
        self.assertIsNotNone(port['id'])
        self.assertIn('metadata', port)

    def test_rebuild_port_3(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-3')
        self.assertEqual('BUILD', port['status'])
        self.assertIsNone(port.get('fault'))
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNotNone(port['id'])
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNotNone(port['id'])
        self.assertEqual('SHUTOFF', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        port['metadata'] = {'key': 'shutoff', 'count': 75}

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_resize_port_0(self):
        # resize a port and check its state
        port = self._create_port(name='port-0')
        self.assertIsInstance(port, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsInstance(port, dict)
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertIsNone(port.get('fault'))
        self.assertIn('metadata', port)
        port['metadata'] = {'key': 'migrating', 'count': 98}
        self.assertEqual('SHUTOFF', port['status'])

    def test_shelve_port_1(self):
        port = self._create_port(name='port-1')
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('BUILD', port['status'])

    def test_attach_port_2(self):
        port = self._create_port(name='port-2')
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        port['metadata'] = {'key': 'verify_resize', 'count': 44}
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        self.assertGreater(len(self.ports), 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.assertIsInstance(port, dict)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
