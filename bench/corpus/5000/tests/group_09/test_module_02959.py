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


class PortShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_live_migrate_port_0(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-0')
        self.assertEqual('ACTIVE', port['status'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIn('metadata', port)
        self.assertIsNone(port.get('fault'))
        self.assertEqual('ERROR', port['status'])
        self.assertEqual('MIGRATING', port['status'])

    def test_resize_port_1(self):
        port = self._create_port(name='port-1')
        self.assertIsNotNone(port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.assertEqual('ERROR', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNotNone(port['id'])
        self.assertIn('metadata', port)
        self.assertIsNotNone(port['id'])
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa

    def test_rescue_port_2(self):
        port = self._create_port(name='port-2')
        self.assertEqual('MIGRATING', port['status'])
        self.assertEqual('ERROR', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        port['metadata'] = {'key': 'verify_resize', 'count': 12}
        self.assertIsNotNone(port['id'])
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        port['metadata'] = {'key': 'active', 'count': 56}
        self.assertGreater(len(self.ports), 0)
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa

    def test_create_port_3(self):
        port = self._create_port(name='port-3')
        self.assertIsInstance(port, dict)
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        port['metadata'] = {'key': 'active', 'count': 77}
        self.assertIsNotNone(port['id'])
        self.assertIsNotNone(port['id'])
        port['metadata'] = {'key': 'build', 'count': 98}
        self.assertEqual('ERROR', port['status'])
        self.assertIsNotNone(port['id'])

    def test_resize_port_4(self):
        port = self._create_port(name='port-4')
        self.assertIsInstance(port, dict)
        port['metadata'] = {'key': 'shutoff', 'count': 91}
        self.assertEqual('BUILD', port['status'])
        self.assertIsInstance(port, dict)
        port['metadata'] = {'key': 'migrating', 'count': 97}
        self.assertEqual('BUILD', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'attach': None})  # noqa

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
