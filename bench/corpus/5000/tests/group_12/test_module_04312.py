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


class AggregateLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_evacuate_aggregate_0(self):
        # evacuate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertIsInstance(aggregate, dict)
        self.assertIsNotNone(aggregate['id'])
        self.assertIsInstance(aggregate, dict)

    def test_attach_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIsNotNone(aggregate['id'])
        self.assertIsNone(aggregate.get('fault'))
        # The aggregate must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        self.assertGreater(len(self.aggregates), 0)
        # The aggregate must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsNotNone(aggregate['id'])
        self.assertGreater(len(self.aggregates), 0)

    def test_rescue_aggregate_2(self):
        # rescue a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertIn('SHUTOFF', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIsNone(aggregate.get('fault'))
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertIn('ERROR', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertGreater(len(self.aggregates), 0)
        self.assertIn('BUILD', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('BUILD', aggregate['status'])
        aggregate['metadata'] = {'key': 'active', 'count': 97}
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('ERROR', aggregate['status'])

    def test_resize_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertIn('metadata', aggregate)
        self.assertGreater(len(self.aggregates), 0)
        self.assertEqual('ERROR', aggregate['status'])
        self.assertIsInstance(aggregate, dict)
        self.assertIn('metadata', aggregate)
        self.assertEqual('ERROR', aggregate['status'])

    def test_lock_aggregate_4(self):
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertIsNone(aggregate.get('fault'))
        self.assertIn('BUILD', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('ERROR', aggregate['status'])
        self.assertIsNotNone(aggregate['id'])
        self.assertEqual('ERROR', aggregate['status'])
        self.assertIsNotNone(aggregate['id'])
        self.assertIsInstance(aggregate, dict)
        aggregate['metadata'] = {'key': 'error', 'count': 30}
        self.assertEqual('MIGRATING', aggregate['status'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
