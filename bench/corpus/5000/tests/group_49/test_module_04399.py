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
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsInstance(migration, dict)
        self.assertIsNotNone(migration['id'])
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def test_live_migrate_migration_1(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertEqual('MIGRATING', migration['status'])
        self.api.post_migration_action(migration['id'], {'live_migrate': None})  # noqa
        # The migration must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        migration['metadata'] = {'key': 'shutoff', 'count': 7}
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsInstance(migration, dict)
        self.assertEqual('BUILD', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')

    def test_rebuild_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertEqual('ACTIVE', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsInstance(migration, dict)
        self.assertIsInstance(migration, dict)
        self.assertEqual('MIGRATING', migration['status'])
        self.assertEqual('MIGRATING', migration['status'])
        self.assertIsInstance(migration, dict)

    def test_live_migrate_migration_3(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-3')
        self.assertEqual('ERROR', migration['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        migration['metadata'] = {'key': 'build', 'count': 24}

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_rescue_migration_0(self):
        migration = self._create_migration(name='migration-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', migration['status'])

    def test_rescue_migration_1(self):
        # rescue a migration and check its state
        migration = self._create_migration(name='migration-1')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIn('metadata', migration)
        migration['metadata'] = {'key': 'build', 'count': 79}
        migration['metadata'] = {'key': 'error', 'count': 91}
        self.assertIn('metadata', migration)
        self.assertIsNotNone(migration['id'])
        # The migration must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def test_rebuild_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertIsNotNone(migration['id'])
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        # The migration must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
