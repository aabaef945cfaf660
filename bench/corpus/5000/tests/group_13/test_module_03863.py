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


class AggregateShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_rescue_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertIn('metadata', aggregate)
        self.assertIsNotNone(aggregate['id'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ACTIVE')
        self.assertIsNone(aggregate.get('fault'))
        self.assertEqual('SHUTOFF', aggregate['status'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached BUILD')
        self.assertGreater(len(self.aggregates), 0)

    def test_rebuild_aggregate_1(self):
        # rebuild a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIsNotNone(aggregate['id'])
        self.assertEqual('ACTIVE', aggregate['status'])
        self.assertIn('metadata', aggregate)
        self.assertIn('BUILD', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertIsNone(aggregate.get('fault'))

    def test_rescue_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertIn('ERROR', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIn('metadata', aggregate)
        aggregate['metadata'] = {'key': 'active', 'count': 66}
        # The aggregate must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached SHUTOFF')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached MIGRATING')
        self.assertIn('metadata', aggregate)
        self.assertIsInstance(aggregate, dict)

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_lock_aggregate_0(self):
        # lock a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertIsNone(aggregate.get('fault'))
        self.assertIn('metadata', aggregate)
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])

    def test_lock_aggregate_1(self):
        # lock a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIn('ACTIVE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('BUILD', aggregate['status'])
        self.assertIsNotNone(aggregate['id'])
        self.assertIsInstance(aggregate, dict)
        self.assertIsInstance(aggregate, dict)

    def test_rescue_aggregate_2(self):
        # rescue a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.api.post_aggregate_action(aggregate['id'], {'shelve': None})  # noqa
        self.assertIn('metadata', aggregate)
        self.assertGreater(len(self.aggregates), 0)
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertIn('ERROR', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('ERROR', aggregate['status'])
        self.assertEqual('ERROR', aggregate['status'])
        self.assertIsNotNone(aggregate['id'])
        self.assertIn('metadata', aggregate)

    def test_rescue_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertGreater(len(self.aggregates), 0)
        self.assertIsNotNone(aggregate['id'])
        self.assertIsNone(aggregate.get('fault'))
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])

    def test_rescue_aggregate_4(self):
        # rescue a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-4')
        # The aggregate must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIsInstance(aggregate, dict)
        # The aggregate must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertGreater(len(self.aggregates), 0)

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
