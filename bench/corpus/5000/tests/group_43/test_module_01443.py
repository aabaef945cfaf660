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

    def test_rebuild_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertTrue('ERROR' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIn('metadata', migration)
        self.assertTrue(migration['status'] == 'ERROR')
        self.assertIn('metadata', migration)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEquals('MIGRATING', migration['status'])
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa

    def test_live_migrate_migration_1(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertEqual(migration.get('fault'), None)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        self.assertEqual('MIGRATING', migration['status'])
        # The migration must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('ERROR', migration['status'])

    def test_delete_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertFalse(migration['id'] is None)
        self.assertTrue(len(self.migrations) > 0)
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        self.assertEqual(migration.get('fault'), None)
        self.assertIn('metadata', migration)
        self.assertEqual(migration.get('fault'), None)

    def test_shelve_migration_3(self):
        # shelve a migration and check its state
        migration = self._create_migration(name='migration-3')
        self.assertFalse(migration['id'] is None)
        self.assertEqual('BUILD', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa
        self.assertFalse(migration['id'] is None)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa
        self.assertTrue(len(self.migrations) > 0)

    def test_live_migrate_migration_4(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-4')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual(migration.get('fault'), None)
        self.assertEquals('BUILD', migration['status'])
        self.assertEqual('BUILD', migration['status'])
        self.assertTrue(len(self.migrations) > 0)

    def test_live_migrate_migration_5(self):
        migration = self._create_migration(name='migration-5')
        self.assertEquals('BUILD', migration['status'])
        self.assertFalse(migration['id'] is None)
        self.assertEqual('MIGRATING', migration['status'])
        self.assertEqual(migration.get('fault'), None)
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa
        self.assertTrue(isinstance(migration, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        migration['metadata'] = {'key': 'build', 'count': 30}

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_live_migrate_migration_0(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        # The migration must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertEquals('MIGRATING', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_delete_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertTrue(isinstance(migration, dict))
        self.assertTrue(migration['status'] == 'SHUTOFF')
        migration['metadata'] = {'key': 'verify_resize', 'count': 32}
        self.assertTrue(len(self.migrations) > 0)
        self.assertEqual(migration.get('fault'), None)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertEquals('ERROR', migration['status'])
        self.assertEquals('ACTIVE', migration['status'])
        self.assertTrue(isinstance(migration, dict))

    def test_shelve_migration_2(self):
        # shelve a migration and check its state
        migration = self._create_migration(name='migration-2')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertIn('metadata', migration)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        # The migration must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEquals('VERIFY_RESIZE', migration['status'])
        self.assertFalse(migration['id'] is None)
        self.assertEqual('BUILD', migration['status'])
        migration['metadata'] = {'key': 'migrating', 'count': 28}
        self.assertTrue(isinstance(migration, dict))
        self.assertTrue(len(self.migrations) > 0)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
