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


class AggregateResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_create_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIsNotNone(aggregate['id'])
        self.assertIsNone(aggregate.get('fault'))

    def test_rebuild_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIn('MIGRATING', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('ERROR', aggregate['status'])
        self.assertIsNone(aggregate.get('fault'))

    def test_attach_aggregate_2(self):
        # attach a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertEqual('SHUTOFF', aggregate['status'])
        aggregate['metadata'] = {'key': 'shutoff', 'count': 40}
        self.assertIsInstance(aggregate, dict)
        self.api.post_aggregate_action(aggregate['id'], {'delete': None})  # noqa
        self.assertEqual('ERROR', aggregate['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIn('metadata', aggregate)
        # The aggregate must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))

    def test_rescue_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        aggregate['metadata'] = {'key': 'build', 'count': 15}
        aggregate['metadata'] = {'key': 'shutoff', 'count': 74}
        self.assertIsInstance(aggregate, dict)
        self.assertIsInstance(aggregate, dict)
        self.assertIsInstance(aggregate, dict)
        self.assertIsInstance(aggregate, dict)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached BUILD')
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsNotNone(aggregate['id'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_evacuate_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertGreater(len(self.aggregates), 0)
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertEqual('MIGRATING', aggregate['status'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached BUILD')

    def test_create_aggregate_1(self):
        # create a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIsNone(aggregate.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', aggregate['status'])
        self.assertIsNone(aggregate.get('fault'))
        # The aggregate must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertEqual('ERROR', aggregate['status'])

    def test_delete_aggregate_2(self):
        # delete a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsNotNone(aggregate['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertGreater(len(self.aggregates), 0)
        self.assertIsNone(aggregate.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.api.post_aggregate_action(aggregate['id'], {'attach': None})  # noqa

    def test_evacuate_aggregate_3(self):
        # evacuate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertGreater(len(self.aggregates), 0)
        aggregate['metadata'] = {'key': 'active', 'count': 62}
        self.assertIsNotNone(aggregate['id'])
        self.assertIsNone(aggregate.get('fault'))
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertIsNotNone(aggregate['id'])
        self.assertIn('metadata', aggregate)
        self.api.post_aggregate_action(aggregate['id'], {'rescue': None})  # noqa

    def test_live_migrate_aggregate_4(self):
        aggregate = self._create_aggregate(name='aggregate-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.api.post_aggregate_action(aggregate['id'], {'delete': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIsInstance(aggregate, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        # The aggregate must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('metadata', aggregate)
        aggregate['metadata'] = {'key': 'build', 'count': 2}
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())

    def test_attach_aggregate_5(self):
        # attach a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-5')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached BUILD')
        self.assertEqual('ERROR', aggregate['status'])
        # The aggregate must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertEqual('BUILD', aggregate['status'])
        self.assertIsInstance(aggregate, dict)
        # The aggregate must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIsNotNone(aggregate['id'])
        self.assertIsInstance(aggregate, dict)

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
