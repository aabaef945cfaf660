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


class MigrationLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_create_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertTrue(len(self.migrations) > 0)
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(len(self.migrations) > 0)
        self.assertFalse(migration['id'] is None)
        self.assertIn('metadata', migration)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')

    def test_create_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertTrue(migration['status'] == 'VERIFY_RESIZE')
        migration['metadata'] = {'key': 'shutoff', 'count': 38}
        self.assertFalse(migration['id'] is None)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        # The migration must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEquals('VERIFY_RESIZE', migration['status'])

    def test_create_migration_2(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertIn('metadata', migration)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertTrue('BUILD' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        migration['metadata'] = {'key': 'active', 'count': 90}
        self.assertFalse(migration['id'] is None)
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa

    def test_rebuild_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertIn('metadata', migration)
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        self.assertIn('metadata', migration)
        self.assertTrue(migration['status'] == 'MIGRATING')
        migration['metadata'] = {'key': 'error', 'count': 59}
        self.assertFalse(migration['id'] is None)
        migration['metadata'] = {'key': 'verify_resize', 'count': 94}
        migration['metadata'] = {'key': 'build', 'count': 34}

    def test_delete_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.api.post_migration_action(migration['id'], {'create': None})  # noqa
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_delete_migration_5(self):
        # delete a migration and check its state
        migration = self._create_migration(name='migration-5')
        self.assertIn('metadata', migration)
        # The migration must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        migration['metadata'] = {'key': 'active', 'count': 83}
        # The migration must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertFalse(migration['id'] is None)
        self.assertEquals('ACTIVE', migration['status'])
        self.assertTrue(migration['status'] == 'VERIFY_RESIZE')

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_shelve_migration_0(self):
        migration = self._create_migration(name='migration-0')
        migration['metadata'] = {'key': 'build', 'count': 79}
        self.assertEquals('ERROR', migration['status'])
        self.assertEqual('ACTIVE', migration['status'])
        migration['metadata'] = {'key': 'active', 'count': 5}
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEquals('ACTIVE', migration['status'])
        # The migration must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIn('metadata', migration)
        self.assertTrue(migration['status'] == 'SHUTOFF')
        self.assertFalse(migration['id'] is None)

    def test_lock_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEquals('MIGRATING', migration['status'])
        self.assertEqual(migration.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertTrue(isinstance(migration, dict))
        self.assertEqual('ACTIVE', migration['status'])

    def test_lock_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertEqual('SHUTOFF', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertEqual('ACTIVE', migration['status'])
        self.assertTrue(len(self.migrations) > 0)
        migration['metadata'] = {'key': 'verify_resize', 'count': 49}
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIn('metadata', migration)
        self.assertEqual('MIGRATING', migration['status'])

    def test_create_migration_3(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-3')
        self.assertEquals('ACTIVE', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertTrue(len(self.migrations) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('BUILD', migration['status'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
