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


class MigrationLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_live_migrate_migration_0(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertIsNone(migration.get('fault'))
        # The migration must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIsNone(migration.get('fault'))
        self.assertIn('MIGRATING', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIsInstance(migration, dict)
        self.assertIn('metadata', migration)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIn('metadata', migration)

    def test_create_migration_1(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertIn('metadata', migration)
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNone(migration.get('fault'))

    def test_delete_migration_2(self):
        # delete a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertIsInstance(migration, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIn('metadata', migration)
        self.assertEqual('MIGRATING', migration['status'])
        self.assertIsNotNone(migration['id'])
        self.assertIsNone(migration.get('fault'))
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
