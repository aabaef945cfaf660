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


class MigrationDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_rescue_migration_0(self):
        migration = self._create_migration(name='migration-0')
        # The migration must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(len(self.migrations) > 0)
        migration['metadata'] = {'key': 'verify_resize', 'count': 0}
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertTrue(migration['status'] == 'ERROR')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.api.post_migration_action(migration['id'], {'live_migrate': None})  # noqa

    def test_attach_migration_1(self):
        migration = self._create_migration(name='migration-1')
        # The migration must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue(migration['status'] == 'BUILD')
        self.assertTrue(isinstance(migration, dict))

    def test_live_migrate_migration_2(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertEqual('BUILD', migration['status'])
        self.assertTrue(len(self.migrations) > 0)
        migration['metadata'] = {'key': 'verify_resize', 'count': 15}
        self.assertTrue(migration['status'] == 'ERROR')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.api.post_migration_action(migration['id'], {'create': None})  # noqa
        self.assertTrue(migration['status'] == 'SHUTOFF')
        self.assertTrue(isinstance(migration, dict))

    def test_create_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertTrue(len(self.migrations) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertTrue('BUILD' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        migration['metadata'] = {'key': 'active', 'count': 22}
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa
        self.assertEqual(migration.get('fault'), None)
        self.assertEqual('MIGRATING', migration['status'])
        self.assertIn('metadata', migration)
        self.assertIn('metadata', migration)

    def test_evacuate_migration_4(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-4')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        migration['metadata'] = {'key': 'active', 'count': 51}
        self.assertTrue(isinstance(migration, dict))
        self.assertEquals('MIGRATING', migration['status'])
        self.assertFalse(migration['id'] is None)
        self.assertFalse(migration['id'] is None)

    def test_lock_migration_5(self):
        # lock a migration and check its state
        migration = self._create_migration(name='migration-5')
        self.assertTrue(len(self.migrations) > 0)
        self.assertTrue(isinstance(migration, dict))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        migration['metadata'] = {'key': 'shutoff', 'count': 34}
        self.assertEquals('ERROR', migration['status'])
        self.assertIn('metadata', migration)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        self.assertEquals('ERROR', migration['status'])
        self.assertEqual(migration.get('fault'), None)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_attach_migration_0(self):
        # attach a migration and check its state
        migration = self._create_migration(name='migration-0')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        self.assertTrue('ERROR' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        migration['metadata'] = {'key': 'active', 'count': 79}
        migration['metadata'] = {'key': 'shutoff', 'count': 91}
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa
        self.assertEquals('BUILD', migration['status'])

    def test_rebuild_migration_1(self):
        # rebuild a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertFalse(migration['id'] is None)
        self.assertFalse(migration['id'] is None)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual('MIGRATING', migration['status'])
        self.api.post_migration_action(migration['id'], {'live_migrate': None})  # noqa

    def test_live_migrate_migration_2(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-2')
        migration['metadata'] = {'key': 'active', 'count': 39}
        # The migration must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertFalse(migration['id'] is None)

    def test_delete_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertTrue(isinstance(migration, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertFalse(migration['id'] is None)
        # The migration must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue(migration['status'] == 'VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        # The migration must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        # The migration must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertFalse(migration['id'] is None)
        self.assertTrue(len(self.migrations) > 0)

    def test_live_migrate_migration_4(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-4')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertFalse(migration['id'] is None)
        self.assertTrue(len(self.migrations) > 0)
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        self.assertEquals('ERROR', migration['status'])
        self.assertEqual(migration.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertTrue(isinstance(migration, dict))

    def test_rescue_migration_5(self):
        migration = self._create_migration(name='migration-5')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertFalse(migration['id'] is None)
        self.assertEqual('ACTIVE', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEquals('VERIFY_RESIZE', migration['status'])
        self.assertIn('metadata', migration)
        self.assertTrue('BUILD' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
