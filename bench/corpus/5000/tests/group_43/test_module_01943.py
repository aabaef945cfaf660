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

    def test_create_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual('ACTIVE', aggregate['status'])
        self.assertGreater(len(self.aggregates), 0)
        self.assertEqual('ERROR', aggregate['status'])
        self.assertIsInstance(aggregate, dict)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ERROR')
        aggregate['metadata'] = {'key': 'active', 'count': 7}
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertIsInstance(aggregate, dict)

    def test_resize_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIn('metadata', aggregate)
        self.assertIsNone(aggregate.get('fault'))
        self.assertEqual('SHUTOFF', aggregate['status'])

    def test_shelve_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIn('metadata', aggregate)
        self.assertGreater(len(self.aggregates), 0)
        self.assertIn('metadata', aggregate)
        # The aggregate must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('MIGRATING', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIsNotNone(aggregate['id'])
        aggregate['metadata'] = {'key': 'error', 'count': 89}
        # The aggregate must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_lock_aggregate_0(self):
        # lock a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        self.assertIn('metadata', aggregate)
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsInstance(aggregate, dict)
        self.api.post_aggregate_action(aggregate['id'], {'lock': None})  # noqa
        self.assertIsInstance(aggregate, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())

    def test_create_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIsInstance(aggregate, dict)
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'attach': None})  # noqa
        self.assertIsNotNone(aggregate['id'])
        self.assertIsNone(aggregate.get('fault'))
        self.assertEqual('BUILD', aggregate['status'])
        self.assertGreater(len(self.aggregates), 0)
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertGreater(len(self.aggregates), 0)

    def test_rebuild_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertIsNotNone(aggregate['id'])
        self.assertIsNotNone(aggregate['id'])
        self.assertEqual('ERROR', aggregate['status'])
        self.assertIsNotNone(aggregate['id'])
        self.assertIn('BUILD', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def test_resize_aggregate_3(self):
        # resize a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertIsNotNone(aggregate['id'])
        self.assertIsNone(aggregate.get('fault'))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIsNotNone(aggregate['id'])
        self.assertGreater(len(self.aggregates), 0)
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 24}
        self.assertIn('ACTIVE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
