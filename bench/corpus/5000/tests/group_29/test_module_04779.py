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
        self.assertIn('metadata', migration)
        self.assertIsNotNone(migration['id'])
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa
        self.assertEqual('MIGRATING', migration['status'])
        self.assertGreater(len(self.migrations), 0)
        self.api.post_migration_action(migration['id'], {'evacuate': None})  # noqa
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_resize_migration_1(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertEqual('MIGRATING', migration['status'])
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        self.assertIsNone(migration.get('fault'))
        self.assertIsInstance(migration, dict)
        self.assertIsNotNone(migration['id'])
        migration['metadata'] = {'key': 'error', 'count': 27}
        self.api.post_migration_action(migration['id'], {'create': None})  # noqa
        self.assertEqual('MIGRATING', migration['status'])
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def test_shelve_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertEqual('ACTIVE', migration['status'])
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_create_migration_0(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertEqual('SHUTOFF', migration['status'])
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa
        self.assertEqual('MIGRATING', migration['status'])
        self.assertIsInstance(migration, dict)
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        migration['metadata'] = {'key': 'shutoff', 'count': 15}
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def test_rebuild_migration_1(self):
        migration = self._create_migration(name='migration-1')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        self.assertEqual('ERROR', migration['status'])
        self.assertIsNotNone(migration['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertGreater(len(self.migrations), 0)

    def test_create_migration_2(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertIsInstance(migration, dict)
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('MIGRATING', migration['status'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
