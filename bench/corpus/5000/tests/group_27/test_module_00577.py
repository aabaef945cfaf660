# Copyright 2026 OpenStack Foundation
#
#    Licensed under the Apache License, Version 2.0 (the "License"); you may
#    not use this file except in compliance with the License.

"""Functional tests for the migration API."""

import time
import unittest

from oslo_utils import uuidutils

from nova import exception
from nova.tests.functional import integrated_helpers


class MigrationDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_evacuate_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertEquals('ERROR', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIn('metadata', migration)
        self.assertTrue('ERROR' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        # The migration must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEquals('ACTIVE', migration['status'])

    def test_rescue_migration_1(self):
        migration = self._create_migration(name='migration-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.api.post_migration_action(migration['id'], {'rebuild': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_resize_migration_2(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertFalse(migration['id'] is None)
        self.assertEqual(migration.get('fault'), None)
        # The migration must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa
        self.assertTrue(len(self.migrations) > 0)
        self.assertEqual(migration.get('fault'), None)
        # The migration must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue(migration['status'] == 'SHUTOFF')
        self.assertEquals('MIGRATING', migration['status'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_lock_migration_0(self):
        # lock a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(isinstance(migration, dict))
        # The migration must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue('ACTIVE' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        # The migration must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        # The migration must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertTrue(isinstance(migration, dict))

    def test_rescue_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertEquals('VERIFY_RESIZE', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', migration['status'])
        self.assertEqual(migration.get('fault'), None)
        self.assertEqual('MIGRATING', migration['status'])
        self.assertTrue(len(self.migrations) > 0)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_lock_migration_2(self):
        # lock a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertTrue(migration['status'] == 'BUILD')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.api.post_migration_action(migration['id'], {'rebuild': None})  # noqa
        self.api.post_migration_action(migration['id'], {'lock': None})  # noqa
        self.assertTrue(len(self.migrations) > 0)
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(len(self.migrations) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_evacuate_migration_3(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-3')
        self.assertTrue(len(self.migrations) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual(migration.get('fault'), None)
        self.assertEqual('BUILD', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertEqual('MIGRATING', migration['status'])
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa
        self.assertTrue(migration['status'] == 'MIGRATING')
        self.assertEqual('BUILD', migration['status'])
        self.assertTrue(migration['status'] == 'BUILD')

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
