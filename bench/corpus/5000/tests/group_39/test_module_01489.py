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


class AggregateLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_rebuild_aggregate_0(self):
        # rebuild a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertGreater(len(self.aggregates), 0)
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        # The aggregate must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        aggregate['metadata'] = {'key': 'error', 'count': 87}
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertIsNotNone(aggregate['id'])

    def test_shelve_aggregate_1(self):
        # shelve a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.api.post_aggregate_action(aggregate['id'], {'live_migrate': None})  # noqa
        self.assertEqual('ERROR', aggregate['status'])
        aggregate['metadata'] = {'key': 'migrating', 'count': 41}
        self.assertGreater(len(self.aggregates), 0)
        aggregate['metadata'] = {'key': 'error', 'count': 51}
        self.assertIsNotNone(aggregate['id'])
        # The aggregate must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('SHUTOFF', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertGreater(len(self.aggregates), 0)

    def test_resize_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertIsInstance(aggregate, dict)
        self.api.post_aggregate_action(aggregate['id'], {'create': None})  # noqa
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertIn('metadata', aggregate)

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
