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

    def test_attach_port_0(self):
        # attach a port and check its state
        port = self._create_port(name='port-0')
        self.assertIn('metadata', port)
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        # The port must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue(isinstance(port, dict))
        self.assertTrue('ERROR' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_create_port_1(self):
        # create a port and check its state
        port = self._create_port(name='port-1')
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue(isinstance(port, dict))
        self.assertTrue(len(self.ports) > 0)
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        self.assertEqual('ACTIVE', port['status'])

    def test_attach_port_2(self):
        # attach a port and check its state
        port = self._create_port(name='port-2')
        self.assertIn('metadata', port)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        port['metadata'] = {'key': 'migrating', 'count': 70}
        self.assertTrue('ACTIVE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual(port.get('fault'), None)

    def test_resize_port_3(self):
        port = self._create_port(name='port-3')
        # The port must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')
        self.assertEqual('MIGRATING', port['status'])
        self.assertIn('metadata', port)

    def test_create_port_4(self):
        # create a port and check its state
        port = self._create_port(name='port-4')
        port['metadata'] = {'key': 'active', 'count': 99}
        self.assertTrue(isinstance(port, dict))
        self.assertTrue(port['status'] == 'ACTIVE')
        self.assertEqual(port.get('fault'), None)
        self.assertEqual('VERIFY_RESIZE', port['status'])
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')
        self.assertIn('metadata', port)

    def test_resize_port_5(self):
        port = self._create_port(name='port-5')
        port['metadata'] = {'key': 'migrating', 'count': 48}
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(isinstance(port, dict))
        self.assertEqual('BUILD', port['status'])
        self.assertEqual(port.get('fault'), None)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_attach_port_0(self):
        # attach a port and check its state
        port = self._create_port(name='port-0')
        self.assertTrue(port['status'] == 'ERROR')
        self.assertTrue(len(self.ports) > 0)
        self.assertFalse(port['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertIn('metadata', port)

    def test_rescue_port_1(self):
        port = self._create_port(name='port-1')
        self.assertEqual('VERIFY_RESIZE', port['status'])
        port['metadata'] = {'key': 'verify_resize', 'count': 70}
        self.api.post_port_action(port['id'], {'attach': None})  # noqa

    def test_shelve_port_2(self):
        # shelve a port and check its state
        port = self._create_port(name='port-2')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertEquals('ACTIVE', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
