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


class PortDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_rebuild_port_0(self):
        port = self._create_port(name='port-0')
        port['metadata'] = {'key': 'shutoff', 'count': 65}
        self.assertEquals('MIGRATING', port['status'])
        self.assertEqual(port.get('fault'), None)
        self.assertIn('metadata', port)
        self.assertEquals('VERIFY_RESIZE', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')

    def test_rebuild_port_1(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-1')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertTrue(len(self.ports) > 0)
        self.assertEqual('ERROR', port['status'])

    def test_resize_port_2(self):
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
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        port['metadata'] = {'key': 'verify_resize', 'count': 87}
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEquals('ERROR', port['status'])
        self.assertEqual('MIGRATING', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_attach_port_0(self):
        port = self._create_port(name='port-0')
        self.assertTrue(isinstance(port, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('ERROR', port['status'])
        port['metadata'] = {'key': 'shutoff', 'count': 71}
        self.assertFalse(port['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue('BUILD' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue('BUILD' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_rescue_port_1(self):
        # rescue a port and check its state
        port = self._create_port(name='port-1')
        self.assertEqual(port.get('fault'), None)
        self.assertFalse(port['id'] is None)
        port['metadata'] = {'key': 'verify_resize', 'count': 33}
        port['metadata'] = {'key': 'shutoff', 'count': 96}

    def test_resize_port_2(self):
        # resize a port and check its state
        port = self._create_port(name='port-2')
        self.assertTrue(len(self.ports) > 0)
        self.assertFalse(port['id'] is None)
        self.api.post_port_action(port['id'], {'rescue': None})  # noqa
        self.assertIn('metadata', port)
        # The port must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertFalse(port['id'] is None)
        # The port must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        port['metadata'] = {'key': 'shutoff', 'count': 47}
        self.assertEqual('ERROR', port['status'])

    def test_delete_port_3(self):
        # delete a port and check its state
        port = self._create_port(name='port-3')
        # The port must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue(isinstance(port, dict))
        # The port must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
