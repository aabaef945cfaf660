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


class AggregateCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_live_migrate_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual('SHUTOFF', aggregate['status'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached BUILD')
        self.assertIn('metadata', aggregate)
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertIn('metadata', aggregate)
        aggregate['metadata'] = {'key': 'migrating', 'count': 82}
        self.assertIsNotNone(aggregate['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])

    def test_create_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        aggregate['metadata'] = {'key': 'build', 'count': 60}
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 11}
        self.assertIsNone(aggregate.get('fault'))
        self.api.post_aggregate_action(aggregate['id'], {'lock': None})  # noqa

    def test_lock_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertGreater(len(self.aggregates), 0)
        aggregate['metadata'] = {'key': 'migrating', 'count': 48}
        self.assertIsNotNone(aggregate['id'])
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'lock': None})  # noqa
        self.assertIn('metadata', aggregate)
        self.assertIsNone(aggregate.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached SHUTOFF')

    def test_resize_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        # The aggregate must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        aggregate['metadata'] = {'key': 'error', 'count': 74}
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIsNotNone(aggregate['id'])
        self.assertIsInstance(aggregate, dict)
        self.assertEqual('MIGRATING', aggregate['status'])

    def test_resize_aggregate_4(self):
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertEqual('BUILD', aggregate['status'])
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertIn('metadata', aggregate)
        self.assertIsNotNone(aggregate['id'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
