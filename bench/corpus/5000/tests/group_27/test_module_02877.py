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

    def test_live_migrate_migration_0(self):
        migration = self._create_migration(name='migration-0')
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsNone(migration.get('fault'))
        self.assertGreater(len(self.migrations), 0)

    def test_attach_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertIsNotNone(migration['id'])
        self.assertEqual('ACTIVE', migration['status'])
        self.assertEqual('ERROR', migration['status'])
        self.assertIsNone(migration.get('fault'))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertIsInstance(migration, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_resize_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertGreater(len(self.migrations), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertIsNone(migration.get('fault'))
        migration['metadata'] = {'key': 'shutoff', 'count': 76}
        self.assertEqual('ACTIVE', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertGreater(len(self.migrations), 0)

    def test_attach_migration_3(self):
        # attach a migration and check its state
        migration = self._create_migration(name='migration-3')
        self.assertGreater(len(self.migrations), 0)
        self.assertIn('MIGRATING', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        # The migration must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIsNone(migration.get('fault'))

    def test_lock_migration_4(self):
        # lock a migration and check its state
        migration = self._create_migration(name='migration-4')
        self.assertIsInstance(migration, dict)
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa
        self.assertEqual('ERROR', migration['status'])
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_create_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertEqual('ERROR', migration['status'])
        self.assertIsNone(migration.get('fault'))
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertIsNone(migration.get('fault'))
        self.assertIsNone(migration.get('fault'))
        self.assertGreater(len(self.migrations), 0)
        self.assertEqual('ERROR', migration['status'])

    def test_live_migrate_migration_1(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertIsInstance(migration, dict)
        self.assertEqual('MIGRATING', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        self.assertIsNone(migration.get('fault'))
        self.api.post_migration_action(migration['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', migration)

    def test_attach_migration_2(self):
        # attach a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIsNotNone(migration['id'])
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNone(migration.get('fault'))
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        # The migration must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def test_rescue_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertIsInstance(migration, dict)
        self.assertEqual('ERROR', migration['status'])
        migration['metadata'] = {'key': 'active', 'count': 63}

    def test_resize_migration_4(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-4')
        migration['metadata'] = {'key': 'verify_resize', 'count': 42}
        self.assertEqual('MIGRATING', migration['status'])
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('ERROR', migration['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_evacuate_migration_5(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-5')
        self.assertGreater(len(self.migrations), 0)
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertGreater(len(self.migrations), 0)
        self.assertIsInstance(migration, dict)
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNotNone(migration['id'])
        self.assertIn('metadata', migration)
        self.assertGreater(len(self.migrations), 0)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
