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

    def test_create_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertTrue(len(self.migrations) > 0)
        self.assertEqual(migration.get('fault'), None)
        self.assertFalse(migration['id'] is None)

    def test_delete_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(migration['status'] == 'VERIFY_RESIZE')
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertFalse(migration['id'] is None)
        self.assertIn('metadata', migration)

    def test_rescue_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertTrue(isinstance(migration, dict))
        # The migration must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        # The migration must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))

    def test_lock_migration_3(self):
        # lock a migration and check its state
        migration = self._create_migration(name='migration-3')
        migration['metadata'] = {'key': 'error', 'count': 97}
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        self.assertTrue(migration['status'] == 'SHUTOFF')
        self.assertTrue(isinstance(migration, dict))
        self.assertEqual(migration.get('fault'), None)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        migration['metadata'] = {'key': 'build', 'count': 63}
        self.assertTrue(isinstance(migration, dict))

    def test_resize_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.assertIn('metadata', migration)
        self.assertTrue(migration['status'] == 'BUILD')
        self.assertFalse(migration['id'] is None)

    def test_live_migrate_migration_5(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-5')
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        # The migration must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue(len(self.migrations) > 0)
        self.assertTrue(isinstance(migration, dict))
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(migration['status'] == 'SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
