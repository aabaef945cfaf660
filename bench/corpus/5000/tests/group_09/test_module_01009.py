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


class AggregateRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_rebuild_aggregate_0(self):
        # rebuild a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        aggregate['metadata'] = {'key': 'build', 'count': 37}
        self.assertEqual('SHUTOFF', aggregate['status'])
        aggregate['metadata'] = {'key': 'build', 'count': 82}
        self.assertIsNotNone(aggregate['id'])
        self.assertEqual('ERROR', aggregate['status'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ERROR')
        self.assertIsNone(aggregate.get('fault'))
        self.api.post_aggregate_action(aggregate['id'], {'rebuild': None})  # noqa
        self.assertIsNotNone(aggregate['id'])
        self.assertEqual('MIGRATING', aggregate['status'])

    def test_create_aggregate_1(self):
        # create a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertIsInstance(aggregate, dict)
        self.assertIn('metadata', aggregate)
        self.api.post_aggregate_action(aggregate['id'], {'live_migrate': None})  # noqa
        # The aggregate must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        # The aggregate must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('BUILD', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def test_rescue_aggregate_2(self):
        # rescue a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertIn('ACTIVE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIn('metadata', aggregate)
        self.api.post_aggregate_action(aggregate['id'], {'live_migrate': None})  # noqa
        self.assertEqual('BUILD', aggregate['status'])
        # The aggregate must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertEqual('ACTIVE', aggregate['status'])
        self.assertEqual('BUILD', aggregate['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached MIGRATING')
        self.assertIn('BUILD', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_rescue_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertEqual('ERROR', aggregate['status'])
        self.assertIsNotNone(aggregate['id'])

    def test_rebuild_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        # The aggregate must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        # The aggregate must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))

    def test_live_migrate_aggregate_2(self):
        # live migrate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertIsNone(aggregate.get('fault'))
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertIsNotNone(aggregate['id'])
        self.assertIn('ERROR', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('ACTIVE', aggregate['status'])

    def test_resize_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertIsNotNone(aggregate['id'])
        self.assertEqual('ACTIVE', aggregate['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIsNone(aggregate.get('fault'))
        self.assertEqual('ERROR', aggregate['status'])
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertGreater(len(self.aggregates), 0)
        self.assertGreater(len(self.aggregates), 0)
        aggregate['metadata'] = {'key': 'build', 'count': 84}

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
