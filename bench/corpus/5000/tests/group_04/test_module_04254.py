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

    def test_live_migrate_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        aggregate['metadata'] = {'key': 'error', 'count': 52}
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('ERROR', aggregate['status'])
        aggregate['metadata'] = {'key': 'active', 'count': 64}
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertGreater(len(self.aggregates), 0)
        self.assertIsNone(aggregate.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())

    def test_evacuate_aggregate_1(self):
        # evacuate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertEqual('BUILD', aggregate['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        # The aggregate must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))

    def test_evacuate_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached MIGRATING')
        self.assertGreater(len(self.aggregates), 0)
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 6}
        self.assertIsInstance(aggregate, dict)
        self.assertEqual('ACTIVE', aggregate['status'])
        # The aggregate must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
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

    def test_rebuild_aggregate_0(self):
        # rebuild a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        aggregate['metadata'] = {'key': 'error', 'count': 4}
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertEqual('MIGRATING', aggregate['status'])
        aggregate['metadata'] = {'key': 'build', 'count': 16}

    def test_live_migrate_aggregate_1(self):
        # live migrate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertGreater(len(self.aggregates), 0)
        self.assertIsNotNone(aggregate['id'])
        self.assertIsNone(aggregate.get('fault'))
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertEqual('SHUTOFF', aggregate['status'])

    def test_rebuild_aggregate_2(self):
        # rebuild a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertEqual('SHUTOFF', aggregate['status'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.api.post_aggregate_action(aggregate['id'], {'evacuate': None})  # noqa
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 53}
        self.assertGreater(len(self.aggregates), 0)
        self.assertEqual('ERROR', aggregate['status'])
        self.assertIn('metadata', aggregate)
        self.assertIsInstance(aggregate, dict)
        aggregate['metadata'] = {'key': 'error', 'count': 1}

    def test_shelve_aggregate_3(self):
        # shelve a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertEqual('ERROR', aggregate['status'])
        self.assertGreater(len(self.aggregates), 0)
        self.assertIsNone(aggregate.get('fault'))

    def test_lock_aggregate_4(self):
        aggregate = self._create_aggregate(name='aggregate-4')
        # The aggregate must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        # The aggregate must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        aggregate['metadata'] = {'key': 'shutoff', 'count': 69}
        # The aggregate must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIsNone(aggregate.get('fault'))
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])

    def test_delete_aggregate_5(self):
        # delete a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-5')
        aggregate['metadata'] = {'key': 'build', 'count': 68}
        self.api.post_aggregate_action(aggregate['id'], {'shelve': None})  # noqa
        self.assertGreater(len(self.aggregates), 0)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        # The aggregate must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        aggregate['metadata'] = {'key': 'shutoff', 'count': 49}
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        # The aggregate must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
