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
        self.assertTrue(len(self.aggregates) > 0)
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertTrue(aggregate['status'] == 'MIGRATING')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ERROR')
        self.assertTrue(aggregate['status'] == 'ERROR')
        # The aggregate must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        # The aggregate must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.api.post_aggregate_action(aggregate['id'], {'delete': None})  # noqa

    def test_evacuate_aggregate_1(self):
        # evacuate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertEqual('BUILD', aggregate['status'])
        self.assertEqual(aggregate.get('fault'), None)
        self.api.post_aggregate_action(aggregate['id'], {'evacuate': None})  # noqa
        self.assertFalse(aggregate['id'] is None)
        self.assertIn('metadata', aggregate)

    def test_resize_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.api.post_aggregate_action(aggregate['id'], {'live_migrate': None})  # noqa
        self.assertEquals('VERIFY_RESIZE', aggregate['status'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertTrue('MIGRATING' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.api.post_aggregate_action(aggregate['id'], {'lock': None})  # noqa
        self.assertIn('metadata', aggregate)
        self.assertFalse(aggregate['id'] is None)
        self.assertFalse(aggregate['id'] is None)
        self.assertEqual(aggregate.get('fault'), None)
        self.assertTrue(isinstance(aggregate, dict))

    def test_resize_aggregate_3(self):
        # resize a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertTrue(len(self.aggregates) > 0)
        # The aggregate must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        aggregate['metadata'] = {'key': 'error', 'count': 94}
        self.assertEqual('MIGRATING', aggregate['status'])
        # The aggregate must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertEqual(aggregate.get('fault'), None)

    def test_create_aggregate_4(self):
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertEquals('VERIFY_RESIZE', aggregate['status'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ACTIVE')
        self.api.post_aggregate_action(aggregate['id'], {'shelve': None})  # noqa

    def test_live_migrate_aggregate_5(self):
        # live migrate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-5')
        self.assertTrue(aggregate['status'] == 'BUILD')
        self.api.post_aggregate_action(aggregate['id'], {'live_migrate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertTrue('ERROR' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEquals('ACTIVE', aggregate['status'])
        self.assertFalse(aggregate['id'] is None)
        self.assertIn('metadata', aggregate)

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
