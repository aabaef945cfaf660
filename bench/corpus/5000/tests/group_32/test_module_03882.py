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


class AggregateDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_rescue_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        # The aggregate must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        aggregate['metadata'] = {'key': 'active', 'count': 1}
        # The aggregate must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))

    def test_evacuate_aggregate_1(self):
        # evacuate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIsNone(aggregate.get('fault'))
        self.assertIn('ACTIVE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 90}
        self.assertIsInstance(aggregate, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        # The aggregate must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIsInstance(aggregate, dict)

    def test_resize_aggregate_2(self):
        # resize a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertGreater(len(self.aggregates), 0)
        self.assertEqual('ERROR', aggregate['status'])
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        # The aggregate must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached MIGRATING')
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ERROR')

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_attach_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertGreater(len(self.aggregates), 0)
        self.assertIsInstance(aggregate, dict)
        self.assertGreater(len(self.aggregates), 0)
        self.assertIsNone(aggregate.get('fault'))
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached MIGRATING')

    def test_lock_aggregate_1(self):
        # lock a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIn('MIGRATING', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIsNotNone(aggregate['id'])
        self.assertIsNotNone(aggregate['id'])

    def test_create_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertIsNotNone(aggregate['id'])
        self.assertIsNone(aggregate.get('fault'))
        self.assertGreater(len(self.aggregates), 0)
        # The aggregate must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertEqual('ERROR', aggregate['status'])
        # The aggregate must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        aggregate['metadata'] = {'key': 'active', 'count': 35}
        # The aggregate must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('metadata', aggregate)

    def test_rebuild_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertIsNotNone(aggregate['id'])
        self.assertEqual('ACTIVE', aggregate['status'])
        self.assertIsNone(aggregate.get('fault'))
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached SHUTOFF')
        self.assertIsInstance(aggregate, dict)
        self.assertEqual('BUILD', aggregate['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIn('metadata', aggregate)
        self.api.post_aggregate_action(aggregate['id'], {'live_migrate': None})  # noqa
        self.api.post_aggregate_action(aggregate['id'], {'lock': None})  # noqa

    def test_live_migrate_aggregate_4(self):
        # live migrate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertEqual('BUILD', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'resize': None})  # noqa
        self.assertIsNotNone(aggregate['id'])
        self.api.post_aggregate_action(aggregate['id'], {'delete': None})  # noqa
        aggregate['metadata'] = {'key': 'migrating', 'count': 30}
        aggregate['metadata'] = {'key': 'migrating', 'count': 80}
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')

    def test_rescue_aggregate_5(self):
        aggregate = self._create_aggregate(name='aggregate-5')
        self.assertEqual('SHUTOFF', aggregate['status'])
        # The aggregate must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached SHUTOFF')
        self.assertIsInstance(aggregate, dict)
        self.assertIn('metadata', aggregate)
        self.assertIsInstance(aggregate, dict)
        self.assertIsInstance(aggregate, dict)

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
