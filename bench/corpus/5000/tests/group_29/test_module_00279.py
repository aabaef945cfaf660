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


class AggregateRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_attach_aggregate_0(self):
        # attach a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertGreater(len(self.aggregates), 0)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('BUILD', aggregate['status'])
        self.assertIn('metadata', aggregate)
        # The aggregate must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertIsInstance(aggregate, dict)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def test_resize_aggregate_1(self):
        # resize a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsNone(aggregate.get('fault'))
        self.assertGreater(len(self.aggregates), 0)
        self.api.post_aggregate_action(aggregate['id'], {'evacuate': None})  # noqa
        self.assertEqual('ACTIVE', aggregate['status'])
        self.assertIsNone(aggregate.get('fault'))

    def test_shelve_aggregate_2(self):
        # shelve a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertIn('metadata', aggregate)
        aggregate['metadata'] = {'key': 'migrating', 'count': 24}
        self.assertIsNotNone(aggregate['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_lock_aggregate_0(self):
        # lock a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertIn('metadata', aggregate)
        self.assertEqual('MIGRATING', aggregate['status'])

    def test_rebuild_aggregate_1(self):
        # rebuild a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached MIGRATING')
        self.assertEqual('MIGRATING', aggregate['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertGreater(len(self.aggregates), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('BUILD', aggregate['status'])

    def test_delete_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertIn('metadata', aggregate)
        self.assertIsInstance(aggregate, dict)
        # The aggregate must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertEqual('ERROR', aggregate['status'])
        aggregate['metadata'] = {'key': 'error', 'count': 17}
        self.assertIsNotNone(aggregate['id'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ACTIVE')

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
