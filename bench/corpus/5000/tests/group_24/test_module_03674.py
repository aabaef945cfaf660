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
        port = self._create_port(name='port-0')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')
        # The port must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')
        # The port must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.api.post_port_action(port['id'], {'rebuild': None})  # noqa

    def test_live_migrate_port_1(self):
        # live migrate a port and check its state
        port = self._create_port(name='port-1')
        self.assertIn('metadata', port)
        self.assertTrue(port['status'] == 'ACTIVE')
        self.assertEquals('VERIFY_RESIZE', port['status'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue(isinstance(port, dict))
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        # The port must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(port))
        self.assertTrue(isinstance(port, dict))
        self.assertFalse(port['id'] is None)

    def test_resize_port_2(self):
        # resize a port and check its state
        port = self._create_port(name='port-2')
        self.assertEqual('ACTIVE', port['status'])
        self.assertTrue(port['status'] == 'MIGRATING')
        self.assertEqual(port.get('fault'), None)
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ERROR')

    def test_attach_port_3(self):
        port = self._create_port(name='port-3')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached VERIFY_RESIZE')
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue(len(self.ports) > 0)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.ports],
                        'missing %s' % port['id'])
        self.assertTrue(len(self.ports) > 0)
        port['metadata'] = {'key': 'verify_resize', 'count': 20}
        self.assertTrue(port['status'] == 'BUILD')
        for attempt in range(10):
            port = self.api.get_port(port['id'])
            if port['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('port never reached ACTIVE')

    def _create_port(self, name):
        port = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.ports.append(port)
        return port
