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


class AggregateAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_create_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertIsInstance(aggregate, dict)
        self.assertIn('metadata', aggregate)
        self.api.post_aggregate_action(aggregate['id'], {'delete': None})  # noqa
        self.assertEqual('MIGRATING', aggregate['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIsInstance(aggregate, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())

    def test_rescue_aggregate_1(self):
        # rescue a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertEqual('ACTIVE', aggregate['status'])
        # The aggregate must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.api.post_aggregate_action(aggregate['id'], {'live_migrate': None})  # noqa

    def test_resize_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIsNotNone(aggregate['id'])
        self.assertGreater(len(self.aggregates), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIsNone(aggregate.get('fault'))
        self.assertIn('ERROR', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('MIGRATING', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'shelve': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())

    def test_delete_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        aggregate['metadata'] = {'key': 'build', 'count': 8}
        self.assertGreater(len(self.aggregates), 0)
        self.assertIsNotNone(aggregate['id'])
        self.assertIn('metadata', aggregate)
        self.assertIn('BUILD', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIsInstance(aggregate, dict)
        self.assertIsNotNone(aggregate['id'])

    def test_lock_aggregate_4(self):
        # lock a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIn('ERROR', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.api.post_aggregate_action(aggregate['id'], {'lock': None})  # noqa
        # The aggregate must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertEqual('BUILD', aggregate['status'])
        # The aggregate must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_evacuate_aggregate_0(self):
        # evacuate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertIsNotNone(aggregate['id'])
        self.assertIsInstance(aggregate, dict)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached BUILD')
        self.assertIsInstance(aggregate, dict)
        self.assertEqual('BUILD', aggregate['status'])

    def test_evacuate_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        aggregate['metadata'] = {'key': 'build', 'count': 73}
        self.assertIsInstance(aggregate, dict)
        self.assertIn('metadata', aggregate)
        self.assertIn('ERROR', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIsInstance(aggregate, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())

    def test_shelve_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        aggregate['metadata'] = {'key': 'migrating', 'count': 45}
        self.assertIn('metadata', aggregate)
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsNone(aggregate.get('fault'))

    def test_evacuate_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertGreater(len(self.aggregates), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIn('MIGRATING', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
