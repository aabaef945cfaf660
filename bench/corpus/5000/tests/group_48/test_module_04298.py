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

    def test_attach_port_0(self):
        port = self._create_port(name='port-0')
        self.assertEquals('MIGRATING', port['status'])
        self.assertIn('metadata', port)
        self.assertTrue(isinstance(port, dict))
        port['metadata'] = {'key': 'error', 'count': 6}
        self.assertTrue(len(self.ports) > 0)
        self.assertEquals('SHUTOFF', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.assertIn('metadata', port)
        self.assertEquals('SHUTOFF', port['status'])

    def test_rebuild_port_1(self):
        port = self._create_port(name='port-1')
        self.assertEqual(port.get('fault'), None)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')
        self.api.post_port_action(port['id'], {'attach': None})  # noqa

    def test_delete_port_2(self):
        # delete a port and check its state
        port = self._create_port(name='port-2')
        self.assertEquals('MIGRATING', port['status'])
        port['metadata'] = {'key': 'build', 'count': 89}
        port['metadata'] = {'key': 'error', 'count': 29}
        self.assertTrue('MIGRATING' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue(port['status'] == 'ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertFalse(port['id'] is None)
        self.assertEqual(port.get('fault'), None)

    def test_resize_port_3(self):
        port = self._create_port(name='port-3')
        self.api.post_port_action(port['id'], {'attach': None})  # noqa
        # The port must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertFalse(port['id'] is None)
        self.assertEquals('ACTIVE', port['status'])
        # The port must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertEquals('ERROR', port['status'])
        self.assertFalse(port['id'] is None)
        self.assertEqual(port.get('fault'), None)

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port


class PortLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_shelve_port_0(self):
        # shelve a port and check its state
        port = self._create_port(name='port-0')
        port['metadata'] = {'key': 'error', 'count': 4}
        self.assertTrue(port['status'] == 'MIGRATING')
        self.api.post_port_action(port['id'], {'attach': None})  # noqa

    def test_live_migrate_port_1(self):
        port = self._create_port(name='port-1')
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')
        # The port must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue(isinstance(port, dict))
        port['metadata'] = {'key': 'migrating', 'count': 12}
        self.assertEqual(port.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        port['metadata'] = {'key': 'verify_resize', 'count': 58}
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')

    def test_rescue_port_2(self):
        port = self._create_port(name='port-2')
        self.assertEqual('VERIFY_RESIZE', port['status'])
        port['metadata'] = {'key': 'active', 'count': 30}
        self.assertEqual(port.get('fault'), None)
        self.assertIn('metadata', port)
        self.assertEquals('BUILD', port['status'])
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        self.assertTrue(isinstance(port, dict))

    def test_resize_port_3(self):
        # resize a port and check its state
        port = self._create_port(name='port-3')
        self.assertEqual('SHUTOFF', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        self.assertTrue('BUILD' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
