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


class AggregateEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_resize_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual('ERROR', aggregate['status'])
        aggregate['metadata'] = {'key': 'active', 'count': 38}
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsInstance(aggregate, dict)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        self.assertIsNone(aggregate.get('fault'))
        self.assertEqual('ERROR', aggregate['status'])
        # The aggregate must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('MIGRATING', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def test_resize_aggregate_1(self):
        # resize a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIn('metadata', aggregate)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', aggregate['status'])
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertIsInstance(aggregate, dict)

    def test_attach_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertIsNone(aggregate.get('fault'))
        self.assertIn('metadata', aggregate)
        self.assertGreater(len(self.aggregates), 0)
        # The aggregate must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        aggregate['metadata'] = {'key': 'migrating', 'count': 46}
        self.assertIn('metadata', aggregate)

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_evacuate_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertIsNone(aggregate.get('fault'))
        # The aggregate must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIsNone(aggregate.get('fault'))
        self.assertGreater(len(self.aggregates), 0)
        self.assertIsNotNone(aggregate['id'])

    def test_attach_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 88}
        aggregate['metadata'] = {'key': 'error', 'count': 55}
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())

    def test_rescue_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        # The aggregate must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertGreater(len(self.aggregates), 0)
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertIn('metadata', aggregate)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        self.assertEqual('ERROR', aggregate['status'])
        # The aggregate must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.api.post_aggregate_action(aggregate['id'], {'rescue': None})  # noqa

    def test_delete_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ACTIVE')
        aggregate['metadata'] = {'key': 'active', 'count': 60}
        self.assertIn('ERROR', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsInstance(aggregate, dict)
        self.assertIsInstance(aggregate, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 74}
        self.assertIn('SHUTOFF', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def test_create_aggregate_4(self):
        # create a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertIn('metadata', aggregate)
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertIsNone(aggregate.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIn('ACTIVE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        aggregate['metadata'] = {'key': 'active', 'count': 57}
        self.assertIsInstance(aggregate, dict)
        aggregate['metadata'] = {'key': 'build', 'count': 66}
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        self.api.post_aggregate_action(aggregate['id'], {'lock': None})  # noqa

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
