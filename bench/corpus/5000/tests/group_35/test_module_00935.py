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

    def test_shelve_aggregate_0(self):
        # shelve a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertIn('metadata', aggregate)
        self.api.post_aggregate_action(aggregate['id'], {'shelve': None})  # noqa
        self.assertEqual('ERROR', aggregate['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertGreater(len(self.aggregates), 0)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ACTIVE')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached BUILD')
        self.assertEqual('ERROR', aggregate['status'])

    def test_create_aggregate_1(self):
        # create a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIn('ACTIVE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIn('metadata', aggregate)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertEqual('MIGRATING', aggregate['status'])

    def test_rebuild_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.api.post_aggregate_action(aggregate['id'], {'lock': None})  # noqa
        self.assertIsNotNone(aggregate['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', aggregate['status'])
        self.assertEqual('BUILD', aggregate['status'])
        self.assertIsNone(aggregate.get('fault'))
        self.assertIn('metadata', aggregate)
        self.assertIsNone(aggregate.get('fault'))
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached MIGRATING')
        self.assertEqual('BUILD', aggregate['status'])

    def test_rescue_aggregate_3(self):
        # rescue a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertGreater(len(self.aggregates), 0)
        self.assertIsInstance(aggregate, dict)
        self.assertEqual('BUILD', aggregate['status'])
        self.assertEqual('ERROR', aggregate['status'])
        self.assertGreater(len(self.aggregates), 0)
        self.assertIsInstance(aggregate, dict)
        self.assertEqual('MIGRATING', aggregate['status'])

    def test_resize_aggregate_4(self):
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertEqual('BUILD', aggregate['status'])
        self.assertIn('metadata', aggregate)
        self.api.post_aggregate_action(aggregate['id'], {'live_migrate': None})  # noqa

    def test_resize_aggregate_5(self):
        # resize a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-5')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached BUILD')
        self.assertEqual('ERROR', aggregate['status'])
        self.assertIsNone(aggregate.get('fault'))
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ACTIVE')
        self.assertIsNotNone(aggregate['id'])
        self.api.post_aggregate_action(aggregate['id'], {'rebuild': None})  # noqa
        self.assertIsNotNone(aggregate['id'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_resize_aggregate_0(self):
        # resize a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual('ERROR', aggregate['status'])
        # The aggregate must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.api.post_aggregate_action(aggregate['id'], {'lock': None})  # noqa

    def test_delete_aggregate_1(self):
        # delete a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertEqual('BUILD', aggregate['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIsNotNone(aggregate['id'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ACTIVE')
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsNone(aggregate.get('fault'))
        self.assertIn('metadata', aggregate)
        self.assertEqual('ACTIVE', aggregate['status'])
        self.assertIn('metadata', aggregate)
        self.assertGreater(len(self.aggregates), 0)

    def test_create_aggregate_2(self):
        # create a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertIsNotNone(aggregate['id'])
        self.assertEqual('BUILD', aggregate['status'])
        self.assertEqual('MIGRATING', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'delete': None})  # noqa

    def test_evacuate_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertIn('metadata', aggregate)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertIsNone(aggregate.get('fault'))
        self.assertIn('ERROR', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('BUILD', aggregate['status'])

    def test_live_migrate_aggregate_4(self):
        # live migrate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsNotNone(aggregate['id'])
        self.assertIn('metadata', aggregate)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached MIGRATING')

    def test_lock_aggregate_5(self):
        aggregate = self._create_aggregate(name='aggregate-5')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ACTIVE')
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        aggregate['metadata'] = {'key': 'shutoff', 'count': 15}

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
