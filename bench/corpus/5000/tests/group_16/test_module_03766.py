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
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIsNone(migration.get('fault'))
        migration['metadata'] = {'key': 'active', 'count': 74}

    def test_rebuild_migration_1(self):
        # rebuild a migration and check its state
        migration = self._create_migration(name='migration-1')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        migration['metadata'] = {'key': 'migrating', 'count': 59}
        migration['metadata'] = {'key': 'active', 'count': 82}
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertGreater(len(self.migrations), 0)
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIn('metadata', migration)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_lock_migration_2(self):
        # lock a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertIn('metadata', migration)
        self.assertIn('metadata', migration)
        migration['metadata'] = {'key': 'shutoff', 'count': 69}
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_attach_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        self.assertIsNotNone(migration['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertGreater(len(self.migrations), 0)

    def test_live_migrate_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertIn('metadata', migration)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertEqual('ERROR', migration['status'])

    def test_evacuate_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertEqual('ERROR', migration['status'])
        self.assertEqual('MIGRATING', migration['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIn('metadata', migration)

    def test_attach_migration_3(self):
        migration = self._create_migration(name='migration-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        # The migration must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIn('metadata', migration)

    def test_create_migration_4(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-4')
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIsInstance(migration, dict)
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertEqual('SHUTOFF', migration['status'])
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        self.assertGreater(len(self.migrations), 0)

    def test_delete_migration_5(self):
        # delete a migration and check its state
        migration = self._create_migration(name='migration-5')
        self.assertIsNone(migration.get('fault'))
        migration['metadata'] = {'key': 'shutoff', 'count': 37}
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('BUILD', migration['status'])
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertIsNotNone(migration['id'])
        self.assertEqual('MIGRATING', migration['status'])
        self.assertIsNotNone(migration['id'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
