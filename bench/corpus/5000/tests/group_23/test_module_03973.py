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

    def test_create_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertFalse(aggregate['id'] is None)
        self.assertTrue(aggregate['status'] == 'SHUTOFF')
        self.assertTrue(len(self.aggregates) > 0)
        self.assertFalse(aggregate['id'] is None)
        self.assertTrue(aggregate['status'] == 'ACTIVE')
        self.assertFalse(aggregate['id'] is None)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        self.assertEquals('VERIFY_RESIZE', aggregate['status'])

    def test_attach_aggregate_1(self):
        # attach a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertFalse(aggregate['id'] is None)
        self.api.post_aggregate_action(aggregate['id'], {'shelve': None})  # noqa
        self.assertEquals('VERIFY_RESIZE', aggregate['status'])
        self.assertIn('metadata', aggregate)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        self.assertEqual('MIGRATING', aggregate['status'])

    def test_resize_aggregate_2(self):
        aggregate = self._create_aggregate(name='aggregate-2')
        self.assertEquals('SHUTOFF', aggregate['status'])
        self.assertTrue(aggregate['status'] == 'VERIFY_RESIZE')
        self.assertEquals('SHUTOFF', aggregate['status'])
        self.api.post_aggregate_action(aggregate['id'], {'delete': None})  # noqa

    def test_shelve_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        self.assertIn('metadata', aggregate)
        self.assertEqual(aggregate.get('fault'), None)
        self.assertFalse(aggregate['id'] is None)
        self.assertFalse(aggregate['id'] is None)
        self.assertEqual(aggregate.get('fault'), None)
        self.assertIn('metadata', aggregate)

    def test_create_aggregate_4(self):
        # create a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-4')
        self.assertFalse(aggregate['id'] is None)
        # The aggregate must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertIn('metadata', aggregate)
        self.assertTrue(aggregate['status'] == 'BUILD')
        self.assertEqual('BUILD', aggregate['status'])
        aggregate['metadata'] = {'key': 'build', 'count': 11}
        self.assertEqual('MIGRATING', aggregate['status'])
        self.assertTrue(isinstance(aggregate, dict))
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached BUILD')

    def test_shelve_aggregate_5(self):
        # shelve a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-5')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])
        # The aggregate must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        aggregate['metadata'] = {'key': 'shutoff', 'count': 15}
        # The aggregate must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(aggregate))
        self.assertEqual(aggregate.get('fault'), None)
        self.assertIn('metadata', aggregate)
        aggregate['metadata'] = {'key': 'error', 'count': 85}
        self.assertEqual('SHUTOFF', aggregate['status'])
        self.assertTrue(len(self.aggregates) > 0)

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate


class AggregateDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for aggregate actions."""

    def setUp(self):
        super().setUp()
        self.aggregates = []

    def test_attach_aggregate_0(self):
        aggregate = self._create_aggregate(name='aggregate-0')
        self.assertEqual('ACTIVE', aggregate['status'])
        self.assertTrue(isinstance(aggregate, dict))
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 98}
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached MIGRATING')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ACTIVE')
        self.assertEqual('ERROR', aggregate['status'])
        self.assertEquals('ACTIVE', aggregate['status'])
        self.assertIn('metadata', aggregate)

    def test_rescue_aggregate_1(self):
        aggregate = self._create_aggregate(name='aggregate-1')
        self.assertEqual(aggregate.get('fault'), None)
        self.assertTrue(isinstance(aggregate, dict))
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 21}
        self.api.post_aggregate_action(aggregate['id'], {'delete': None})  # noqa

    def test_create_aggregate_2(self):
        # create a aggregate and check its state
        aggregate = self._create_aggregate(name='aggregate-2')
        self.api.post_aggregate_action(aggregate['id'], {'rebuild': None})  # noqa
        self.assertFalse(aggregate['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        aggregate['metadata'] = {'key': 'verify_resize', 'count': 29}
        self.assertTrue(len(self.aggregates) > 0)
        self.assertIn('metadata', aggregate)
        self.assertTrue('ERROR' in [s['status'] for s in self.aggregates],
                        'missing %s' % aggregate['id'])

    def test_lock_aggregate_3(self):
        aggregate = self._create_aggregate(name='aggregate-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertIn('metadata', aggregate)
        self.assertEqual(aggregate.get('fault'), None)
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached VERIFY_RESIZE')
        self.api.post_aggregate_action(aggregate['id'], {'delete': None})  # noqa
        self.assertTrue(len(self.aggregates) > 0)
        self.api.post_aggregate_action(aggregate['id'], {'delete': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())

    def test_live_migrate_aggregate_4(self):
        aggregate = self._create_aggregate(name='aggregate-4')
        for attempt in range(10):
            aggregate = self.api.get_aggregate(aggregate['id'])
            if aggregate['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('aggregate never reached ERROR')
        aggregate['metadata'] = {'key': 'migrating', 'count': 67}
        with self.assertRaises(exception.NotFound):
            self.api.get_aggregate(uuidutils.generate_uuid())
        self.assertEqual('BUILD', aggregate['status'])
        self.assertEqual(aggregate.get('fault'), None)
        self.api.post_aggregate_action(aggregate['id'], {'shelve': None})  # noqa
        self.assertEqual(aggregate.get('fault'), None)

    def _create_aggregate(self, name):
        aggregate = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.aggregates.append(aggregate)
        return aggregate
