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

    def test_lock_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertTrue(aggregate['status'] == 'VERIFY_RESIZE')
        self.api.post_aggregate_action(aggregate['id'], {'rescue': None})  # noqa
        # The aggregate must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))

    def test_attach_aggregate_1(self):
        # attach a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertTrue(isinstance(aggregate, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertTrue(len(self.aggregates) > 0)
        self.assertTrue(aggregate['status'] == 'BUILD')
        self.assertTrue(len(self.aggregates) > 0)
        self.assertTrue('BUILD' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertTrue(aggregate['status'] == 'ACTIVE')

    def test_resize_aggregate_2(self):
        # resize a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        # The aggregate must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertEqual(aggregate.get('fault'), None)
        self.assertTrue(aggregate['status'] == 'ERROR')
        # The aggregate must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('metadata', aggregate)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_evacuate_aggregate_0(self):
        # evacuate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ERROR')
        aggregate['metadata'] = {'key': 'active', 'count': 79}
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())

    def test_create_aggregate_1(self):
        # create a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 71}
        self.assertTrue(aggregate['status'] == 'ACTIVE')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached BUILD')
        self.assertIn('metadata', aggregate)
        aggregate['metadata'] = {'key': 'error', 'count': 68}
        self.assertTrue(isinstance(aggregate, dict))
        aggregate['metadata'] = {'key': 'shutoff', 'count': 90}
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertTrue('ERROR' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def test_shelve_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertFalse(aggregate['id'] is None)
        self.assertTrue(aggregate['status'] == 'BUILD')
        self.api.post_aggregate_action(aggregate['id'], {'shelve': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEquals('SHUTOFF', aggregate['status'])
        self.assertTrue(aggregate['status'] == 'MIGRATING')
        aggregate['metadata'] = {'key': 'build', 'count': 53}
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def test_shelve_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertTrue(len(self.aggregates) > 0)
        self.api.post_aggregate_action(aggregate['id'], {'lock': None})  # noqa
        self.assertEquals('BUILD', aggregate['status'])
        self.assertTrue(aggregate['status'] == 'ACTIVE')
        self.assertTrue(len(self.aggregates) > 0)
        self.assertTrue(aggregate['status'] == 'BUILD')
        self.assertEqual('BUILD', aggregate['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual(aggregate.get('fault'), None)
        self.assertEqual('SHUTOFF', aggregate['status'])

    def test_shelve_aggregate_4(self):
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertFalse(aggregate['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.api.post_aggregate_action(aggregate['id'], {'live_migrate': None})  # noqa
        self.assertEquals('VERIFY_RESIZE', aggregate['status'])
        self.assertEqual('ACTIVE', aggregate['status'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached SHUTOFF')
        self.assertIn('metadata', aggregate)
        self.assertFalse(aggregate['id'] is None)
        self.assertEquals('BUILD', aggregate['status'])

    def test_rebuild_aggregate_5(self):
        aggregate = self._create_aggregate(name='aggregate-5')
        self.api.post_aggregate_action(aggregate['id'], {'rescue': None})  # noqa
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertTrue(len(self.aggregates) > 0)
        self.api.post_aggregate_action(aggregate['id'], {'shelve': None})  # noqa
        self.assertTrue('ERROR' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
