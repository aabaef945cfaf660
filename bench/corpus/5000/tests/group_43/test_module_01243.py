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

    def test_lock_aggregate_0(self):
        # lock a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertIsNotNone(aggregate['id'])
        aggregate['metadata'] = {'key': 'migrating', 'count': 22}
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', aggregate['status'])
        self.assertIn('metadata', aggregate)
        self.assertIsNotNone(aggregate['id'])
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 65}
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())

    def test_resize_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsInstance(aggregate, dict)
        self.assertIsInstance(aggregate, dict)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        self.api.post_aggregate_action(aggregate['id'], {'resize': None})  # noqa
        self.assertIsNone(aggregate.get('fault'))
        self.assertIn('metadata', aggregate)
        self.api.post_aggregate_action(aggregate['id'], {'evacuate': None})  # noqa
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        self.assertIsInstance(aggregate, dict)

    def test_evacuate_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertIsNone(aggregate.get('fault'))
        self.assertGreater(len(self.aggregates), 0)
        self.assertEqual('ACTIVE', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'attach': None})  # noqa
        self.assertEqual('ACTIVE', aggregate['status'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertIsInstance(aggregate, dict)

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_attach_aggregate_0(self):
        # attach a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached BUILD')
        self.assertGreater(len(self.aggregates), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        self.assertGreater(len(self.aggregates), 0)
        self.assertIn('ACTIVE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertGreater(len(self.aggregates), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())

    def test_create_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', aggregate['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIn('metadata', aggregate)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached BUILD')
        self.api.post_aggregate_action(aggregate['id'], {'evacuate': None})  # noqa

    def test_live_migrate_aggregate_2(self):
        # live migrate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertIn('metadata', aggregate)
        self.assertIn('metadata', aggregate)
        # The aggregate must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
