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

    def test_live_migrate_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertIsNotNone(aggregate['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIn('ACTIVE', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def test_live_migrate_aggregate_1(self):
        # live migrate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIsNone(aggregate.get('fault'))
        self.assertIsInstance(aggregate, dict)
        self.assertIsNotNone(aggregate['id'])
        self.assertIsNotNone(aggregate['id'])
        self.assertIsNone(aggregate.get('fault'))
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())

    def test_lock_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertIn('metadata', aggregate)
        self.assertIsNotNone(aggregate['id'])
        self.api.post_aggregate_action(aggregate['id'], {'rebuild': None})  # noqa
        self.assertEqual('SHUTOFF', aggregate['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])

    def test_attach_aggregate_3(self):
        # attach a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertIsInstance(aggregate, dict)
        self.assertIn('SHUTOFF', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertIsNone(aggregate.get('fault'))

    def test_evacuate_aggregate_4(self):
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertIn('ERROR', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIn('ERROR', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIn('metadata', aggregate)
        self.assertEqual('ERROR', aggregate['status'])

    def test_shelve_aggregate_5(self):
        # shelve a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-5')
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertIsNotNone(aggregate['id'])
        self.assertEqual('ERROR', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'evacuate': None})  # noqa
        aggregate['metadata'] = {'key': 'error', 'count': 42}
        self.api.post_aggregate_action(aggregate['id'], {'attach': None})  # noqa
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertIsNotNone(aggregate['id'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
