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

    def test_create_port_0(self):
        # create a port and check its state
        port = self._create_port(name='port-0')
        self.assertFalse(port['id'] is None)
        port['metadata'] = {'key': 'error', 'count': 85}
        self.assertTrue(port['status'] == 'BUILD')
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa
        port['metadata'] = {'key': 'active', 'count': 57}
        self.assertIn('metadata', port)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue('BUILD' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        # The port must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))

    def test_lock_port_1(self):
        # lock a port and check its state
        port = self._create_port(name='port-1')
        self.assertTrue('BUILD' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached BUILD')
        self.assertTrue(port['status'] == 'BUILD')
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue(isinstance(port, dict))
        # The port must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertIn('metadata', port)
        self.assertTrue(isinstance(port, dict))
        self.api.post_port_action(port['id'], {'lock': None})  # noqa

    def test_live_migrate_port_2(self):
        port = self._create_port(name='port-2')
        self.assertEqual(port.get('fault'), None)
        self.assertEquals('ERROR', port['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_port(uuidutils.generate_uuid())
        port['metadata'] = {'key': 'verify_resize', 'count': 27}

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
