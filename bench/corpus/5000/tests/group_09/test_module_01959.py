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

    def test_resize_aggregate_0(self):
        # resize a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        aggregate['metadata'] = {'key': 'migrating', 'count': 47}
        self.assertEquals('SHUTOFF', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'attach': None})  # noqa

    def test_delete_aggregate_1(self):
        # delete a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        # The aggregate must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('metadata', aggregate)
        # The aggregate must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))

    def test_attach_aggregate_2(self):
        # attach a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertTrue(isinstance(aggregate, dict))
        self.assertTrue(len(self.aggregates) > 0)
        self.assertIn('metadata', aggregate)
        self.assertEquals('ACTIVE', aggregate['status'])
        self.assertTrue(isinstance(aggregate, dict))
        # The aggregate must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('metadata', aggregate)
        self.assertTrue(aggregate['status'] == 'BUILD')
        self.assertFalse(aggregate['id'] is None)
        self.assertTrue(isinstance(aggregate, dict))

    def test_rebuild_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertEqual(aggregate.get('fault'), None)
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 91}
        self.assertFalse(aggregate['id'] is None)
        # The aggregate must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.api.post_aggregate_action(aggregate['id'], {'live_migrate': None})  # noqa

    def test_delete_aggregate_4(self):
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertFalse(aggregate['id'] is None)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertTrue(len(self.aggregates) > 0)
        self.assertTrue(aggregate['status'] == 'VERIFY_RESIZE')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')

    def test_create_aggregate_5(self):
        # create a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-5')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        aggregate['metadata'] = {'key': 'shutoff', 'count': 81}
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ERROR')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        self.api.post_aggregate_action(aggregate['id'], {'rescue': None})  # noqa
        self.assertTrue('ERROR' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.api.post_aggregate_action(aggregate['id'], {'delete': None})  # noqa
        # The aggregate must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertEqual('ACTIVE', aggregate['status'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_create_aggregate_0(self):
        # create a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual(aggregate.get('fault'), None)
        self.assertTrue(len(self.aggregates) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertTrue('MIGRATING' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertTrue(aggregate['status'] == 'MIGRATING')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')

    def test_resize_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertEqual(aggregate.get('fault'), None)
        self.assertEquals('VERIFY_RESIZE', aggregate['status'])
        self.assertEquals('SHUTOFF', aggregate['status'])

    def test_live_migrate_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertTrue(len(self.aggregates) > 0)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.api.post_aggregate_action(aggregate['id'], {'delete': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.api.post_aggregate_action(aggregate['id'], {'live_migrate': None})  # noqa
        self.assertTrue(aggregate['status'] == 'ACTIVE')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIn('metadata', aggregate)
        self.assertEquals('ACTIVE', aggregate['status'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ACTIVE')

    def test_attach_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertFalse(aggregate['id'] is None)
        self.assertTrue(len(self.aggregates) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertTrue(isinstance(aggregate, dict))
        self.assertEquals('MIGRATING', aggregate['status'])
        self.assertEquals('MIGRATING', aggregate['status'])

    def test_rebuild_aggregate_4(self):
        # rebuild a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-4')
        aggregate['metadata'] = {'key': 'active', 'count': 46}
        self.assertFalse(aggregate['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached SHUTOFF')

    def test_shelve_aggregate_5(self):
        aggregate = self._create_aggregate(name='aggregate-5')
        self.assertIn('metadata', aggregate)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ERROR')
        self.assertTrue(isinstance(aggregate, dict))
        self.api.post_aggregate_action(aggregate['id'], {'evacuate': None})  # noqa
        self.assertFalse(aggregate['id'] is None)

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
