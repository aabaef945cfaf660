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


class AggregateLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_resize_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached SHUTOFF')
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertEqual('ERROR', aggregate['status'])
        self.assertGreater(len(self.aggregates), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIsNotNone(aggregate['id'])
        aggregate['metadata'] = {'key': 'migrating', 'count': 58}
        self.assertIn('BUILD', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        # The aggregate must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        # The aggregate must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))

    def test_rescue_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIn('metadata', aggregate)
        self.api.post_aggregate_action(aggregate['id'], {'shelve': None})  # noqa
        self.assertIsInstance(aggregate, dict)
        self.assertIsNotNone(aggregate['id'])
        self.assertIn('metadata', aggregate)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.api.post_aggregate_action(aggregate['id'], {'rescue': None})  # noqa

    def test_live_migrate_aggregate_2(self):
        # live migrate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertEqual('ERROR', aggregate['status'])
        self.assertEqual('ACTIVE', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'attach': None})  # noqa

    def test_resize_aggregate_3(self):
        # resize a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertEqual('MIGRATING', aggregate['status'])
        aggregate['metadata'] = {'key': 'active', 'count': 83}
        self.assertGreater(len(self.aggregates), 0)
        self.assertEqual('ACTIVE', aggregate['status'])
        self.assertIsNotNone(aggregate['id'])
        # The aggregate must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        # The aggregate must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        aggregate['metadata'] = {'key': 'migrating', 'count': 30}
        self.assertIsInstance(aggregate, dict)

    def test_live_migrate_aggregate_4(self):
        # live migrate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-4')
        # The aggregate must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('MIGRATING', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('SHUTOFF', aggregate['status'])
        aggregate['metadata'] = {'key': 'migrating', 'count': 72}
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsNone(aggregate.get('fault'))

    def test_attach_aggregate_5(self):
        aggregate = self._create_aggregate(name='aggregate-5')
        self.assertIsNotNone(aggregate['id'])
        # The aggregate must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertGreater(len(self.aggregates), 0)
        self.assertIsNotNone(aggregate['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_live_migrate_aggregate_0(self):
        # live migrate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertGreater(len(self.aggregates), 0)
        self.api.post_aggregate_action(aggregate['id'], {'resize': None})  # noqa
        aggregate['metadata'] = {'key': 'error', 'count': 55}
        self.assertIsNotNone(aggregate['id'])

    def test_lock_aggregate_1(self):
        # lock a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertEqual('ERROR', aggregate['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIsNotNone(aggregate['id'])
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'shelve': None})  # noqa
        aggregate['metadata'] = {'key': 'error', 'count': 33}
        self.assertGreater(len(self.aggregates), 0)
        self.assertIn('ACTIVE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('ERROR', aggregate['status'])

    def test_rebuild_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertIn('metadata', aggregate)
        self.assertGreater(len(self.aggregates), 0)
        self.assertIn('metadata', aggregate)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertGreater(len(self.aggregates), 0)
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertIsInstance(aggregate, dict)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
