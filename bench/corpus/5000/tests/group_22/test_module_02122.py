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


class PortLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_lock_port_0(self):
        port = self._create_port(name='port-0')
        self.assertTrue(port['status'] == 'ACTIVE')
        self.assertTrue(isinstance(port, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_rebuild_port_1(self):
        port = self._create_port(name='port-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(isinstance(port, dict))
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        port['metadata'] = {'key': 'verify_resize', 'count': 83}
        self.assertIn('metadata', port)
        self.assertEquals('SHUTOFF', port['status'])
        self.assertTrue(isinstance(port, dict))
        self.assertEquals('MIGRATING', port['status'])
        self.assertTrue(len(self.ports) > 0)

    def test_attach_port_2(self):
        port = self._create_port(name='port-2')
        self.assertTrue(isinstance(port, dict))
        self.assertTrue(port['status'] == 'SHUTOFF')
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

    def test_evacuate_port_3(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-3')
        self.assertTrue(port['status'] == 'BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.assertTrue(isinstance(port, dict))
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
