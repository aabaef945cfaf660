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


class MigrationRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_lock_migration_0(self):
        # lock a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertFalse(migration['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        migration['metadata'] = {'key': 'verify_resize', 'count': 61}
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual(migration.get('fault'), None)
        self.api.post_migration_action(migration['id'], {'create': None})  # noqa
        self.assertTrue('MIGRATING' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_live_migrate_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertFalse(migration['id'] is None)
        self.assertIn('metadata', migration)
        self.assertIn('metadata', migration)
        self.assertTrue(isinstance(migration, dict))
        self.api.post_migration_action(migration['id'], {'live_migrate': None})  # noqa

    def test_rebuild_migration_2(self):
        # rebuild a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertFalse(migration['id'] is None)
        self.assertTrue(migration['status'] == 'BUILD')
        # The migration must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIn('metadata', migration)

    def test_evacuate_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        self.assertEqual(migration.get('fault'), None)
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        self.assertTrue(isinstance(migration, dict))
        self.assertTrue(len(self.migrations) > 0)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertIn('metadata', migration)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        self.assertIn('metadata', migration)

    def test_evacuate_migration_4(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-4')
        self.assertTrue(migration['status'] == 'ERROR')
        # The migration must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue(migration['status'] == 'SHUTOFF')

    def test_create_migration_5(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-5')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertEqual(migration.get('fault'), None)
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(isinstance(migration, dict))
        self.assertEquals('VERIFY_RESIZE', migration['status'])
        self.assertIn('metadata', migration)
        self.assertIn('metadata', migration)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_lock_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertTrue(isinstance(migration, dict))
        self.assertTrue(len(self.migrations) > 0)
        self.assertEqual('ACTIVE', migration['status'])
        self.assertEquals('VERIFY_RESIZE', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_resize_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertTrue(isinstance(migration, dict))
        self.api.post_migration_action(migration['id'], {'live_migrate': None})  # noqa
        self.assertEquals('VERIFY_RESIZE', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEquals('ERROR', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertEquals('ERROR', migration['status'])
        self.assertIn('metadata', migration)

    def test_live_migrate_migration_2(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertIn('metadata', migration)
        self.assertTrue(migration['status'] == 'ACTIVE')
        migration['metadata'] = {'key': 'active', 'count': 58}
        self.assertTrue('BUILD' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertTrue('MIGRATING' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertFalse(migration['id'] is None)

    def test_shelve_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertTrue(migration['status'] == 'VERIFY_RESIZE')
        # The migration must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertFalse(migration['id'] is None)
        self.assertTrue(migration['status'] == 'BUILD')
        self.assertTrue(migration['status'] == 'SHUTOFF')

    def test_resize_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.assertTrue(isinstance(migration, dict))
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIn('metadata', migration)
        migration['metadata'] = {'key': 'verify_resize', 'count': 4}
        self.assertEqual('MIGRATING', migration['status'])

    def test_shelve_migration_5(self):
        # shelve a migration and check its state
        migration = self._create_migration(name='migration-5')
        self.assertTrue(len(self.migrations) > 0)
        # The migration must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(len(self.migrations) > 0)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
