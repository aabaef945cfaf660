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


class AggregateLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_rebuild_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        aggregate['metadata'] = {'key': 'migrating', 'count': 2}
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIsNone(aggregate.get('fault'))
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached SHUTOFF')
        self.assertEqual('MIGRATING', aggregate['status'])
        aggregate['metadata'] = {'key': 'active', 'count': 90}
        self.assertGreater(len(self.aggregates), 0)
        self.assertIn('metadata', aggregate)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached BUILD')

    def test_lock_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIsNone(aggregate.get('fault'))
        aggregate['metadata'] = {'key': 'migrating', 'count': 78}
        # The aggregate must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('MIGRATING', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def test_rebuild_aggregate_2(self):
        # rebuild a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsNone(aggregate.get('fault'))
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached BUILD')

    def test_delete_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsInstance(aggregate, dict)
        self.assertEqual('MIGRATING', aggregate['status'])
        # The aggregate must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))

    def test_shelve_aggregate_4(self):
        # shelve a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertEqual('BUILD', aggregate['status'])
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertGreater(len(self.aggregates), 0)
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsNotNone(aggregate['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def test_rebuild_aggregate_5(self):
        aggregate = self._create_aggregate(name='aggregate-5')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached MIGRATING')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ERROR')
        self.assertIsNone(aggregate.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached MIGRATING')
        self.assertIn('metadata', aggregate)
        self.assertIn('BUILD', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 84}
        # The aggregate must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('metadata', aggregate)

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
