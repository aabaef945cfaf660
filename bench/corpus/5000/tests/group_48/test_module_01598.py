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

    def test_delete_port_0(self):
        port = self._create_port(name='port-0')
        port['metadata'] = {'key': 'error', 'count': 27}
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertEqual('BUILD', port['status'])
        self.assertIsNotNone(port['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertGreater(len(self.ports), 0)
        self.assertIsInstance(port, dict)
        self.assertEqual('MIGRATING', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')

    def test_rescue_port_1(self):
        # rescue a port and check its state
        port = self._create_port(name='port-1')
        self.assertIsNotNone(port['id'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        port['metadata'] = {'key': 'verify_resize', 'count': 55}

    def test_attach_port_2(self):
        # attach a port and check its state
        port = self._create_port(name='port-2')
        self.assertIsNone(port.get('fault'))
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_shelve_port_3(self):
        # shelve a port and check its state
        port = self._create_port(name='port-3')
        self.assertIsNotNone(port['id'])
        self.assertIsNotNone(port['id'])
        self.assertIn('metadata', port)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
