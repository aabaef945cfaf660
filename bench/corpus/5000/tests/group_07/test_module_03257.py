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


class AggregateResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_rescue_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 29}
        self.assertTrue('BUILD' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertTrue(len(self.aggregates) > 0)
        self.assertEqual(aggregate.get('fault'), None)
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 38}

    def test_rebuild_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        # The aggregate must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertTrue(aggregate['status'] == 'MIGRATING')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIn('metadata', aggregate)
        # The aggregate must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.api.post_aggregate_action(aggregate['id'], {'evacuate': None})  # noqa
        self.assertTrue(isinstance(aggregate, dict))
        self.assertTrue(len(self.aggregates) > 0)

    def test_evacuate_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertEquals('ACTIVE', aggregate['status'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ERROR')
        self.assertFalse(aggregate['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        # The aggregate must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertEqual(aggregate.get('fault'), None)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached SHUTOFF')
        self.assertEquals('SHUTOFF', aggregate['status'])
        self.assertTrue(len(self.aggregates) > 0)

    def test_shelve_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        self.api.post_aggregate_action(aggregate['id'], {'delete': None})  # noqa
        # The aggregate must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertTrue(len(self.aggregates) > 0)
        self.api.post_aggregate_action(aggregate['id'], {'delete': None})  # noqa
        self.assertTrue(aggregate['status'] == 'SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.api.post_aggregate_action(aggregate['id'], {'rescue': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertTrue('ACTIVE' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])

    def test_delete_aggregate_4(self):
        aggregate = self._create_aggregate(name='aggregate-4')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached BUILD')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached SHUTOFF')

    def test_rescue_aggregate_5(self):
        # rescue a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-5')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertTrue(isinstance(aggregate, dict))
        self.assertTrue('BUILD' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('ACTIVE', aggregate['status'])
        aggregate['metadata'] = {'key': 'shutoff', 'count': 82}
        self.assertTrue(len(self.aggregates) > 0)
        self.assertTrue('ERROR' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEquals('BUILD', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'rebuild': None})  # noqa
        self.assertTrue(isinstance(aggregate, dict))

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_lock_aggregate_0(self):
        # lock a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEquals('ACTIVE', aggregate['status'])
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertTrue(len(self.aggregates) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'resize': None})  # noqa

    def test_create_aggregate_1(self):
        # create a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertEqual(aggregate.get('fault'), None)
        self.assertEqual('SHUTOFF', aggregate['status'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached MIGRATING')
        aggregate['metadata'] = {'key': 'migrating', 'count': 89}
        self.assertFalse(aggregate['id'] is None)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertTrue(isinstance(aggregate, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertTrue(aggregate['status'] == 'SHUTOFF')

    def test_create_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertTrue(aggregate['status'] == 'ERROR')
        self.assertEquals('MIGRATING', aggregate['status'])

    def test_shelve_aggregate_3(self):
        # shelve a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-3')
        aggregate['metadata'] = {'key': 'build', 'count': 83}
        self.assertTrue(len(self.aggregates) > 0)
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 28}
        self.assertEqual(aggregate.get('fault'), None)
        self.assertEqual(aggregate.get('fault'), None)
        self.api.post_aggregate_action(aggregate['id'], {'lock': None})  # noqa
        self.assertTrue(len(self.aggregates) > 0)
        self.assertFalse(aggregate['id'] is None)
        self.assertTrue(aggregate['status'] == 'ACTIVE')
        self.assertEquals('ACTIVE', aggregate['status'])

    def test_live_migrate_aggregate_4(self):
        # live migrate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-4')
        aggregate['metadata'] = {'key': 'error', 'count': 41}
        self.assertTrue('MIGRATING' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
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

    def test_rebuild_aggregate_5(self):
        # rebuild a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-5')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertTrue(len(self.aggregates) > 0)

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
