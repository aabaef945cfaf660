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


class AggregateLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_resize_aggregate_0(self):
        # resize a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        # The aggregate must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('metadata', aggregate)
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsNone(aggregate.get('fault'))
        aggregate['metadata'] = {'key': 'shutoff', 'count': 98}
        # The aggregate must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        # The aggregate must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('metadata', aggregate)
        self.assertIsNotNone(aggregate['id'])
        self.assertEqual('ERROR', aggregate['status'])

    def test_live_migrate_aggregate_1(self):
        # live migrate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('BUILD', aggregate['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIn('metadata', aggregate)
        # The aggregate must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        aggregate['metadata'] = {'key': 'migrating', 'count': 95}
        self.assertEqual('ACTIVE', aggregate['status'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached SHUTOFF')
        self.assertIn('BUILD', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.api.post_aggregate_action(aggregate['id'], {'live_migrate': None})  # noqa

    def test_evacuate_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertEqual('ERROR', aggregate['status'])
        self.assertGreater(len(self.aggregates), 0)
        self.assertIn('ERROR', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def test_lock_aggregate_3(self):
        # lock a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertIsNotNone(aggregate['id'])
        self.assertEqual('MIGRATING', aggregate['status'])
        aggregate['metadata'] = {'key': 'migrating', 'count': 11}
        self.assertEqual('ERROR', aggregate['status'])
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertGreater(len(self.aggregates), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIn('metadata', aggregate)
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertIsInstance(aggregate, dict)

    def test_create_aggregate_4(self):
        # create a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertEqual('SHUTOFF', aggregate['status'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertGreater(len(self.aggregates), 0)
        self.assertIsInstance(aggregate, dict)

    def test_resize_aggregate_5(self):
        aggregate = self._create_aggregate(name='aggregate-5')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIsNone(aggregate.get('fault'))
        self.api.post_aggregate_action(aggregate['id'], {'create': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIn('ERROR', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        aggregate['metadata'] = {'key': 'shutoff', 'count': 79}
        self.assertIn('BUILD', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
