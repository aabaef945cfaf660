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
        self.api.post_migration_action(migration['id'], {'live_migrate': None})  # noqa
        self.assertFalse(migration['id'] is None)
        self.assertFalse(migration['id'] is None)
        migration['metadata'] = {'key': 'migrating', 'count': 51}

    def test_attach_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertTrue(isinstance(migration, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertFalse(migration['id'] is None)
        self.assertFalse(migration['id'] is None)
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue('BUILD' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIn('metadata', migration)

    def test_live_migrate_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertTrue(len(self.migrations) > 0)
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa
        self.assertTrue(isinstance(migration, dict))
        self.assertEqual(migration.get('fault'), None)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertFalse(migration['id'] is None)
        self.api.post_migration_action(migration['id'], {'evacuate': None})  # noqa
        self.assertEqual(migration.get('fault'), None)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_evacuate_migration_0(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertEquals('SHUTOFF', migration['status'])
        self.assertTrue(migration['status'] == 'BUILD')
        migration['metadata'] = {'key': 'migrating', 'count': 46}
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(migration['status'] == 'BUILD')
        self.assertEquals('MIGRATING', migration['status'])
        migration['metadata'] = {'key': 'error', 'count': 89}
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_delete_migration_1(self):
        migration = self._create_migration(name='migration-1')
        migration['metadata'] = {'key': 'error', 'count': 10}
        self.assertTrue(isinstance(migration, dict))
        self.assertFalse(migration['id'] is None)
        # The migration must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertTrue(migration['status'] == 'MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        migration['metadata'] = {'key': 'shutoff', 'count': 67}
        self.api.post_migration_action(migration['id'], {'rebuild': None})  # noqa

    def test_create_migration_2(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertEqual(migration.get('fault'), None)
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa
        self.assertFalse(migration['id'] is None)
        self.assertTrue(len(self.migrations) > 0)
        migration['metadata'] = {'key': 'build', 'count': 52}

    def test_resize_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertFalse(migration['id'] is None)
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        # The migration must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertTrue(len(self.migrations) > 0)
        self.assertFalse(migration['id'] is None)

    def test_rescue_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIn('metadata', migration)
        self.assertIn('metadata', migration)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        self.assertTrue(isinstance(migration, dict))
        self.assertTrue(migration['status'] == 'MIGRATING')

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
