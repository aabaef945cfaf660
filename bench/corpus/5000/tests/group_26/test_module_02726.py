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


class AggregateCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_rebuild_aggregate_0(self):
        # rebuild a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('BUILD', aggregate['status'])
        self.assertIsInstance(aggregate, dict)
        # The aggregate must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.api.post_aggregate_action(aggregate['id'], {'create': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached SHUTOFF')

    def test_create_aggregate_1(self):
        # create a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIsNone(aggregate.get('fault'))
        self.assertEqual('BUILD', aggregate['status'])
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])

    def test_evacuate_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertIsNone(aggregate.get('fault'))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertGreater(len(self.aggregates), 0)
        self.assertIn('MIGRATING', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        aggregate['metadata'] = {'key': 'active', 'count': 31}
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached MIGRATING')
        self.assertEqual('BUILD', aggregate['status'])
        self.assertIsNone(aggregate.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())

    def test_lock_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertGreater(len(self.aggregates), 0)
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertGreater(len(self.aggregates), 0)
        self.api.post_aggregate_action(aggregate['id'], {'delete': None})  # noqa
        self.assertIsNone(aggregate.get('fault'))
        self.assertGreater(len(self.aggregates), 0)

    def test_shelve_aggregate_4(self):
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsInstance(aggregate, dict)
        self.assertEqual('SHUTOFF', aggregate['status'])
        aggregate['metadata'] = {'key': 'build', 'count': 35}
        self.assertIsInstance(aggregate, dict)
        self.assertGreater(len(self.aggregates), 0)
        aggregate['metadata'] = {'key': 'shutoff', 'count': 9}
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached SHUTOFF')
        self.assertIsNotNone(aggregate['id'])
        self.assertIsInstance(aggregate, dict)

    def test_live_migrate_aggregate_5(self):
        aggregate = self._create_aggregate(name='aggregate-5')
        self.assertEqual('SHUTOFF', aggregate['status'])
        # The aggregate must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertEqual('BUILD', aggregate['status'])
        # The aggregate must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
