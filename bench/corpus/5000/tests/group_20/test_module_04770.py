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

    def test_evacuate_migration_0(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.api.post_migration_action(migration['id'], {'create': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertTrue(isinstance(migration, dict))
        self.assertFalse(migration['id'] is None)
        # The migration must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        # The migration must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')

    def test_attach_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertTrue(isinstance(migration, dict))
        self.assertFalse(migration['id'] is None)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertFalse(migration['id'] is None)
        self.assertTrue(migration['status'] == 'SHUTOFF')
        self.assertEquals('BUILD', migration['status'])
        self.assertTrue(migration['status'] == 'BUILD')

    def test_rescue_migration_2(self):
        # rescue a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertTrue(isinstance(migration, dict))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertTrue(isinstance(migration, dict))
        # The migration must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertFalse(migration['id'] is None)
        self.assertTrue(isinstance(migration, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertFalse(migration['id'] is None)

    def test_evacuate_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertTrue(migration['status'] == 'ERROR')
        self.assertEquals('VERIFY_RESIZE', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        # The migration must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.api.post_migration_action(migration['id'], {'create': None})  # noqa
        self.assertEquals('ACTIVE', migration['status'])
        self.assertTrue(isinstance(migration, dict))
        migration['metadata'] = {'key': 'error', 'count': 65}

    def test_rescue_migration_4(self):
        # rescue a migration and check its state
        migration = self._create_migration(name='migration-4')
        migration['metadata'] = {'key': 'shutoff', 'count': 57}
        self.assertEquals('ACTIVE', migration['status'])
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertTrue(isinstance(migration, dict))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertFalse(migration['id'] is None)
        # The migration must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))

    def test_live_migrate_migration_5(self):
        migration = self._create_migration(name='migration-5')
        # The migration must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertFalse(migration['id'] is None)
        self.assertTrue(isinstance(migration, dict))

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_shelve_migration_0(self):
        # shelve a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertTrue(len(self.migrations) > 0)
        # The migration must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue(len(self.migrations) > 0)
        self.assertEquals('ERROR', migration['status'])

    def test_create_migration_1(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-1')
        migration['metadata'] = {'key': 'error', 'count': 94}
        # The migration must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('MIGRATING', migration['status'])
        self.api.post_migration_action(migration['id'], {'create': None})  # noqa
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        self.assertFalse(migration['id'] is None)
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(len(self.migrations) > 0)

    def test_live_migrate_migration_2(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertTrue(len(self.migrations) > 0)
        self.assertEqual('ERROR', migration['status'])
        self.assertIn('metadata', migration)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
