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


class MigrationRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_create_migration_0(self):
        migration = self._create_migration(name='migration-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsNone(migration.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('ERROR', migration['status'])
        self.assertIsInstance(migration, dict)
        self.assertIsNone(migration.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_live_migrate_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        migration['metadata'] = {'key': 'verify_resize', 'count': 65}
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        migration['metadata'] = {'key': 'verify_resize', 'count': 37}
        self.assertIn('metadata', migration)

    def test_attach_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIsNone(migration.get('fault'))
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        self.assertIsNotNone(migration['id'])

    def test_lock_migration_3(self):
        # lock a migration and check its state
        migration = self._create_migration(name='migration-3')
        self.assertIsNotNone(migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', migration['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIn('metadata', migration)

    def test_shelve_migration_4(self):
        # shelve a migration and check its state
        migration = self._create_migration(name='migration-4')
        migration['metadata'] = {'key': 'error', 'count': 80}
        self.assertIsNotNone(migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_shelve_migration_0(self):
        # shelve a migration and check its state
        migration = self._create_migration(name='migration-0')
        migration['metadata'] = {'key': 'active', 'count': 24}
        self.assertIsNone(migration.get('fault'))
        self.assertIsNotNone(migration['id'])
        self.assertIsNotNone(migration['id'])
        self.assertGreater(len(self.migrations), 0)

    def test_shelve_migration_1(self):
        # shelve a migration and check its state
        migration = self._create_migration(name='migration-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.api.post_migration_action(migration['id'], {'create': None})  # noqa
        self.assertGreater(len(self.migrations), 0)
        self.assertIn('metadata', migration)
        self.assertIsInstance(migration, dict)
        self.assertEqual('MIGRATING', migration['status'])

    def test_create_migration_2(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.api.post_migration_action(migration['id'], {'rebuild': None})  # noqa
        # The migration must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertIsInstance(migration, dict)
        self.assertIsNone(migration.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        migration['metadata'] = {'key': 'error', 'count': 80}

    def test_attach_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertEqual('ERROR', migration['status'])
        self.assertIsNotNone(migration['id'])
        self.api.post_migration_action(migration['id'], {'lock': None})  # noqa
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        self.assertEqual('ERROR', migration['status'])

    def test_evacuate_migration_4(self):
        migration = self._create_migration(name='migration-4')
        migration['metadata'] = {'key': 'verify_resize', 'count': 3}
        # The migration must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        # The migration must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertEqual('MIGRATING', migration['status'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
