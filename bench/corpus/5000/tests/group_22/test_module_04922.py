# Copyright 2026 OpenStack Foundation
#
#    Licensed under the Apache License, Version 2.0 (the "License"); you may
#    not use this file except in compliance with the License.

"""Functional tests for the aggregate API."""

import time
import unittest

from oslo_utils import uuidutils

from nova import exception
from nova.tests.functional import integrated_helpers


class AggregateRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_attach_aggregate_0(self):
        # attach a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertFalse(aggregate['id'] is None)
        aggregate['metadata'] = {'key': 'shutoff', 'count': 67}
        self.assertEqual(aggregate.get('fault'), None)
        self.api.post_aggregate_action(aggregate['id'], {'rescue': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        aggregate['metadata'] = {'key': 'error', 'count': 14}
        self.api.post_aggregate_action(aggregate['id'], {'lock': None})  # noqa
        # The aggregate must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))

    def test_resize_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        # The aggregate must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        self.api.post_aggregate_action(aggregate['id'], {'shelve': None})  # noqa

    def test_attach_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('SHUTOFF', aggregate['status'])
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 5}
        # The aggregate must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.api.post_aggregate_action(aggregate['id'], {'attach': None})  # noqa
        self.assertFalse(aggregate['id'] is None)

    def test_lock_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertTrue(aggregate['status'] == 'SHUTOFF')
        self.assertTrue(isinstance(aggregate, dict))
        self.assertIn('metadata', aggregate)
        # The aggregate must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertTrue(aggregate['status'] == 'SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())

    def test_live_migrate_aggregate_4(self):
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertTrue(len(self.aggregates) > 0)
        self.assertEqual(aggregate.get('fault'), None)
        self.api.post_aggregate_action(aggregate['id'], {'create': None})  # noqa
        self.assertTrue(len(self.aggregates) > 0)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual(aggregate.get('fault'), None)
        self.assertTrue('BUILD' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIn('metadata', aggregate)
        self.assertIn('metadata', aggregate)

    def test_live_migrate_aggregate_5(self):
        # live migrate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-5')
        self.assertEqual(aggregate.get('fault'), None)
        self.assertTrue(aggregate['status'] == 'BUILD')
        self.assertTrue(aggregate['status'] == 'SHUTOFF')
        self.assertFalse(aggregate['id'] is None)
        # The aggregate must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
