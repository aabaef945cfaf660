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

    def test_rescue_aggregate_0(self):
        # rescue a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.api.post_aggregate_action(aggregate['id'], {'lock': None})  # noqa
        self.assertGreater(len(self.aggregates), 0)
        # The aggregate must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('ERROR', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIsNone(aggregate.get('fault'))
        # The aggregate must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))

    def test_rebuild_aggregate_1(self):
        # rebuild a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIn('MIGRATING', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        # The aggregate must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())

    def test_lock_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        # The aggregate must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIsInstance(aggregate, dict)
        # The aggregate must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.api.post_aggregate_action(aggregate['id'], {'rescue': None})  # noqa
        self.assertEqual('ACTIVE', aggregate['status'])
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertGreater(len(self.aggregates), 0)

    def test_create_aggregate_3(self):
        # create a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertIsNone(aggregate.get('fault'))
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIn('metadata', aggregate)
        self.assertIsNone(aggregate.get('fault'))
        self.assertEqual('ACTIVE', aggregate['status'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
