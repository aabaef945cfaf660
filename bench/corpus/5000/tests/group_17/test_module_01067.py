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

    def test_lock_aggregate_0(self):
        # lock a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.api.post_aggregate_action(aggregate['id'], {'rebuild': None})  # noqa
        aggregate['metadata'] = {'key': 'active', 'count': 28}
        self.assertFalse(aggregate['id'] is None)
        # The aggregate must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('metadata', aggregate)
        self.assertTrue(aggregate['status'] == 'MIGRATING')
        self.assertFalse(aggregate['id'] is None)
        self.api.post_aggregate_action(aggregate['id'], {'create': None})  # noqa
        self.assertTrue(len(self.aggregates) > 0)

    def test_attach_aggregate_1(self):
        # attach a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIn('metadata', aggregate)
        self.assertEqual(aggregate.get('fault'), None)
        self.assertTrue('BUILD' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEquals('ERROR', aggregate['status'])
        self.assertEqual(aggregate.get('fault'), None)
        self.assertTrue(aggregate['status'] == 'VERIFY_RESIZE')
        self.assertTrue(aggregate['status'] == 'ERROR')
        self.api.post_aggregate_action(aggregate['id'], {'rescue': None})  # noqa

    def test_evacuate_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertIn('metadata', aggregate)
        self.assertEqual('ERROR', aggregate['status'])
        self.assertTrue(aggregate['status'] == 'ERROR')
        self.assertFalse(aggregate['id'] is None)
        # The aggregate must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertFalse(aggregate['id'] is None)
        self.assertTrue('BUILD' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertTrue(isinstance(aggregate, dict))
        self.assertFalse(aggregate['id'] is None)

    def test_evacuate_aggregate_3(self):
        # evacuate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertIn('metadata', aggregate)
        self.assertTrue(isinstance(aggregate, dict))
        self.api.post_aggregate_action(aggregate['id'], {'delete': None})  # noqa
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 66}
        self.assertEqual(aggregate.get('fault'), None)
        self.assertIn('metadata', aggregate)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ERROR')
        self.assertFalse(aggregate['id'] is None)
        self.assertEquals('SHUTOFF', aggregate['status'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_resize_aggregate_0(self):
        # resize a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertEquals('VERIFY_RESIZE', aggregate['status'])
        self.assertTrue(len(self.aggregates) > 0)
        self.api.post_aggregate_action(aggregate['id'], {'resize': None})  # noqa
        self.assertTrue(isinstance(aggregate, dict))
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEquals('BUILD', aggregate['status'])

    def test_create_aggregate_1(self):
        # create a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIn('metadata', aggregate)
        # The aggregate must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertTrue(aggregate['status'] == 'BUILD')
        self.assertTrue(len(self.aggregates) > 0)
        self.assertFalse(aggregate['id'] is None)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def test_lock_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertFalse(aggregate['id'] is None)
        # The aggregate must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertTrue('ERROR' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.api.post_aggregate_action(aggregate['id'], {'attach': None})  # noqa
        self.assertTrue(len(self.aggregates) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual(aggregate.get('fault'), None)

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
