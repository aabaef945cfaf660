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


class AggregateDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_lock_aggregate_0(self):
        # lock a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertFalse(aggregate['id'] is None)
        self.assertEqual(aggregate.get('fault'), None)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached SHUTOFF')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached BUILD')
        self.assertFalse(aggregate['id'] is None)
        self.assertIn('metadata', aggregate)
        self.assertIn('metadata', aggregate)
        self.api.post_aggregate_action(aggregate['id'], {'lock': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertFalse(aggregate['id'] is None)

    def test_evacuate_aggregate_1(self):
        # evacuate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertEqual(aggregate.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        aggregate['metadata'] = {'key': 'active', 'count': 91}
        self.assertEqual(aggregate.get('fault'), None)

    def test_resize_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        # The aggregate must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertTrue(aggregate['status'] == 'BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        # The aggregate must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertTrue(len(self.aggregates) > 0)
        # The aggregate must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('metadata', aggregate)
        self.assertFalse(aggregate['id'] is None)
        self.assertEquals('MIGRATING', aggregate['status'])

    def test_attach_aggregate_3(self):
        # attach a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertFalse(aggregate['id'] is None)
        self.assertIn('metadata', aggregate)
        self.assertEquals('ERROR', aggregate['status'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ACTIVE')
        self.assertTrue(isinstance(aggregate, dict))
        self.assertEqual(aggregate.get('fault'), None)

    def test_resize_aggregate_4(self):
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertEqual(aggregate.get('fault'), None)
        self.assertIn('metadata', aggregate)
        self.assertEqual(aggregate.get('fault'), None)
        self.api.post_aggregate_action(aggregate['id'], {'resize': None})  # noqa
        # The aggregate must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertTrue(isinstance(aggregate, dict))
        self.assertFalse(aggregate['id'] is None)
        self.assertTrue(isinstance(aggregate, dict))

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
