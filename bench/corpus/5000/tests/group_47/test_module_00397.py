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

    def test_evacuate_migration_0(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertGreater(len(self.migrations), 0)
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertIn('BUILD', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        migration['metadata'] = {'key': 'error', 'count': 16}
        self.assertEqual('MIGRATING', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertGreater(len(self.migrations), 0)
        self.assertIn('metadata', migration)
        self.assertGreater(len(self.migrations), 0)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')

    def test_create_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertIsNotNone(migration['id'])
        self.assertEqual('ERROR', migration['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual('BUILD', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_delete_migration_2(self):
        # delete a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsInstance(migration, dict)
        self.assertEqual('ERROR', migration['status'])
        self.assertIn('BUILD', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_evacuate_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertIsNotNone(migration['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIsInstance(migration, dict)
        self.assertGreater(len(self.migrations), 0)
        self.assertIsInstance(migration, dict)
        self.assertIsNotNone(migration['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual('ACTIVE', migration['status'])
        # The migration must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        migration['metadata'] = {'key': 'error', 'count': 77}

    def test_create_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertIsNone(migration.get('fault'))
        self.assertIsNotNone(migration['id'])
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertIsNone(migration.get('fault'))
        self.assertIn('metadata', migration)
        self.assertIsNotNone(migration['id'])
        self.assertIsNone(migration.get('fault'))

    def test_evacuate_migration_2(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertGreater(len(self.migrations), 0)
        migration['metadata'] = {'key': 'error', 'count': 14}
        self.assertIsNone(migration.get('fault'))
        self.assertGreater(len(self.migrations), 0)
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        self.assertEqual('MIGRATING', migration['status'])

    def test_lock_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertIsNotNone(migration['id'])
        self.assertEqual('SHUTOFF', migration['status'])
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa
        self.assertGreater(len(self.migrations), 0)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        # The migration must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIsNone(migration.get('fault'))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        self.assertEqual('SHUTOFF', migration['status'])

    def test_evacuate_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIn('metadata', migration)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertEqual('BUILD', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        self.assertGreater(len(self.migrations), 0)
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
