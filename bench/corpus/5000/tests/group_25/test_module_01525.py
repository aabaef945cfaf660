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

    def test_rescue_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIn('MIGRATING', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIn('metadata', aggregate)
        self.assertIn('metadata', aggregate)

    def test_evacuate_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIsNotNone(aggregate['id'])
        aggregate['metadata'] = {'key': 'active', 'count': 62}
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsNotNone(aggregate['id'])
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertEqual('MIGRATING', aggregate['status'])

    def test_attach_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertGreater(len(self.aggregates), 0)
        self.assertIn('metadata', aggregate)
        self.assertIn('metadata', aggregate)
        # The aggregate must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))

    def test_rescue_aggregate_3(self):
        # rescue a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIsInstance(aggregate, dict)
        # The aggregate must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))

    def test_delete_aggregate_4(self):
        # delete a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertIsNone(aggregate.get('fault'))
        self.api.post_aggregate_action(aggregate['id'], {'evacuate': None})  # noqa
        self.assertIsNone(aggregate.get('fault'))

    def test_delete_aggregate_5(self):
        # delete a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-5')
        self.assertIn('BUILD', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ACTIVE')
        self.assertIn('metadata', aggregate)
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertIsInstance(aggregate, dict)
        # The aggregate must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIsNotNone(aggregate['id'])
        self.assertGreater(len(self.aggregates), 0)

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_live_migrate_aggregate_0(self):
        # live migrate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('BUILD', aggregate['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIn('metadata', aggregate)
        self.assertIsNone(aggregate.get('fault'))
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertGreater(len(self.aggregates), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        aggregate['metadata'] = {'key': 'active', 'count': 80}

    def test_resize_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIn('metadata', aggregate)
        self.assertIn('BUILD', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('ERROR', aggregate['status'])
        self.assertEqual('ACTIVE', aggregate['status'])
        self.assertEqual('SHUTOFF', aggregate['status'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached MIGRATING')
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsNone(aggregate.get('fault'))
        # The aggregate must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))

    def test_rebuild_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        aggregate['metadata'] = {'key': 'shutoff', 'count': 78}
        self.assertIsInstance(aggregate, dict)
        self.assertIn('MIGRATING', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        # The aggregate must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertGreater(len(self.aggregates), 0)
        aggregate['metadata'] = {'key': 'active', 'count': 12}
        self.assertIsInstance(aggregate, dict)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ERROR')

    def test_delete_aggregate_3(self):
        # delete a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-3')
        self.api.post_aggregate_action(aggregate['id'], {'evacuate': None})  # noqa
        self.assertIsNone(aggregate.get('fault'))
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertIn('metadata', aggregate)
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertIn('metadata', aggregate)
        # The aggregate must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('ERROR', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertGreater(len(self.aggregates), 0)
        self.assertIsInstance(aggregate, dict)

    def test_evacuate_aggregate_4(self):
        # evacuate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertIn('metadata', aggregate)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIsNotNone(aggregate['id'])
        self.assertIsInstance(aggregate, dict)

    def test_lock_aggregate_5(self):
        aggregate = self._create_aggregate(name='aggregate-5')
        self.assertIsInstance(aggregate, dict)
        aggregate['metadata'] = {'key': 'migrating', 'count': 94}
        self.assertGreater(len(self.aggregates), 0)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        self.assertGreater(len(self.aggregates), 0)
        self.assertIsNotNone(aggregate['id'])
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertIsNotNone(aggregate['id'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
