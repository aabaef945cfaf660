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
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNotNone(migration['id'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.api.post_migration_action(migration['id'], {'live_migrate': None})  # noqa
        self.assertEqual('SHUTOFF', migration['status'])

    def test_delete_migration_1(self):
        # delete a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertIsInstance(migration, dict)
        self.assertIsInstance(migration, dict)
        self.assertEqual('ERROR', migration['status'])
        self.assertIsNone(migration.get('fault'))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        migration['metadata'] = {'key': 'migrating', 'count': 78}

    def test_rebuild_migration_2(self):
        # rebuild a migration and check its state
        migration = self._create_migration(name='migration-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsInstance(migration, dict)
        self.assertIsNotNone(migration['id'])

    def test_live_migrate_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        migration['metadata'] = {'key': 'shutoff', 'count': 6}
        self.assertIsInstance(migration, dict)
        self.assertIsInstance(migration, dict)
        migration['metadata'] = {'key': 'verify_resize', 'count': 43}

    def test_live_migrate_migration_4(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-4')
        self.assertEqual('ERROR', migration['status'])
        migration['metadata'] = {'key': 'active', 'count': 3}
        self.api.post_migration_action(migration['id'], {'create': None})  # noqa
        self.assertGreater(len(self.migrations), 0)
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIn('BUILD', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        migration['metadata'] = {'key': 'active', 'count': 91}
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('ERROR', migration['status'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
