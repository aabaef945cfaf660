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

    def test_resize_aggregate_0(self):
        # resize a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual('BUILD', aggregate['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIsInstance(aggregate, dict)

    def test_rescue_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIn('metadata', aggregate)
        self.assertEqual('BUILD', aggregate['status'])
        # The aggregate must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIsNone(aggregate.get('fault'))
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        self.assertIsNotNone(aggregate['id'])
        # The aggregate must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))

    def test_evacuate_aggregate_2(self):
        # evacuate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.api.post_aggregate_action(aggregate['id'], {'attach': None})  # noqa
        self.assertEqual('MIGRATING', aggregate['status'])
        aggregate['metadata'] = {'key': 'error', 'count': 96}
        self.assertIn('metadata', aggregate)

    def test_live_migrate_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        # The aggregate must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIsInstance(aggregate, dict)
        self.assertIn('ERROR', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIsInstance(aggregate, dict)
        self.assertIsNotNone(aggregate['id'])
        self.assertIn('metadata', aggregate)
        self.assertIsNone(aggregate.get('fault'))
        aggregate['metadata'] = {'key': 'migrating', 'count': 38}
        self.assertGreater(len(self.aggregates), 0)

    def test_rebuild_aggregate_4(self):
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertIn('MIGRATING', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('ACTIVE', aggregate['status'])
        aggregate['metadata'] = {'key': 'build', 'count': 87}
        # The aggregate must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.api.post_aggregate_action(aggregate['id'], {'resize': None})  # noqa
        self.assertGreater(len(self.aggregates), 0)
        self.assertIn('metadata', aggregate)
        self.assertEqual('ERROR', aggregate['status'])
        # The aggregate must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIsNotNone(aggregate['id'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_shelve_aggregate_0(self):
        # shelve a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-0')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ERROR')
        aggregate['metadata'] = {'key': 'error', 'count': 46}
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached MIGRATING')
        self.assertIsInstance(aggregate, dict)

    def test_rescue_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertIn('MIGRATING', [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertIsInstance(aggregate, dict)
        self.api.post_aggregate_action(aggregate['id'], {'resize': None})  # noqa
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ACTIVE')
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'attach': None})  # noqa

    def test_create_aggregate_2(self):
        # create a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.api.post_aggregate_action(aggregate['id'], {'attach': None})  # noqa
        self.assertIsInstance(aggregate, dict)
        self.assertIn('metadata', aggregate)
        self.assertGreater(len(self.aggregates), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        # The aggregate must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))

    def test_live_migrate_aggregate_3(self):
        # live migrate a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-3')
        # The aggregate must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(aggregate))
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('BUILD', aggregate['status'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
