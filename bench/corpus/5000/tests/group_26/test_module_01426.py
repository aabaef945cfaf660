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


class AggregateShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_rebuild_aggregate_0(self):
        # rebuild a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertTrue('BUILD' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIn('metadata', aggregate)
        self.assertTrue(len(self.aggregates) > 0)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        aggregate['metadata'] = {'key': 'migrating', 'count': 48}
        self.assertEqual(aggregate.get('fault'), None)
        self.assertTrue(len(self.aggregates) > 0)

    def test_delete_aggregate_1(self):
        # delete a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertEqual(aggregate.get('fault'), None)
        self.assertFalse(aggregate['id'] is None)
        self.assertTrue(isinstance(aggregate, dict))
        self.assertIn('metadata', aggregate)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())

    def test_resize_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ACTIVE')
        self.assertTrue(aggregate['status'] == 'ACTIVE')
        self.assertTrue(isinstance(aggregate, dict))

    def test_live_migrate_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ERROR')
        self.assertEqual(aggregate.get('fault'), None)
        self.assertEquals('ERROR', aggregate['status'])
        # The aggregate must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        # The aggregate must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        # The aggregate must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertTrue(isinstance(aggregate, dict))
        self.assertFalse(aggregate['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        aggregate['metadata'] = {'key': 'shutoff', 'count': 50}

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
