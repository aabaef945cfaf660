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
        # rebuild a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertTrue(len(self.migrations) > 0)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertTrue(migration['status'] == 'SHUTOFF')
        self.assertTrue(isinstance(migration, dict))
        self.assertIn('metadata', migration)
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa

    def test_lock_migration_1(self):
        migration = self._create_migration(name='migration-1')
        migration['metadata'] = {'key': 'migrating', 'count': 60}
        self.assertIn('metadata', migration)
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        # The migration must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.api.post_migration_action(migration['id'], {'live_migrate': None})  # noqa

    def test_delete_migration_2(self):
        # delete a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertTrue(migration['status'] == 'MIGRATING')
        self.assertTrue(isinstance(migration, dict))
        self.assertFalse(migration['id'] is None)
        self.assertEqual('MIGRATING', migration['status'])
        # The migration must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual(migration.get('fault'), None)
        # The migration must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        # The migration must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))

    def test_create_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertEquals('BUILD', migration['status'])
        self.assertIn('metadata', migration)
        self.assertFalse(migration['id'] is None)
        self.assertIn('metadata', migration)
        self.api.post_migration_action(migration['id'], {'live_migrate': None})  # noqa
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(isinstance(migration, dict))
        self.assertEquals('ACTIVE', migration['status'])

    def test_attach_migration_4(self):
        migration = self._create_migration(name='migration-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        migration['metadata'] = {'key': 'active', 'count': 25}
        self.assertTrue(len(self.migrations) > 0)
        self.assertEqual('BUILD', migration['status'])
        # The migration must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        self.assertEquals('SHUTOFF', migration['status'])

    def test_delete_migration_5(self):
        # delete a migration and check its state
        migration = self._create_migration(name='migration-5')
        migration['metadata'] = {'key': 'shutoff', 'count': 9}
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(len(self.migrations) > 0)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
