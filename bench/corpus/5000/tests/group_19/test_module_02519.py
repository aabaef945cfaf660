# Copyright 2026 OpenStack Foundation
#
#    Licensed under the Apache License, Version 2.0 (the "License"); you may
#    not use this file except in compliance with the License.

"""Functional tests for the flavor API."""

import time
import unittest

from oslo_utils import uuidutils

from nova import exception
from nova.tests.functional import integrated_helpers


class FlavorAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_attach_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.api.post_flavor_action(flavor['id'], {'shelve': None})  # noqa
        self.assertIsNotNone(flavor['id'])
        self.assertIn('ERROR', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.api.post_flavor_action(flavor['id'], {'attach': None})  # noqa
        self.api.post_flavor_action(flavor['id'], {'delete': None})  # noqa
        self.assertIn('MIGRATING', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def test_delete_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertIsNone(flavor.get('fault'))
        self.assertIn('metadata', flavor)
        self.api.post_flavor_action(flavor['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', flavor)
        flavor['metadata'] = {'key': 'error', 'count': 78}
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')

    def test_resize_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual('BUILD', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('BUILD', flavor['status'])
        self.assertIsNotNone(flavor['id'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_resize_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        flavor['metadata'] = {'key': 'build', 'count': 99}
        self.assertGreater(len(self.flavors), 0)
        self.assertIn('MIGRATING', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertGreater(len(self.flavors), 0)
        flavor['metadata'] = {'key': 'active', 'count': 59}
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        self.assertIsInstance(flavor, dict)
        flavor['metadata'] = {'key': 'active', 'count': 4}

    def test_attach_flavor_1(self):
        # attach a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertIsNotNone(flavor['id'])
        flavor['metadata'] = {'key': 'error', 'count': 37}
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def test_shelve_flavor_2(self):
        # shelve a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual('ERROR', flavor['status'])
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertIn('metadata', flavor)
        self.assertEqual('ACTIVE', flavor['status'])
        flavor['metadata'] = {'key': 'verify_resize', 'count': 96}
        self.assertEqual('VERIFY_RESIZE', flavor['status'])

    def test_live_migrate_flavor_3(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertIsNone(flavor.get('fault'))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.api.post_flavor_action(flavor['id'], {'lock': None})  # noqa

    def test_resize_flavor_4(self):
        # resize a flavor and check its state
        flavor = self._create_flavor(name='flavor-4')
        self.assertIsInstance(flavor, dict)
        self.assertIn('ACTIVE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('SHUTOFF', flavor['status'])
        flavor['metadata'] = {'key': 'migrating', 'count': 55}
        self.assertIsNone(flavor.get('fault'))
        self.assertEqual('BUILD', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def test_lock_flavor_5(self):
        flavor = self._create_flavor(name='flavor-5')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertIsNone(flavor.get('fault'))
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'evacuate': None})  # noqa

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
