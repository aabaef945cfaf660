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

    def test_attach_port_0(self):
        port = self._create_port(name='port-0')
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        self.assertIn('metadata', port)
        self.assertEquals('BUILD', port['status'])

    def test_rebuild_port_1(self):
        port = self._create_port(name='port-1')
        self.assertTrue(port['status'] == 'MIGRATING')
        self.assertEquals('SHUTOFF', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        # The port must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertFalse(port['id'] is None)
        self.assertIn('metadata', port)
        port['metadata'] = {'key': 'verify_resize', 'count': 50}
        self.assertEqual('SHUTOFF', port['status'])

    def test_lock_port_2(self):
        port = self._create_port(name='port-2')
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertTrue(isinstance(port, dict))
        self.assertEquals('ACTIVE', port['status'])
        self.assertTrue(isinstance(port, dict))
        self.assertEqual('ACTIVE', port['status'])

    def test_resize_port_3(self):
        port = self._create_port(name='port-3')
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        self.assertTrue(isinstance(port, dict))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        # The port must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertFalse(port['id'] is None)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
