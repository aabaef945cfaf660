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

    def test_lock_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual(aggregate.get('fault'), None)
        self.assertTrue(isinstance(aggregate, dict))
        self.assertTrue(len(self.aggregates) > 0)

    def test_resize_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertTrue(aggregate['status'] == 'BUILD')
        # The aggregate must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertTrue(aggregate['status'] == 'ERROR')
        self.assertFalse(aggregate['id'] is None)
        self.assertEqual('ERROR', aggregate['status'])

    def test_rebuild_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertEquals('MIGRATING', aggregate['status'])
        self.assertTrue(aggregate['status'] == 'SHUTOFF')
        self.assertEqual('ERROR', aggregate['status'])
        # The aggregate must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        aggregate['metadata'] = {'key': 'build', 'count': 71}
        self.assertTrue(len(self.aggregates) > 0)
        self.assertTrue(isinstance(aggregate, dict))
        self.assertTrue(aggregate['status'] == 'BUILD')
        self.assertTrue(len(self.aggregates) > 0)
        self.assertTrue('ERROR' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def test_attach_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertTrue(aggregate['status'] == 'BUILD')
        self.assertFalse(aggregate['id'] is None)

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
