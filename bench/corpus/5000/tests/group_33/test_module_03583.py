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

    def test_live_migrate_port_0(self):
        port = self._create_port(name='port-0')
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(isinstance(port, dict))
        self.assertFalse(port['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(len(self.ports) > 0)
        self.assertFalse(port['id'] is None)
        self.assertEqual('MIGRATING', port['status'])
        self.assertTrue('MIGRATING' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_attach_port_1(self):
        port = self._create_port(name='port-1')
        self.assertEquals('ERROR', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue('ERROR' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached MIGRATING')

    def test_shelve_port_2(self):
        port = self._create_port(name='port-2')
        self.assertTrue(port['status'] == 'BUILD')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertEqual(port.get('fault'), None)
        self.assertTrue(port['status'] == 'SHUTOFF')
        port['metadata'] = {'key': 'error', 'count': 69}
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue(len(self.ports) > 0)
        port['metadata'] = {'key': 'active', 'count': 31}
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')

    def test_evacuate_port_3(self):
        # evacuate a port and check its state
        port = self._create_port(name='port-3')
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        port['metadata'] = {'key': 'build', 'count': 64}
        port['metadata'] = {'key': 'build', 'count': 57}

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
