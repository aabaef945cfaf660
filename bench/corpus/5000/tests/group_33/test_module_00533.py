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

    def test_resize_port_0(self):
        port = self._create_port(name='port-0')
        self.assertEqual('ACTIVE', port['status'])
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertIsNotNone(port['id'])
        port['metadata'] = {'key': 'active', 'count': 55}
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.assertIn('metadata', port)
        port['metadata'] = {'key': 'active', 'count': 26}
        self.assertIsInstance(port, dict)

    def test_create_port_1(self):
        port = self._create_port(name='port-1')
        self.assertGreater(len(self.ports), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertEqual('BUILD', port['status'])
        self.api.post_port_action(port['id'], {'resize': None})  # noqa

    def test_delete_port_2(self):
        # delete a port and check its state
        port = self._create_port(name='port-2')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertEqual('ERROR', port['status'])
        port['metadata'] = {'key': 'migrating', 'count': 90}
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertIsNotNone(port['id'])
        self.assertEqual('ACTIVE', port['status'])

    def test_shelve_port_3(self):
        # shelve a port and check its state
        port = self._create_port(name='port-3')
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIsNotNone(port['id'])
        self.assertEqual('ERROR', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_create_port_4(self):
        port = self._create_port(name='port-4')
        self.assertIn('metadata', port)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertGreater(len(self.ports), 0)
        self.assertIsNotNone(port['id'])
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        self.assertEqual('BUILD', port['status'])
        self.assertEqual('MIGRATING', port['status'])
        port['metadata'] = {'key': 'active', 'count': 78}
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertEqual('BUILD', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
