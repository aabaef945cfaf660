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


class MigrationEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_delete_migration_0(self):
        # delete a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertTrue(migration['status'] == 'ACTIVE')
        self.assertEqual(migration.get('fault'), None)
        self.assertIn('metadata', migration)
        self.assertEquals('VERIFY_RESIZE', migration['status'])
        self.assertTrue('BUILD' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa
        self.assertEqual(migration.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertTrue('BUILD' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_evacuate_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.api.post_migration_action(migration['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', migration)
        self.assertIn('metadata', migration)
        self.assertTrue(len(self.migrations) > 0)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_evacuate_migration_2(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertEqual(migration.get('fault'), None)
        migration['metadata'] = {'key': 'error', 'count': 36}
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')

    def test_attach_migration_3(self):
        # attach a migration and check its state
        migration = self._create_migration(name='migration-3')
        migration['metadata'] = {'key': 'verify_resize', 'count': 83}
        self.assertEquals('ERROR', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertFalse(migration['id'] is None)
        # The migration must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        migration['metadata'] = {'key': 'build', 'count': 68}
        self.assertEqual(migration.get('fault'), None)

    def test_evacuate_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.assertTrue(migration['status'] == 'VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertTrue(len(self.migrations) > 0)
        self.assertTrue(migration['status'] == 'ACTIVE')
        self.assertEqual(migration.get('fault'), None)
        migration['metadata'] = {'key': 'error', 'count': 14}
        self.assertEqual('ERROR', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        self.assertEqual(migration.get('fault'), None)
        # The migration must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))

    def test_shelve_migration_5(self):
        # shelve a migration and check its state
        migration = self._create_migration(name='migration-5')
        self.assertTrue(len(self.migrations) > 0)
        self.assertTrue(isinstance(migration, dict))
        self.assertIn('metadata', migration)
        self.assertTrue(isinstance(migration, dict))

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_evacuate_migration_0(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertTrue('ERROR' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        self.assertTrue(migration['status'] == 'VERIFY_RESIZE')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertTrue(isinstance(migration, dict))
        self.assertIn('metadata', migration)
        migration['metadata'] = {'key': 'migrating', 'count': 18}

    def test_evacuate_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertEquals('VERIFY_RESIZE', migration['status'])
        self.assertFalse(migration['id'] is None)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        # The migration must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue(len(self.migrations) > 0)
        self.assertEqual(migration.get('fault'), None)

    def test_attach_migration_2(self):
        # attach a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa
        self.assertTrue(migration['status'] == 'MIGRATING')
        self.assertTrue(isinstance(migration, dict))
        self.assertTrue(len(self.migrations) > 0)

    def test_resize_migration_3(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-3')
        # The migration must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertTrue(len(self.migrations) > 0)
        self.assertFalse(migration['id'] is None)
        self.assertTrue(isinstance(migration, dict))

    def test_resize_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.assertTrue(migration['status'] == 'MIGRATING')
        self.assertFalse(migration['id'] is None)
        # The migration must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        migration['metadata'] = {'key': 'active', 'count': 13}
        self.assertEquals('VERIFY_RESIZE', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIn('metadata', migration)
        self.assertEquals('BUILD', migration['status'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
