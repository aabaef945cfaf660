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


class AggregateCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_delete_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIsNone(aggregate.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())

    def test_create_aggregate_1(self):
        # create a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        # The aggregate must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIn('MIGRATING', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIsNotNone(aggregate['id'])
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        self.assertIsInstance(aggregate, dict)
        self.api.post_aggregate_action(aggregate['id'], {'attach': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])

    def test_resize_aggregate_2(self):
        # resize a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertGreater(len(self.aggregates), 0)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIsNone(aggregate.get('fault'))
        self.assertGreater(len(self.aggregates), 0)
        self.assertIn('BUILD', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.api.post_aggregate_action(aggregate['id'], {'attach': None})  # noqa
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertIsNone(aggregate.get('fault'))

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_evacuate_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertIsInstance(aggregate, dict)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIn('metadata', aggregate)
        aggregate['metadata'] = {'key': 'active', 'count': 57}
        self.assertGreater(len(self.aggregates), 0)

    def test_attach_aggregate_1(self):
        # attach a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIn('metadata', aggregate)
        self.api.post_aggregate_action(aggregate['id'], {'rescue': None})  # noqa
        self.assertIn('BUILD', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertGreater(len(self.aggregates), 0)
        self.assertIsInstance(aggregate, dict)

    def test_resize_aggregate_2(self):
        # resize a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertIsNotNone(aggregate['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertEqual('ACTIVE', aggregate['status'])
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertIn('metadata', aggregate)

    def test_attach_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertGreater(len(self.aggregates), 0)
        # The aggregate must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertGreater(len(self.aggregates), 0)
        self.assertEqual('ERROR', aggregate['status'])
        self.assertIsInstance(aggregate, dict)
        self.assertEqual('ERROR', aggregate['status'])
        # The aggregate must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'rescue': None})  # noqa
        self.assertGreater(len(self.aggregates), 0)

    def test_rebuild_aggregate_4(self):
        # rebuild a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-4')
        aggregate['metadata'] = {'key': 'migrating', 'count': 52}
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ACTIVE')
        self.api.post_aggregate_action(aggregate['id'], {'rebuild': None})  # noqa

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
