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

    def test_lock_aggregate_0(self):
        # lock a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual('SHUTOFF', aggregate['status'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached BUILD')
        self.api.post_aggregate_action(aggregate['id'], {'rescue': None})  # noqa

    def test_rescue_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        aggregate['metadata'] = {'key': 'shutoff', 'count': 22}
        self.assertIn('MIGRATING', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        # The aggregate must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))

    def test_resize_aggregate_2(self):
        # resize a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ERROR')
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertIsNotNone(aggregate['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsInstance(aggregate, dict)

    def test_delete_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertEqual('MIGRATING', aggregate['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIn('metadata', aggregate)
        self.assertIsInstance(aggregate, dict)
        self.assertIn('metadata', aggregate)
        self.assertIsInstance(aggregate, dict)
        self.assertIn('SHUTOFF', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached SHUTOFF')

    def test_live_migrate_aggregate_4(self):
        aggregate = self._create_aggregate(name='aggregate-4')
        # The aggregate must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIsNone(aggregate.get('fault'))
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 27}
        aggregate['metadata'] = {'key': 'active', 'count': 70}
        self.assertEqual('MIGRATING', aggregate['status'])
        aggregate['metadata'] = {'key': 'shutoff', 'count': 21}
        self.assertIsNotNone(aggregate['id'])
        self.assertIn('metadata', aggregate)

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
