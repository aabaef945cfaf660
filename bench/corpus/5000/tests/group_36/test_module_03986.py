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


class AggregateEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_delete_aggregate_0(self):
        # delete a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertGreater(len(self.aggregates), 0)
        self.assertGreater(len(self.aggregates), 0)
        self.assertIn('metadata', aggregate)
        self.assertIsNone(aggregate.get('fault'))

    def test_rebuild_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertGreater(len(self.aggregates), 0)
        self.api.post_aggregate_action(aggregate['id'], {'rebuild': None})  # noqa
        self.assertIsNotNone(aggregate['id'])

    def test_rescue_aggregate_2(self):
        # rescue a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertIsNotNone(aggregate['id'])
        self.api.post_aggregate_action(aggregate['id'], {'delete': None})  # noqa
        self.assertGreater(len(self.aggregates), 0)
        self.assertIsNone(aggregate.get('fault'))
        self.api.post_aggregate_action(aggregate['id'], {'delete': None})  # noqa
        self.assertGreater(len(self.aggregates), 0)
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'attach': None})  # noqa
        self.assertEqual('SHUTOFF', aggregate['status'])

    def test_create_aggregate_3(self):
        # create a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIn('metadata', aggregate)
        self.assertEqual('MIGRATING', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'attach': None})  # noqa

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
