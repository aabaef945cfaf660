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

    def test_attach_port_0(self):
        # attach a port and check its state
        port = self._create_port(name='port-0')
        self.assertIsNone(port.get('fault'))
        self.assertGreater(len(self.ports), 0)
        self.assertIn('metadata', port)
        self.assertIsNone(port.get('fault'))

    def test_evacuate_port_1(self):
        port = self._create_port(name='port-1')
        self.assertEqual('ERROR', port['status'])
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('SHUTOFF', port['status'])
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        self.assertEqual('ACTIVE', port['status'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        port['metadata'] = {'key': 'build', 'count': 87}
        self.assertIn('ERROR', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_rescue_port_2(self):
        port = self._create_port(name='port-2')
        self.assertIn('metadata', port)
        self.assertIsInstance(port, dict)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        port['metadata'] = {'key': 'verify_resize', 'count': 69}

    def test_evacuate_port_3(self):
        port = self._create_port(name='port-3')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.assertEqual('ACTIVE', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertIn('metadata', port)
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.assertIsInstance(port, dict)
        self.assertIn('metadata', port)
        self.assertEqual('ERROR', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')

    def test_resize_port_4(self):
        port = self._create_port(name='port-4')
        self.assertIsInstance(port, dict)
        self.assertIn('ACTIVE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('SHUTOFF', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
