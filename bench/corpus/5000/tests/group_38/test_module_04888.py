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


class PortCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_shelve_port_0(self):
        port = self._create_port(name='port-0')
        self.assertIn('metadata', port)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.api.post_port_action(port['id'], {'resize': None})  # noqa

    def test_rescue_port_1(self):
        port = self._create_port(name='port-1')
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        self.assertIsNone(port.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_lock_port_2(self):
        port = self._create_port(name='port-2')
        self.assertIsInstance(port, dict)
        self.assertIsInstance(port, dict)
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('BUILD', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'resize': None})  # noqa

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
