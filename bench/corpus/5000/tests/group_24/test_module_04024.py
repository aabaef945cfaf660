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

    def test_create_aggregate_0(self):
        # create a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertIn('metadata', aggregate)
        self.assertGreater(len(self.aggregates), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        # The aggregate must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))

    def test_shelve_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertGreater(len(self.aggregates), 0)
        self.assertIsNone(aggregate.get('fault'))
        self.assertIn('metadata', aggregate)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        # The aggregate must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))

    def test_shelve_aggregate_2(self):
        # shelve a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertIn('metadata', aggregate)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIn('metadata', aggregate)
        self.assertEqual('MIGRATING', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'attach': None})  # noqa
        self.assertEqual('BUILD', aggregate['status'])
        self.assertEqual('ACTIVE', aggregate['status'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
