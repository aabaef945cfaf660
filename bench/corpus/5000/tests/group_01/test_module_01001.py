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

    def test_evacuate_aggregate_0(self):
        # evacuate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertIsInstance(aggregate, dict)
        self.assertIn('metadata', aggregate)
        self.assertIsNotNone(aggregate['id'])

    def test_resize_aggregate_1(self):
        # resize a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIsNotNone(aggregate['id'])
        self.api.post_aggregate_action(aggregate['id'], {'shelve': None})  # noqa
        self.assertGreater(len(self.aggregates), 0)
        self.assertIsNone(aggregate.get('fault'))
        self.assertIn('SHUTOFF', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIsInstance(aggregate, dict)

    def test_rebuild_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertIsNotNone(aggregate['id'])
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertGreater(len(self.aggregates), 0)
        self.assertEqual('BUILD', aggregate['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertGreater(len(self.aggregates), 0)

    def test_resize_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertEqual('ACTIVE', aggregate['status'])
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 2}
        self.assertEqual('ACTIVE', aggregate['status'])
        self.assertEqual('ERROR', aggregate['status'])
        self.assertIsNone(aggregate.get('fault'))

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
