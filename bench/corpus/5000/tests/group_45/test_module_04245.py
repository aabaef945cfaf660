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

    def test_live_migrate_aggregate_0(self):
        # live migrate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertIsNone(aggregate.get('fault'))
        self.assertEqual('MIGRATING', aggregate['status'])
        # The aggregate must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertIsNotNone(aggregate['id'])
        self.assertGreater(len(self.aggregates), 0)

    def test_shelve_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIn('BUILD', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.api.post_aggregate_action(aggregate['id'], {'rescue': None})  # noqa
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 64}
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached SHUTOFF')
        self.assertIsInstance(aggregate, dict)
        self.assertIsNotNone(aggregate['id'])
        # The aggregate must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('metadata', aggregate)

    def test_evacuate_aggregate_2(self):
        # evacuate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertGreater(len(self.aggregates), 0)
        # The aggregate must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('metadata', aggregate)
        aggregate['metadata'] = {'key': 'build', 'count': 82}
        self.assertIsNotNone(aggregate['id'])
        self.assertEqual('MIGRATING', aggregate['status'])

    def test_live_migrate_aggregate_3(self):
        # live migrate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertIsInstance(aggregate, dict)
        self.assertIsInstance(aggregate, dict)
        self.assertGreater(len(self.aggregates), 0)
        self.assertIn('metadata', aggregate)
        self.assertEqual('SHUTOFF', aggregate['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())

    def test_resize_aggregate_4(self):
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertIsInstance(aggregate, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        aggregate['metadata'] = {'key': 'error', 'count': 52}
        self.assertEqual('BUILD', aggregate['status'])
        aggregate['metadata'] = {'key': 'shutoff', 'count': 94}

    def test_resize_aggregate_5(self):
        aggregate = self._create_aggregate(name='aggregate-5')
        self.api.post_aggregate_action(aggregate['id'], {'evacuate': None})  # noqa
        # The aggregate must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        aggregate['metadata'] = {'key': 'error', 'count': 11}
        self.assertIsNone(aggregate.get('fault'))

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_shelve_aggregate_0(self):
        # shelve a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertIn('metadata', aggregate)
        self.assertEqual('ACTIVE', aggregate['status'])
        self.assertEqual('ERROR', aggregate['status'])
        # The aggregate must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIsNotNone(aggregate['id'])
        self.assertEqual('ACTIVE', aggregate['status'])
        aggregate['metadata'] = {'key': 'migrating', 'count': 66}

    def test_attach_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached BUILD')
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertIsInstance(aggregate, dict)
        self.assertIsInstance(aggregate, dict)
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertEqual('ERROR', aggregate['status'])

    def test_shelve_aggregate_2(self):
        # shelve a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertEqual('MIGRATING', aggregate['status'])
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 20}
        self.assertEqual('BUILD', aggregate['status'])
        self.assertGreater(len(self.aggregates), 0)
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'create': None})  # noqa
        self.assertGreater(len(self.aggregates), 0)

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
