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


class MigrationResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_lock_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertIn('MIGRATING', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIsNone(migration.get('fault'))
        self.assertIn('metadata', migration)
        self.assertEqual('MIGRATING', migration['status'])
        self.assertIsInstance(migration, dict)
        self.assertIsNotNone(migration['id'])

    def test_evacuate_migration_1(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('ERROR', migration['status'])

    def test_live_migrate_migration_2(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-2')
        migration['metadata'] = {'key': 'verify_resize', 'count': 75}
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        self.assertIsInstance(migration, dict)
        self.assertIsInstance(migration, dict)
        self.assertIsInstance(migration, dict)
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa
        self.api.post_migration_action(migration['id'], {'lock': None})  # noqa

    def test_lock_migration_3(self):
        # lock a migration and check its state
        migration = self._create_migration(name='migration-3')
        self.assertEqual('BUILD', migration['status'])
        self.assertIsNotNone(migration['id'])
        self.assertEqual('ACTIVE', migration['status'])
        self.assertGreater(len(self.migrations), 0)
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual('BUILD', migration['status'])
        self.assertIsNotNone(migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_rescue_migration_4(self):
        migration = self._create_migration(name='migration-4')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        # The migration must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_resize_migration_0(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertGreater(len(self.migrations), 0)
        self.assertEqual('BUILD', migration['status'])
        migration['metadata'] = {'key': 'migrating', 'count': 76}
        # The migration must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')

    def test_attach_migration_1(self):
        # attach a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertIsNotNone(migration['id'])
        # The migration must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa
        migration['metadata'] = {'key': 'migrating', 'count': 72}

    def test_lock_migration_2(self):
        # lock a migration and check its state
        migration = self._create_migration(name='migration-2')
        migration['metadata'] = {'key': 'active', 'count': 44}
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa
        migration['metadata'] = {'key': 'migrating', 'count': 41}
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_rescue_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertEqual('MIGRATING', migration['status'])
        self.assertIsInstance(migration, dict)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNotNone(migration['id'])
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('BUILD', migration['status'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
