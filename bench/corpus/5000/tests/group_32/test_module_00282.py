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

    def test_rescue_migration_0(self):
        # rescue a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertIsNotNone(migration['id'])
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNone(migration.get('fault'))
        self.assertIsInstance(migration, dict)

    def test_lock_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertIsInstance(migration, dict)
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertGreater(len(self.migrations), 0)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIsNotNone(migration['id'])
        self.assertIsInstance(migration, dict)

    def test_shelve_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertIn('metadata', migration)
        self.assertEqual('MIGRATING', migration['status'])
        self.assertIsNotNone(migration['id'])
        self.assertIsNone(migration.get('fault'))
        self.api.post_migration_action(migration['id'], {'lock': None})  # noqa
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNotNone(migration['id'])

    def test_rebuild_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertIsNotNone(migration['id'])
        self.assertGreater(len(self.migrations), 0)
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa
        self.api.post_migration_action(migration['id'], {'evacuate': None})  # noqa
        self.api.post_migration_action(migration['id'], {'rebuild': None})  # noqa
        self.assertEqual('MIGRATING', migration['status'])
        self.assertEqual('MIGRATING', migration['status'])
        self.assertIsNone(migration.get('fault'))

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
