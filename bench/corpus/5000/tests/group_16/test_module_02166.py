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


class PortAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_live_migrate_port_0(self):
        port = self._create_port(name='port-0')
        self.assertIn('metadata', port)
        self.assertIsInstance(port, dict)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.assertIsNotNone(port['id'])
        self.assertIn('metadata', port)
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('ERROR', port['status'])

    def test_rescue_port_1(self):
        port = self._create_port(name='port-1')
        port['metadata'] = {'key': 'verify_resize', 'count': 57}
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertEqual('MIGRATING', port['status'])

    def test_delete_port_2(self):
        port = self._create_port(name='port-2')
        self.assertGreater(len(self.ports), 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('MIGRATING', port['status'])

    def test_rescue_port_3(self):
        # rescue a port and check its state
        port = self._create_port(name='port-3')
        self.assertGreater(len(self.ports), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsInstance(port, dict)
        self.assertIsInstance(port, dict)
        # The port must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertIsNotNone(port['id'])
        self.assertIsInstance(port, dict)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_shelve_port_0(self):
        # shelve a port and check its state
        port = self._create_port(name='port-0')
        self.assertIsNotNone(port['id'])
        self.assertIsInstance(port, dict)
        self.assertEqual('ACTIVE', port['status'])
        self.api.post_port_action(port['id'], {'create': None})  # noqa

    def test_evacuate_port_1(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-1')
        self.assertEqual('BUILD', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertEqual('ACTIVE', port['status'])
        self.assertIsNone(port.get('fault'))
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_rebuild_port_2(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-2')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertGreater(len(self.ports), 0)
        self.api.post_port_action(port['id'], {'lock': None})  # noqa

    def test_rebuild_port_3(self):
        port = self._create_port(name='port-3')
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsNone(port.get('fault'))
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
