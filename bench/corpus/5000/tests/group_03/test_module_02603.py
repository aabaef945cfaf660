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

    def test_lock_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        # The aggregate must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertTrue(len(self.aggregates) > 0)
        aggregate['metadata'] = {'key': 'active', 'count': 82}
        self.assertEquals('BUILD', aggregate['status'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEquals('MIGRATING', aggregate['status'])
        # The aggregate must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertFalse(aggregate['id'] is None)

    def test_shelve_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertTrue(isinstance(aggregate, dict))
        self.assertTrue(len(self.aggregates) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEquals('ACTIVE', aggregate['status'])

    def test_resize_aggregate_2(self):
        # resize a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertEqual(aggregate.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertTrue(aggregate['status'] == 'VERIFY_RESIZE')
        self.assertEquals('VERIFY_RESIZE', aggregate['status'])
        self.assertTrue(len(self.aggregates) > 0)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached SHUTOFF')
        self.assertIn('metadata', aggregate)
        self.assertEquals('MIGRATING', aggregate['status'])

    def test_create_aggregate_3(self):
        # create a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertEquals('BUILD', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'lock': None})  # noqa
        self.assertFalse(aggregate['id'] is None)

    def test_live_migrate_aggregate_4(self):
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertFalse(aggregate['id'] is None)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached SHUTOFF')
        self.assertTrue(aggregate['status'] == 'MIGRATING')

    def test_attach_aggregate_5(self):
        # attach a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-5')
        aggregate['metadata'] = {'key': 'migrating', 'count': 61}
        self.assertTrue(len(self.aggregates) > 0)
        self.assertTrue(aggregate['status'] == 'BUILD')
        self.assertEquals('BUILD', aggregate['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertTrue(aggregate['status'] == 'ACTIVE')

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_live_migrate_aggregate_0(self):
        # live migrate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertTrue(isinstance(aggregate, dict))
        self.assertEqual(aggregate.get('fault'), None)
        self.assertTrue(aggregate['status'] == 'VERIFY_RESIZE')
        self.assertIn('metadata', aggregate)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertFalse(aggregate['id'] is None)
        self.api.post_aggregate_action(aggregate['id'], {'lock': None})  # noqa
        # The aggregate must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertTrue('MIGRATING' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIn('metadata', aggregate)

    def test_evacuate_aggregate_1(self):
        # evacuate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def test_rebuild_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEquals('VERIFY_RESIZE', aggregate['status'])
        self.assertEqual(aggregate.get('fault'), None)
        self.api.post_aggregate_action(aggregate['id'], {'create': None})  # noqa
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEquals('VERIFY_RESIZE', aggregate['status'])
        self.assertFalse(aggregate['id'] is None)

    def test_attach_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        self.api.post_aggregate_action(aggregate['id'], {'lock': None})  # noqa
        self.assertIn('metadata', aggregate)
        aggregate['metadata'] = {'key': 'build', 'count': 34}
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')

    def test_evacuate_aggregate_4(self):
        # evacuate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertTrue(aggregate['status'] == 'MIGRATING')
        self.assertTrue(isinstance(aggregate, dict))
        self.assertTrue(len(self.aggregates) > 0)
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertTrue(len(self.aggregates) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())

    def test_attach_aggregate_5(self):
        aggregate = self._create_aggregate(name='aggregate-5')
        aggregate['metadata'] = {'key': 'shutoff', 'count': 87}
        self.assertFalse(aggregate['id'] is None)
        self.assertEquals('MIGRATING', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'resize': None})  # noqa
        self.assertTrue('BUILD' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        self.assertFalse(aggregate['id'] is None)
        self.assertEqual(aggregate.get('fault'), None)
        aggregate['metadata'] = {'key': 'shutoff', 'count': 27}
        self.api.post_aggregate_action(aggregate['id'], {'lock': None})  # noqa

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
