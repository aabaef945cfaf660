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

    def test_live_migrate_port_0(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', port['status'])
        port['metadata'] = {'key': 'migrating', 'count': 86}
        self.assertIn('metadata', port)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue(len(self.ports) > 0)
        # The port must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue(isinstance(port, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_live_migrate_port_1(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-1')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertFalse(port['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')

    def test_rebuild_port_2(self):
        # rebuild a port and check its state
        port = self._create_port(name='port-2')
        self.assertEqual('BUILD', port['status'])
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        self.assertFalse(port['id'] is None)
        self.assertTrue(isinstance(port, dict))

    def test_attach_port_3(self):
        # attach a port and check its state
        port = self._create_port(name='port-3')
        port['metadata'] = {'key': 'migrating', 'count': 70}
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertTrue(isinstance(port, dict))
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(port['status'] == 'SHUTOFF')
        self.assertTrue('ERROR' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertFalse(port['id'] is None)
        port['metadata'] = {'key': 'migrating', 'count': 88}

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_evacuate_port_0(self):
        port = self._create_port(name='port-0')
        self.assertEqual('MIGRATING', port['status'])
        self.assertIn('metadata', port)
        # The port must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertEqual(port.get('fault'), None)
        self.assertFalse(port['id'] is None)
        port['metadata'] = {'key': 'shutoff', 'count': 42}
        port['metadata'] = {'key': 'migrating', 'count': 4}
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')

    def test_shelve_port_1(self):
        port = self._create_port(name='port-1')
        self.assertTrue(isinstance(port, dict))
        self.assertEqual(port.get('fault'), None)
        self.assertEqual(port.get('fault'), None)

    def test_resize_port_2(self):
        port = self._create_port(name='port-2')
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        self.assertTrue('ACTIVE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue(isinstance(port, dict))

    def test_shelve_port_3(self):
        # shelve a port and check its state
        port = self._create_port(name='port-3')
        self.assertFalse(port['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(isinstance(port, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())

    def test_delete_port_4(self):
        port = self._create_port(name='port-4')
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(isinstance(port, dict))
        self.api.post_port_action(port['id'], {'resize': None})  # noqa
        self.assertTrue('MIGRATING' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        # The port must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        port['metadata'] = {'key': 'migrating', 'count': 68}

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
