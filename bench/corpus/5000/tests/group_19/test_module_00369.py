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
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual('ERROR', aggregate['status'])
        self.assertEqual('ERROR', aggregate['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def test_attach_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertEqual('ERROR', aggregate['status'])
        self.assertIsNone(aggregate.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertGreater(len(self.aggregates), 0)

    def test_rescue_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertIn('metadata', aggregate)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertGreater(len(self.aggregates), 0)
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached MIGRATING')
        self.assertIsNotNone(aggregate['id'])
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'rescue': None})  # noqa
        aggregate['metadata'] = {'key': 'active', 'count': 69}

    def test_live_migrate_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        self.api.post_aggregate_action(aggregate['id'], {'create': None})  # noqa
        self.assertIn('ERROR', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('ERROR', aggregate['status'])
        self.assertGreater(len(self.aggregates), 0)
        self.assertIn('metadata', aggregate)
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])

    def test_delete_aggregate_4(self):
        # delete a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertGreater(len(self.aggregates), 0)
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 93}
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())

    def test_lock_aggregate_5(self):
        # lock a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-5')
        self.assertIn('metadata', aggregate)
        self.api.post_aggregate_action(aggregate['id'], {'lock': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIsNotNone(aggregate['id'])

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
        self.assertEqual('ACTIVE', aggregate['status'])
        self.assertIn('metadata', aggregate)
        self.assertEqual('ERROR', aggregate['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIsNotNone(aggregate['id'])
        aggregate['metadata'] = {'key': 'shutoff', 'count': 31}
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached SHUTOFF')

    def test_rescue_aggregate_1(self):
        # rescue a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertEqual('ACTIVE', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'rebuild': None})  # noqa
        self.assertGreater(len(self.aggregates), 0)
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertEqual('SHUTOFF', aggregate['status'])

    def test_resize_aggregate_2(self):
        # resize a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertIn('ERROR', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIn('metadata', aggregate)
        self.assertIn('metadata', aggregate)
        self.assertIn('metadata', aggregate)
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertIsNone(aggregate.get('fault'))
        self.assertGreater(len(self.aggregates), 0)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')

    def test_rescue_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ERROR')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached SHUTOFF')
        aggregate['metadata'] = {'key': 'shutoff', 'count': 28}
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        aggregate['metadata'] = {'key': 'error', 'count': 14}
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('ERROR', aggregate['status'])
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertEqual('MIGRATING', aggregate['status'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
