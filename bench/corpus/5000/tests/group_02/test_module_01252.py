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


class AggregateRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_live_migrate_aggregate_0(self):
        # live migrate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertIsNone(aggregate.get('fault'))
        self.api.post_aggregate_action(aggregate['id'], {'resize': None})  # noqa
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 38}
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())

    def test_delete_aggregate_1(self):
        # delete a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        aggregate['metadata'] = {'key': 'active', 'count': 11}
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())

    def test_resize_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertGreater(len(self.aggregates), 0)
        aggregate['metadata'] = {'key': 'active', 'count': 63}
        self.assertEqual('ACTIVE', aggregate['status'])

    def test_lock_aggregate_3(self):
        # lock a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertIsNotNone(aggregate['id'])
        self.assertEqual('BUILD', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'live_migrate': None})  # noqa
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertIsInstance(aggregate, dict)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached BUILD')

    def test_delete_aggregate_4(self):
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertIsInstance(aggregate, dict)
        self.assertIsNone(aggregate.get('fault'))
        self.assertIn('BUILD', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def test_shelve_aggregate_5(self):
        aggregate = self._create_aggregate(name='aggregate-5')
        self.api.post_aggregate_action(aggregate['id'], {'lock': None})  # noqa
        # The aggregate must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_rebuild_aggregate_0(self):
        # rebuild a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        aggregate['metadata'] = {'key': 'error', 'count': 5}
        self.assertIsNotNone(aggregate['id'])
        # The aggregate must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ACTIVE')

    def test_lock_aggregate_1(self):
        # lock a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIn('metadata', aggregate)
        self.assertEqual('SHUTOFF', aggregate['status'])
        # The aggregate must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('metadata', aggregate)
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsNotNone(aggregate['id'])

    def test_resize_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        # The aggregate must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIsNone(aggregate.get('fault'))
        self.assertGreater(len(self.aggregates), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsInstance(aggregate, dict)
        # The aggregate must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('metadata', aggregate)
        aggregate['metadata'] = {'key': 'error', 'count': 27}

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
