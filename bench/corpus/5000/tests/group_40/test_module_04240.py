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


class AggregateAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_rescue_aggregate_0(self):
        # rescue a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        aggregate['metadata'] = {'key': 'build', 'count': 55}
        self.assertIsNone(aggregate.get('fault'))
        self.assertIn('ERROR', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('ERROR', aggregate['status'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached BUILD')
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        aggregate['metadata'] = {'key': 'error', 'count': 77}

    def test_resize_aggregate_1(self):
        # resize a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 91}
        self.assertEqual('ACTIVE', aggregate['status'])
        aggregate['metadata'] = {'key': 'migrating', 'count': 24}
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])

    def test_create_aggregate_2(self):
        # create a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertIsNotNone(aggregate['id'])
        self.assertIsInstance(aggregate, dict)
        self.assertIsNone(aggregate.get('fault'))
        self.assertEqual('ACTIVE', aggregate['status'])
        self.assertIsNotNone(aggregate['id'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_evacuate_aggregate_0(self):
        # evacuate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertGreater(len(self.aggregates), 0)
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertIsInstance(aggregate, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('BUILD', aggregate['status'])
        self.assertEqual('BUILD', aggregate['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        # The aggregate must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIsNotNone(aggregate['id'])

    def test_attach_aggregate_1(self):
        # attach a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIsNotNone(aggregate['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('MIGRATING', aggregate['status'])
        aggregate['metadata'] = {'key': 'shutoff', 'count': 93}
        self.assertGreater(len(self.aggregates), 0)
        aggregate['metadata'] = {'key': 'shutoff', 'count': 61}
        self.assertIsInstance(aggregate, dict)
        self.assertEqual('MIGRATING', aggregate['status'])

    def test_delete_aggregate_2(self):
        # delete a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertGreater(len(self.aggregates), 0)
        self.assertIsInstance(aggregate, dict)
        self.assertIn('metadata', aggregate)
        self.assertIsInstance(aggregate, dict)
        aggregate['metadata'] = {'key': 'build', 'count': 15}
        self.assertEqual('MIGRATING', aggregate['status'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
