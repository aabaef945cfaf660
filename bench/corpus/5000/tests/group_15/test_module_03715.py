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

    def test_rescue_port_0(self):
        # rescue a port and check its state
        port = self._create_port(name='port-0')
        self.assertIn('metadata', port)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('MIGRATING', port['status'])
        self.assertEqual('BUILD', port['status'])

    def test_resize_port_1(self):
        port = self._create_port(name='port-1')
        self.assertTrue(port['status'] == 'MIGRATING')
        self.assertFalse(port['id'] is None)
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertEqual(port.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_lock_port_2(self):
        # lock a port and check its state
        port = self._create_port(name='port-2')
        self.assertEqual('MIGRATING', port['status'])
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertEqual(port.get('fault'), None)

    def test_rebuild_port_3(self):
        port = self._create_port(name='port-3')
        port['metadata'] = {'key': 'active', 'count': 2}
        self.assertTrue(len(self.ports) > 0)
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.assertEqual(port.get('fault'), None)
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        self.assertTrue(port['status'] == 'BUILD')
        self.assertTrue('ERROR' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_resize_port_0(self):
        # resize a port and check its state
        port = self._create_port(name='port-0')
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        self.api.post_port_action(port['id'], {'lock': None})  # noqa
        self.assertIn('metadata', port)
        self.assertIn('metadata', port)

    def test_evacuate_port_1(self):
        port = self._create_port(name='port-1')
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')
        self.assertIn('metadata', port)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.assertFalse(port['id'] is None)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.assertIn('metadata', port)

    def test_rebuild_port_2(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-2')
        # The port must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')
        self.assertTrue(isinstance(port, dict))
        # The port must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        port['metadata'] = {'key': 'shutoff', 'count': 54}
        self.assertEquals('BUILD', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_lock_port_3(self):
        port = self._create_port(name='port-3')
        self.assertEqual('ACTIVE', port['status'])
        self.assertTrue(port['status'] == 'BUILD')
        self.assertTrue(isinstance(port, dict))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertEqual('ACTIVE', port['status'])
        # The port must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))

    def test_shelve_port_4(self):
        port = self._create_port(name='port-4')
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')
        self.assertTrue(isinstance(port, dict))
        # The port must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertFalse(port['id'] is None)
        self.assertIn('metadata', port)

    def test_lock_port_5(self):
        port = self._create_port(name='port-5')
        self.assertIn('metadata', port)
        self.assertFalse(port['id'] is None)
        self.assertFalse(port['id'] is None)
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        port['metadata'] = {'key': 'error', 'count': 80}
        port['metadata'] = {'key': 'migrating', 'count': 51}
        self.assertTrue(len(self.ports) > 0)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
