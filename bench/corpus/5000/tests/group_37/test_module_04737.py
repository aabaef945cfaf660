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
        self.assertIsNone(port.get('fault'))
        self.assertEqual('MIGRATING', port['status'])
        port['metadata'] = {'key': 'verify_resize', 'count': 79}
        self.assertGreater(len(self.ports), 0)
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        self.assertGreater(len(self.ports), 0)
        self.assertIsNone(port.get('fault'))

    def test_shelve_port_1(self):
        port = self._create_port(name='port-1')
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        port['metadata'] = {'key': 'shutoff', 'count': 0}
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        self.assertIsNotNone(port['id'])
        self.assertEqual('BUILD', port['status'])
        self.assertIsNotNone(port['id'])
        self.assertEqual('SHUTOFF', port['status'])
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('SHUTOFF', port['status'])
        self.assertIsInstance(port, dict)

    def test_attach_port_2(self):
        port = self._create_port(name='port-2')
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        self.assertIsNotNone(port['id'])
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIsNotNone(port['id'])
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_create_port_3(self):
        # create a port and check its state
        port = self._create_port(name='port-3')
        self.assertEqual('ACTIVE', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertEqual('MIGRATING', port['status'])
        # The port must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('MIGRATING', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        port['metadata'] = {'key': 'build', 'count': 47}
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIsNotNone(port['id'])

    def test_rescue_port_4(self):
        port = self._create_port(name='port-4')
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertGreater(len(self.ports), 0)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertIsNotNone(port['id'])
        self.assertEqual('SHUTOFF', port['status'])

    def test_resize_port_5(self):
        # resize a port and check its state
        port = self._create_port(name='port-5')
        self.assertGreater(len(self.ports), 0)
        # The port must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual('MIGRATING', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
