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

    def test_live_migrate_migration_0(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertIn('metadata', migration)
        migration['metadata'] = {'key': 'error', 'count': 41}
        migration['metadata'] = {'key': 'verify_resize', 'count': 53}
        self.assertIn('metadata', migration)
        migration['metadata'] = {'key': 'verify_resize', 'count': 8}

    def test_rebuild_migration_1(self):
        # rebuild a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertEqual('ERROR', migration['status'])
        self.assertEqual('MIGRATING', migration['status'])
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertEqual('MIGRATING', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsNotNone(migration['id'])
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertIsInstance(migration, dict)
        self.assertEqual('SHUTOFF', migration['status'])

    def test_live_migrate_migration_2(self):
        migration = self._create_migration(name='migration-2')
        migration['metadata'] = {'key': 'verify_resize', 'count': 42}
        self.assertEqual('ERROR', migration['status'])
        self.assertIn('metadata', migration)
        self.assertGreater(len(self.migrations), 0)
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def test_live_migrate_migration_3(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-3')
        self.assertEqual('MIGRATING', migration['status'])
        self.assertEqual('MIGRATING', migration['status'])
        self.assertIsNone(migration.get('fault'))
        self.assertIsNone(migration.get('fault'))

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
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIsNone(migration.get('fault'))
        self.assertIsNone(migration.get('fault'))

    def test_create_migration_1(self):
        migration = self._create_migration(name='migration-1')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_live_migrate_migration_2(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertIsInstance(migration, dict)
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
