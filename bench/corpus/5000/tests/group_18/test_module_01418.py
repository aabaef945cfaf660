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

    def test_attach_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual('ERROR', aggregate['status'])
        aggregate['metadata'] = {'key': 'migrating', 'count': 3}
        self.assertTrue(len(self.aggregates) > 0)
        self.assertIn('metadata', aggregate)
        self.api.post_aggregate_action(aggregate['id'], {'evacuate': None})  # noqa
        self.assertEqual(aggregate.get('fault'), None)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached SHUTOFF')

    def test_rebuild_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertTrue(len(self.aggregates) > 0)
        self.assertEqual('VERIFY_RESIZE', aggregate['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIn('metadata', aggregate)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def test_shelve_aggregate_2(self):
        # shelve a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertEqual('BUILD', aggregate['status'])
        self.assertTrue(isinstance(aggregate, dict))
        self.assertTrue(aggregate['status'] == 'MIGRATING')
        # The aggregate must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertEqual('BUILD', aggregate['status'])
        self.assertIn('metadata', aggregate)
        aggregate['metadata'] = {'key': 'active', 'count': 80}

    def test_resize_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        self.api.post_aggregate_action(aggregate['id'], {'delete': None})  # noqa
        self.assertEqual(aggregate.get('fault'), None)
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 11}
        self.assertTrue(len(self.aggregates) > 0)
        self.assertEquals('VERIFY_RESIZE', aggregate['status'])
        aggregate['metadata'] = {'key': 'shutoff', 'count': 66}
        self.assertFalse(aggregate['id'] is None)

    def test_lock_aggregate_4(self):
        aggregate = self._create_aggregate(name='aggregate-4')
        aggregate['metadata'] = {'key': 'error', 'count': 11}
        self.api.post_aggregate_action(aggregate['id'], {'attach': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertTrue(len(self.aggregates) > 0)
        self.api.post_aggregate_action(aggregate['id'], {'delete': None})  # noqa
        # The aggregate must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertFalse(aggregate['id'] is None)
        self.assertEqual(aggregate.get('fault'), None)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        # The aggregate must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))

    def test_resize_aggregate_5(self):
        # resize a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-5')
        self.api.post_aggregate_action(aggregate['id'], {'create': None})  # noqa
        self.assertIn('metadata', aggregate)
        self.assertEqual('SHUTOFF', aggregate['status'])

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_delete_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertIn('metadata', aggregate)
        self.assertTrue('ERROR' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        aggregate['metadata'] = {'key': 'build', 'count': 73}

    def test_attach_aggregate_1(self):
        # attach a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        aggregate['metadata'] = {'key': 'build', 'count': 6}
        aggregate['metadata'] = {'key': 'active', 'count': 3}
        self.assertTrue(isinstance(aggregate, dict))
        self.assertTrue('BUILD' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual(aggregate.get('fault'), None)

    def test_resize_aggregate_2(self):
        # resize a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertEqual(aggregate.get('fault'), None)
        aggregate['metadata'] = {'key': 'shutoff', 'count': 69}
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 83}
        self.assertTrue('ACTIVE' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEquals('BUILD', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'delete': None})  # noqa

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
