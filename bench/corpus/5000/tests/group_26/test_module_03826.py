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

    def test_lock_port_0(self):
        port = self._create_port(name='port-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsNone(port.get('fault'))
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertEqual('ERROR', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')

    def test_attach_port_1(self):
        port = self._create_port(name='port-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsInstance(port, dict)
        self.assertEqual('SHUTOFF', port['status'])
        port['metadata'] = {'key': 'active', 'count': 54}

    def test_attach_port_2(self):
        port = self._create_port(name='port-2')
        self.assertIsInstance(port, dict)
        port['metadata'] = {'key': 'migrating', 'count': 36}
        self.assertIsInstance(port, dict)
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIsNone(port.get('fault'))
        self.assertIsNone(port.get('fault'))
        self.assertIsNotNone(port['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsNotNone(port['id'])

    def test_delete_port_3(self):
        # delete a port and check its state
        port = self._create_port(name='port-3')
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertIsInstance(port, dict)
        self.assertIsNotNone(port['id'])
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsNotNone(port['id'])
        self.assertEqual('ERROR', port['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_shelve_port_4(self):
        # shelve a port and check its state
        port = self._create_port(name='port-4')
        self.assertIn('metadata', port)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsNone(port.get('fault'))
        self.assertEqual('BUILD', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.assertIsInstance(port, dict)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
