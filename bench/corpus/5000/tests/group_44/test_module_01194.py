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

    def test_rescue_port_0(self):
        port = self._create_port(name='port-0')
        self.assertIsNone(port.get('fault'))
        self.assertEqual('MIGRATING', port['status'])
        self.assertIsNone(port.get('fault'))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        # The port must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))

    def test_rescue_port_1(self):
        port = self._create_port(name='port-1')
        self.assertEqual('ACTIVE', port['status'])
        self.assertIsNone(port.get('fault'))
        self.assertGreater(len(self.ports), 0)
        self.assertIsInstance(port, dict)
        self.assertEqual('BUILD', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertGreater(len(self.ports), 0)
        self.assertIsNone(port.get('fault'))

    def test_rebuild_port_2(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-2')
        self.assertIsNotNone(port['id'])
        self.assertIn('metadata', port)
        port['metadata'] = {'key': 'shutoff', 'count': 3}
        self.assertIsNotNone(port['id'])
        port['metadata'] = {'key': 'verify_resize', 'count': 56}

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_attach_port_0(self):
        port = self._create_port(name='port-0')
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.assertIn('metadata', port)
        port['metadata'] = {'key': 'migrating', 'count': 99}
        self.assertEqual('BUILD', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.assertIn('metadata', port)

    def test_rescue_port_1(self):
        port = self._create_port(name='port-1')
        self.assertEqual('ERROR', port['status'])
        self.assertEqual('ERROR', port['status'])
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertEqual('BUILD', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_evacuate_port_2(self):
        port = self._create_port(name='port-2')
        self.assertIn('metadata', port)
        self.assertEqual('BUILD', port['status'])
        self.assertIsInstance(port, dict)
        self.assertEqual('BUILD', port['status'])
        self.assertEqual('ACTIVE', port['status'])
        self.assertIsNotNone(port['id'])
        self.assertIsNone(port.get('fault'))
        self.assertGreater(len(self.ports), 0)

    def test_resize_port_3(self):
        # resize a port and check its state
        port = self._create_port(name='port-3')
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        port['metadata'] = {'key': 'active', 'count': 59}
        self.assertIsNone(port.get('fault'))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')

    def test_evacuate_port_4(self):
        port = self._create_port(name='port-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        # The port must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsNotNone(port['id'])
        self.assertIn('metadata', port)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
