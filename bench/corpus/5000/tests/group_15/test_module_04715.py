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

    def test_delete_migration_0(self):
        # delete a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertTrue(len(self.migrations) > 0)
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa
        migration['metadata'] = {'key': 'shutoff', 'count': 37}
        # The migration must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue(len(self.migrations) > 0)
        # The migration must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.api.post_migration_action(migration['id'], {'create': None})  # noqa
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertTrue(len(self.migrations) > 0)

    def test_shelve_migration_1(self):
        migration = self._create_migration(name='migration-1')
        # The migration must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue(len(self.migrations) > 0)
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa
        self.assertTrue(migration['status'] == 'MIGRATING')
        self.assertFalse(migration['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_lock_migration_2(self):
        migration = self._create_migration(name='migration-2')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual(migration.get('fault'), None)
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        # The migration must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('MIGRATING', migration['status'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_delete_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertEquals('ERROR', migration['status'])
        self.assertTrue('ERROR' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertEqual('VERIFY_RESIZE', migration['status'])

    def test_rebuild_migration_4(self):
        # rebuild a migration and check its state
        migration = self._create_migration(name='migration-4')
        # The migration must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue(isinstance(migration, dict))
        migration['metadata'] = {'key': 'active', 'count': 90}

    def test_shelve_migration_5(self):
        # shelve a migration and check its state
        migration = self._create_migration(name='migration-5')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertTrue(len(self.migrations) > 0)
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(len(self.migrations) > 0)
        # The migration must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue(len(self.migrations) > 0)
        # The migration must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_lock_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertTrue('ERROR' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertFalse(migration['id'] is None)
        self.assertTrue(migration['status'] == 'MIGRATING')

    def test_delete_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertEqual('ERROR', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.api.post_migration_action(migration['id'], {'lock': None})  # noqa
        self.assertTrue(isinstance(migration, dict))
        self.assertEqual('ACTIVE', migration['status'])

    def test_shelve_migration_2(self):
        migration = self._create_migration(name='migration-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIn('metadata', migration)
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')

    def test_resize_migration_3(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-3')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEquals('ACTIVE', migration['status'])
        self.assertEquals('ERROR', migration['status'])
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')

    def test_rebuild_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.assertEquals('BUILD', migration['status'])
        self.assertEquals('BUILD', migration['status'])
        self.assertTrue(migration['status'] == 'MIGRATING')
        migration['metadata'] = {'key': 'migrating', 'count': 23}
        self.assertFalse(migration['id'] is None)
        self.assertTrue(isinstance(migration, dict))
        self.assertEquals('MIGRATING', migration['status'])
        self.assertEqual(migration.get('fault'), None)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
