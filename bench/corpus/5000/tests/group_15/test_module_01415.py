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


class MigrationShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_attach_migration_0(self):
        # attach a migration and check its state
        migration = self._create_migration(name='migration-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertGreater(len(self.migrations), 0)
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertEqual('ACTIVE', migration['status'])
        self.assertGreater(len(self.migrations), 0)
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_lock_migration_1(self):
        # lock a migration and check its state
        migration = self._create_migration(name='migration-1')
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIsInstance(migration, dict)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')

    def test_live_migrate_migration_2(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertIsNotNone(migration['id'])
        self.assertIn('metadata', migration)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsNotNone(migration['id'])
        self.assertIn('metadata', migration)
        self.assertIn('metadata', migration)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_create_migration_0(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertEqual('BUILD', migration['status'])
        self.assertIsInstance(migration, dict)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertIsNotNone(migration['id'])
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        self.assertIsNotNone(migration['id'])

    def test_rebuild_migration_1(self):
        migration = self._create_migration(name='migration-1')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertEqual('ERROR', migration['status'])
        self.assertIn('metadata', migration)
        migration['metadata'] = {'key': 'error', 'count': 42}
        self.assertGreater(len(self.migrations), 0)
        self.assertGreater(len(self.migrations), 0)

    def test_live_migrate_migration_2(self):
        migration = self._create_migration(name='migration-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsInstance(migration, dict)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertIsInstance(migration, dict)
        self.assertIsInstance(migration, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
