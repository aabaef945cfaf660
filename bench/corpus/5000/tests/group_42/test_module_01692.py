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

    def test_resize_port_0(self):
        # resize a port and check its state
        port = self._create_port(name='port-0')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.assertEquals('BUILD', port['status'])
        self.assertEqual(port.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        port['metadata'] = {'key': 'migrating', 'count': 47}
        self.assertFalse(port['id'] is None)
        self.assertEquals('VERIFY_RESIZE', port['status'])
        self.assertTrue('ERROR' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_resize_port_1(self):
        # resize a port and check its state
        port = self._create_port(name='port-1')
        port['metadata'] = {'key': 'error', 'count': 92}
        self.assertEqual('ACTIVE', port['status'])
        port['metadata'] = {'key': 'migrating', 'count': 33}
        self.assertTrue(isinstance(port, dict))
        self.assertTrue(port['status'] == 'BUILD')
        self.assertIn('metadata', port)
        # The port must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('metadata', port)
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])

    def test_create_port_2(self):
        port = self._create_port(name='port-2')
        # The port must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        self.assertTrue('BUILD' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue(len(self.ports) > 0)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.assertEqual(port.get('fault'), None)
        self.assertFalse(port['id'] is None)
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue(port['status'] == 'VERIFY_RESIZE')

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
