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

    def test_live_migrate_migration_0(self):
        migration = self._create_migration(name='migration-0')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.api.post_migration_action(migration['id'], {'lock': None})  # noqa
        self.assertIsNone(migration.get('fault'))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertIsNone(migration.get('fault'))
        self.assertIsNone(migration.get('fault'))
        # The migration must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIsInstance(migration, dict)
        migration['metadata'] = {'key': 'shutoff', 'count': 8}

    def test_delete_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertEqual('ERROR', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertIn('metadata', migration)

    def test_live_migrate_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertIsInstance(migration, dict)
        self.assertIsInstance(migration, dict)
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
