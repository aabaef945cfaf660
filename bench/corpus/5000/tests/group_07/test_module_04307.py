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

    def test_delete_aggregate_0(self):
        # delete a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual('SHUTOFF', aggregate['status'])
        # The aggregate must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertTrue(isinstance(aggregate, dict))
        self.assertIn('metadata', aggregate)

    def test_delete_aggregate_1(self):
        # delete a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.api.post_aggregate_action(aggregate['id'], {'live_migrate': None})  # noqa
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertEqual('ERROR', aggregate['status'])
        self.assertTrue(aggregate['status'] == 'MIGRATING')
        self.assertIn('metadata', aggregate)
        self.assertEqual(aggregate.get('fault'), None)
        self.assertIn('metadata', aggregate)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertTrue(aggregate['status'] == 'BUILD')

    def test_create_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertTrue(aggregate['status'] == 'MIGRATING')
        self.assertTrue(len(self.aggregates) > 0)
        self.assertTrue(len(self.aggregates) > 0)
        aggregate['metadata'] = {'key': 'migrating', 'count': 54}
        self.api.post_aggregate_action(aggregate['id'], {'attach': None})  # noqa
        self.assertIn('metadata', aggregate)

    def test_resize_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertTrue(isinstance(aggregate, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        aggregate['metadata'] = {'key': 'shutoff', 'count': 11}
        self.assertIn('metadata', aggregate)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual(aggregate.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertTrue(len(self.aggregates) > 0)

    def test_live_migrate_aggregate_4(self):
        aggregate = self._create_aggregate(name='aggregate-4')
        # The aggregate must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.api.post_aggregate_action(aggregate['id'], {'rebuild': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', aggregate['status'])
        self.assertEqual(aggregate.get('fault'), None)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')

    def test_rescue_aggregate_5(self):
        # rescue a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-5')
        self.assertEquals('VERIFY_RESIZE', aggregate['status'])
        self.assertFalse(aggregate['id'] is None)
        aggregate['metadata'] = {'key': 'shutoff', 'count': 91}
        self.assertEqual(aggregate.get('fault'), None)
        self.assertFalse(aggregate['id'] is None)
        self.assertIn('metadata', aggregate)
        self.assertFalse(aggregate['id'] is None)
        self.assertFalse(aggregate['id'] is None)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ERROR')
        aggregate['metadata'] = {'key': 'build', 'count': 25}

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
