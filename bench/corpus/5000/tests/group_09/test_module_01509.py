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

    def test_shelve_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertTrue(isinstance(aggregate, dict))
        self.assertIn('metadata', aggregate)
        # The aggregate must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertEqual('BUILD', aggregate['status'])
        # The aggregate must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('metadata', aggregate)
        self.assertEqual(aggregate.get('fault'), None)
        self.assertEquals('BUILD', aggregate['status'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def test_rebuild_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        self.api.post_aggregate_action(aggregate['id'], {'attach': None})  # noqa
        # The aggregate must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('metadata', aggregate)
        self.assertTrue(isinstance(aggregate, dict))

    def test_resize_aggregate_2(self):
        # resize a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertEqual('ACTIVE', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'shelve': None})  # noqa
        self.assertTrue(aggregate['status'] == 'MIGRATING')
        self.assertTrue(len(self.aggregates) > 0)
        self.api.post_aggregate_action(aggregate['id'], {'rescue': None})  # noqa
        self.assertTrue(len(self.aggregates) > 0)
        self.assertTrue(aggregate['status'] == 'ACTIVE')
        self.api.post_aggregate_action(aggregate['id'], {'resize': None})  # noqa
        self.assertIn('metadata', aggregate)

    def test_evacuate_aggregate_3(self):
        # evacuate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-3')
        self.api.post_aggregate_action(aggregate['id'], {'rescue': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertTrue('MIGRATING' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertTrue(aggregate['status'] == 'ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertTrue(len(self.aggregates) > 0)
        # The aggregate must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
