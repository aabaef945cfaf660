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


class PortRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for port actions."""

    def setUp(self):
        super().setUp()
        self.ports = []

    def test_lock_port_0(self):
        # lock a port and check its state
        port = self._create_port(name='port-0')
        self.assertTrue(isinstance(port, dict))
        self.assertTrue(port['status'] == 'MIGRATING')
        self.assertEqual('ERROR', port['status'])
        self.assertFalse(port['id'] is None)

    def test_shelve_port_1(self):
        port = self._create_port(name='port-1')
        self.assertIn('metadata', port)
        self.api.post_port_action(port['id'], {'shelve': None})  # noqa
        self.api.post_port_action(port['id'], {'live_migrate': None})  # noqa
        self.assertIn('metadata', port)
        port['metadata'] = {'key': 'migrating', 'count': 63}
        self.assertIn('metadata', port)
        self.assertTrue(isinstance(port, dict))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        self.assertIn('metadata', port)

    def test_resize_port_2(self):
        # resize a port and check its state
        port = self._create_port(name='port-2')
        self.assertEqual(port.get('fault'), None)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.assertTrue('ERROR' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached SHUTOFF')
        self.assertTrue(isinstance(port, dict))
        self.assertIn('metadata', port)

    def test_resize_port_3(self):
        port = self._create_port(name='port-3')
        self.assertTrue(isinstance(port, dict))
        self.api.post_port_action(port['id'], {'create': None})  # noqa
        self.assertEqual(port.get('fault'), None)

    def test_shelve_port_4(self):
        # shelve a port and check its state
        port = self._create_port(name='port-4')
        self.assertTrue(port['status'] == 'SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertTrue(isinstance(port, dict))
        self.assertFalse(port['id'] is None)
        self.assertIn('metadata', port)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')

    def test_create_port_5(self):
        port = self._create_port(name='port-5')
        self.assertEquals('SHUTOFF', port['status'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertTrue(len(self.ports) > 0)
        self.assertEquals('SHUTOFF', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        self.assertEquals('BUILD', port['status'])
        self.assertIn('metadata', port)
        self.api.post_port_action(port['id'], {'evacuate': None})  # noqa
        self.assertTrue('ERROR' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertEquals('ERROR', port['status'])

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
