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


class MigrationRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_shelve_migration_0(self):
        # shelve a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertFalse(migration['id'] is None)
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(len(self.migrations) > 0)
        self.assertTrue(len(self.migrations) > 0)
        self.assertEqual(migration.get('fault'), None)
        self.assertEqual(migration.get('fault'), None)
        self.assertEqual(migration.get('fault'), None)
        # The migration must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('ACTIVE', migration['status'])
        migration['metadata'] = {'key': 'migrating', 'count': 3}

    def test_live_migrate_migration_1(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-1')
        # The migration must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue(len(self.migrations) > 0)
        migration['metadata'] = {'key': 'shutoff', 'count': 99}
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        # The migration must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertFalse(migration['id'] is None)

    def test_rebuild_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.api.post_migration_action(migration['id'], {'rebuild': None})  # noqa
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa
        migration['metadata'] = {'key': 'build', 'count': 48}

    def test_attach_migration_3(self):
        # attach a migration and check its state
        migration = self._create_migration(name='migration-3')
        self.assertTrue(isinstance(migration, dict))
        # The migration must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual(migration.get('fault'), None)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_live_migrate_migration_0(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertTrue(isinstance(migration, dict))
        self.assertEquals('SHUTOFF', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')

    def test_live_migrate_migration_1(self):
        migration = self._create_migration(name='migration-1')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertIn('metadata', migration)
        self.api.post_migration_action(migration['id'], {'live_migrate': None})  # noqa
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertTrue(migration['status'] == 'ERROR')
        self.assertTrue(len(self.migrations) > 0)

    def test_attach_migration_2(self):
        # attach a migration and check its state
        migration = self._create_migration(name='migration-2')
        # The migration must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.api.post_migration_action(migration['id'], {'create': None})  # noqa
        self.assertFalse(migration['id'] is None)
        self.assertEquals('ACTIVE', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        migration['metadata'] = {'key': 'verify_resize', 'count': 50}
        self.assertIn('metadata', migration)
        # The migration must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))

    def test_evacuate_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertEqual(migration.get('fault'), None)
        self.assertFalse(migration['id'] is None)
        self.assertTrue(migration['status'] == 'SHUTOFF')
        # The migration must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))

    def test_rescue_migration_4(self):
        # rescue a migration and check its state
        migration = self._create_migration(name='migration-4')
        self.assertTrue(len(self.migrations) > 0)
        self.assertFalse(migration['id'] is None)
        self.assertFalse(migration['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
