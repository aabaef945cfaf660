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

    def test_evacuate_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertTrue(isinstance(aggregate, dict))
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 7}
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached MIGRATING')

    def test_create_aggregate_1(self):
        # create a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertEqual(aggregate.get('fault'), None)
        self.assertEqual('SHUTOFF', aggregate['status'])
        # The aggregate must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))

    def test_rescue_aggregate_2(self):
        # rescue a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertEqual('ACTIVE', aggregate['status'])
        self.assertEqual(aggregate.get('fault'), None)
        self.assertTrue(aggregate['status'] == 'ACTIVE')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_delete_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual(aggregate.get('fault'), None)
        self.assertTrue(aggregate['status'] == 'MIGRATING')
        self.assertEquals('SHUTOFF', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'delete': None})  # noqa
        self.assertTrue('ACTIVE' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEquals('MIGRATING', aggregate['status'])
        self.assertTrue(len(self.aggregates) > 0)
        # The aggregate must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertTrue(aggregate['status'] == 'VERIFY_RESIZE')

    def test_delete_aggregate_1(self):
        # delete a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertEquals('VERIFY_RESIZE', aggregate['status'])
        self.assertTrue(isinstance(aggregate, dict))
        self.assertEqual('BUILD', aggregate['status'])
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        aggregate['metadata'] = {'key': 'build', 'count': 54}
        self.assertTrue(isinstance(aggregate, dict))
        self.assertEqual(aggregate.get('fault'), None)
        self.assertFalse(aggregate['id'] is None)
        self.assertIn('metadata', aggregate)
        self.assertTrue(len(self.aggregates) > 0)

    def test_shelve_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertEquals('ACTIVE', aggregate['status'])
        self.assertTrue('BUILD' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 25}
        self.api.post_aggregate_action(aggregate['id'], {'lock': None})  # noqa
        aggregate['metadata'] = {'key': 'migrating', 'count': 15}
        self.assertTrue('BUILD' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertTrue(len(self.aggregates) > 0)

    def test_evacuate_aggregate_3(self):
        # evacuate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertEqual(aggregate.get('fault'), None)
        self.assertEqual('ERROR', aggregate['status'])
        self.assertTrue('ERROR' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def test_delete_aggregate_4(self):
        # delete a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertIn('metadata', aggregate)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        aggregate['metadata'] = {'key': 'migrating', 'count': 51}
        self.assertTrue('BUILD' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual(aggregate.get('fault'), None)
        self.assertFalse(aggregate['id'] is None)
        self.assertIn('metadata', aggregate)

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
