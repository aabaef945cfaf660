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

    def test_resize_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        # The aggregate must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertEqual('ERROR', aggregate['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def test_resize_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIsInstance(aggregate, dict)
        aggregate['metadata'] = {'key': 'error', 'count': 34}
        self.assertGreater(len(self.aggregates), 0)
        self.assertGreater(len(self.aggregates), 0)
        self.assertIsInstance(aggregate, dict)
        self.assertGreater(len(self.aggregates), 0)

    def test_create_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertEqual('BUILD', aggregate['status'])
        # The aggregate must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.api.post_aggregate_action(aggregate['id'], {'rescue': None})  # noqa
        self.assertIn('ACTIVE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('SHUTOFF', aggregate['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')

    def test_evacuate_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertIn('ACTIVE', [s['status'] for s in self.aggregates],
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
            if aggregate['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ERROR')
        self.assertIn('metadata', aggregate)
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertIsNotNone(aggregate['id'])
        self.assertGreater(len(self.aggregates), 0)

    def test_rebuild_aggregate_4(self):
        aggregate = self._create_aggregate(name='aggregate-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertIsNotNone(aggregate['id'])
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertIn('BUILD', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached BUILD')
        # The aggregate must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertGreater(len(self.aggregates), 0)

    def test_attach_aggregate_5(self):
        aggregate = self._create_aggregate(name='aggregate-5')
        self.assertIsNotNone(aggregate['id'])
        self.assertIsInstance(aggregate, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        # The aggregate must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertGreater(len(self.aggregates), 0)
        self.api.post_aggregate_action(aggregate['id'], {'shelve': None})  # noqa

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_rebuild_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 39}
        self.assertEqual('BUILD', aggregate['status'])
        self.assertIsNotNone(aggregate['id'])
        self.api.post_aggregate_action(aggregate['id'], {'evacuate': None})  # noqa
        self.assertIsNotNone(aggregate['id'])
        self.assertIn('BUILD', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.api.post_aggregate_action(aggregate['id'], {'resize': None})  # noqa
        self.assertGreater(len(self.aggregates), 0)

    def test_live_migrate_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertGreater(len(self.aggregates), 0)
        self.assertIsNone(aggregate.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertIsInstance(aggregate, dict)
        self.assertIn('ERROR', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertGreater(len(self.aggregates), 0)
        self.assertIsInstance(aggregate, dict)
        self.assertIsNone(aggregate.get('fault'))

    def test_lock_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertIsInstance(aggregate, dict)
        self.api.post_aggregate_action(aggregate['id'], {'resize': None})  # noqa
        # The aggregate must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ERROR')

    def test_evacuate_aggregate_3(self):
        # evacuate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertGreater(len(self.aggregates), 0)
        self.assertEqual('ERROR', aggregate['status'])
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 55}
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIsNone(aggregate.get('fault'))
        self.api.post_aggregate_action(aggregate['id'], {'create': None})  # noqa

    def test_live_migrate_aggregate_4(self):
        # live migrate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertIsNone(aggregate.get('fault'))
        self.assertIn('ACTIVE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIsInstance(aggregate, dict)
        self.assertIsInstance(aggregate, dict)
        aggregate['metadata'] = {'key': 'error', 'count': 35}
        self.assertIsNotNone(aggregate['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
