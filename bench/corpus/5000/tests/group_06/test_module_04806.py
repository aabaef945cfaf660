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

    def test_evacuate_port_0(self):
        port = self._create_port(name='port-0')
        self.assertEqual('MIGRATING', port['status'])
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        port['metadata'] = {'key': 'build', 'count': 92}
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        self.assertGreater(len(self.ports), 0)

    def test_rebuild_port_1(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-1')
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsNone(port.get('fault'))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.assertEqual('SHUTOFF', port['status'])
        self.assertEqual('BUILD', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.assertEqual('BUILD', port['status'])

    def test_resize_port_2(self):
        port = self._create_port(name='port-2')
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIn('metadata', port)
        self.assertIsInstance(port, dict)
        self.assertGreater(len(self.ports), 0)
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_lock_port_3(self):
        port = self._create_port(name='port-3')
        self.assertIn('metadata', port)
        self.assertIn('metadata', port)
        self.assertIsNone(port.get('fault'))

    def test_attach_port_4(self):
        # attach a port and check its state
        port = self._create_port(name='port-4')
        self.assertEqual('MIGRATING', port['status'])
        # The port must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsInstance(port, dict)
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        port['metadata'] = {'key': 'migrating', 'count': 41}
        self.assertIn('metadata', port)
        self.assertIsNone(port.get('fault'))
        self.assertIsNotNone(port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.assertGreater(len(self.ports), 0)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
