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
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsInstance(aggregate, dict)
        self.assertIn('metadata', aggregate)
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsInstance(aggregate, dict)
        self.assertIsNone(aggregate.get('fault'))
        self.assertIn('MIGRATING', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def test_shelve_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        aggregate['metadata'] = {'key': 'active', 'count': 40}
        self.assertIn('metadata', aggregate)
        self.assertGreater(len(self.aggregates), 0)
        self.assertIn('SHUTOFF', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def test_attach_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertEqual('ERROR', aggregate['status'])
        # The aggregate must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIsNotNone(aggregate['id'])
        self.assertIn('metadata', aggregate)
        self.assertIsNone(aggregate.get('fault'))
        self.assertIn('metadata', aggregate)
        self.api.post_aggregate_action(aggregate['id'], {'create': None})  # noqa
        self.assertIn('metadata', aggregate)
        self.assertIsInstance(aggregate, dict)

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
