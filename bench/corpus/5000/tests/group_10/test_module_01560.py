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


class PortLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_create_port_0(self):
        # create a port and check its state
        port = self._create_port(name='port-0')
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.api.post_port_action(port['id'], {'delete': None})  # noqa
        self.api.post_port_action(port['id'], {'create': None})  # noqa

    def test_resize_port_1(self):
        port = self._create_port(name='port-1')
        self.assertTrue(len(self.ports) > 0)
        # The port must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue(isinstance(port, dict))
        self.assertEqual('ERROR', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        self.assertEqual(port.get('fault'), None)

    def test_create_port_2(self):
        port = self._create_port(name='port-2')
        # The port must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue(isinstance(port, dict))
        self.assertIn('metadata', port)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(len(self.ports) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_shelve_port_3(self):
        # shelve a port and check its state
        port = self._create_port(name='port-3')
        self.assertEqual(port.get('fault'), None)
        self.assertEqual(port.get('fault'), None)
        self.assertFalse(port['id'] is None)
        self.assertTrue(isinstance(port, dict))
        self.assertIn('metadata', port)
        # The port must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual(port.get('fault'), None)
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        self.assertIn('metadata', port)

    def test_rescue_port_4(self):
        port = self._create_port(name='port-4')
        self.assertIn('metadata', port)
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue(port['status'] == 'SHUTOFF')
        port['metadata'] = {'key': 'error', 'count': 6}

    def test_rebuild_port_5(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-5')
        port['metadata'] = {'key': 'shutoff', 'count': 78}
        port['metadata'] = {'key': 'active', 'count': 80}
        self.assertEqual('ACTIVE', port['status'])
        self.assertTrue(len(self.ports) > 0)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_shelve_port_0(self):
        port = self._create_port(name='port-0')
        self.assertEqual(port.get('fault'), None)
        self.assertEquals('VERIFY_RESIZE', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertEqual(port.get('fault'), None)
        self.assertIn('metadata', port)
        self.assertFalse(port['id'] is None)
        self.assertIn('metadata', port)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')

    def test_resize_port_1(self):
        port = self._create_port(name='port-1')
        self.assertTrue(port['status'] == 'SHUTOFF')
        self.assertTrue(len(self.ports) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('ERROR', port['status'])
        self.assertTrue('MIGRATING' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEquals('MIGRATING', port['status'])
        self.assertTrue(port['status'] == 'ERROR')
        # The port must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))

    def test_resize_port_2(self):
        # resize a port and check its state
        port = self._create_port(name='port-2')
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue(isinstance(port, dict))
        self.assertTrue('MIGRATING' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEqual('BUILD', port['status'])
        self.assertTrue(port['status'] == 'MIGRATING')
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        # The port must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual(port.get('fault'), None)
        port['metadata'] = {'key': 'migrating', 'count': 85}

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
