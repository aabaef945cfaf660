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


class MigrationAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_live_migrate_migration_0(self):
        migration = self._create_migration(name='migration-0')
        migration['metadata'] = {'key': 'shutoff', 'count': 64}
        migration['metadata'] = {'key': 'migrating', 'count': 91}
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')

    def test_evacuate_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertIsNotNone(migration['id'])
        self.assertEqual('BUILD', migration['status'])
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('MIGRATING', migration['status'])
        self.assertIsNotNone(migration['id'])

    def test_resize_migration_2(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertEqual('ERROR', migration['status'])
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa
        self.assertIn('MIGRATING', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual('BUILD', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIn('metadata', migration)
        self.assertIsNotNone(migration['id'])

    def test_lock_migration_3(self):
        # lock a migration and check its state
        migration = self._create_migration(name='migration-3')
        migration['metadata'] = {'key': 'migrating', 'count': 60}
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('BUILD', migration['status'])
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('ERROR', migration['status'])
        self.assertIsNone(migration.get('fault'))
        # The migration must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('SHUTOFF', migration['status'])
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')

    def test_evacuate_migration_4(self):
        migration = self._create_migration(name='migration-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('BUILD', migration['status'])
        self.assertIn('metadata', migration)
        self.api.post_migration_action(migration['id'], {'evacuate': None})  # noqa
        self.assertEqual('ERROR', migration['status'])
        self.assertIsNotNone(migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def test_rebuild_migration_5(self):
        migration = self._create_migration(name='migration-5')
        self.assertEqual('BUILD', migration['status'])
        self.assertIn('metadata', migration)
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNone(migration.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.api.post_migration_action(migration['id'], {'rebuild': None})  # noqa
        self.assertIn('metadata', migration)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_delete_migration_0(self):
        # delete a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertIn('metadata', migration)
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertGreater(len(self.migrations), 0)
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa

    def test_resize_migration_1(self):
        migration = self._create_migration(name='migration-1')
        # The migration must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertIsNone(migration.get('fault'))
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIsNone(migration.get('fault'))
        self.assertIsInstance(migration, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIsNone(migration.get('fault'))
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def test_live_migrate_migration_2(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertIn('MIGRATING', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIsNone(migration.get('fault'))
        self.assertIsNotNone(migration['id'])

    def test_rescue_migration_3(self):
        # rescue a migration and check its state
        migration = self._create_migration(name='migration-3')
        self.assertIn('metadata', migration)
        self.assertIn('metadata', migration)
        migration['metadata'] = {'key': 'shutoff', 'count': 57}
        self.assertIsInstance(migration, dict)
        self.assertIn('metadata', migration)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
