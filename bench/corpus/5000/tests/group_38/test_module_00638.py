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

    def test_shelve_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertTrue(isinstance(migration, dict))
        self.assertTrue(isinstance(migration, dict))
        self.assertTrue(len(self.migrations) > 0)
        # The migration must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue(len(self.migrations) > 0)

    def test_rescue_migration_1(self):
        # rescue a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertEqual(migration.get('fault'), None)
        # The migration must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_evacuate_migration_2(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertTrue(len(self.migrations) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIn('metadata', migration)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        self.assertTrue(len(self.migrations) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_lock_migration_3(self):
        migration = self._create_migration(name='migration-3')
        migration['metadata'] = {'key': 'verify_resize', 'count': 40}
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(migration['status'] == 'ERROR')
        self.assertTrue(migration['status'] == 'ERROR')

    def test_resize_migration_4(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-4')
        self.assertFalse(migration['id'] is None)
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIn('metadata', migration)
        self.assertTrue(isinstance(migration, dict))

    def test_rescue_migration_5(self):
        # rescue a migration and check its state
        migration = self._create_migration(name='migration-5')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        self.api.post_migration_action(migration['id'], {'live_migrate': None})  # noqa
        migration['metadata'] = {'key': 'error', 'count': 55}
        self.assertTrue(isinstance(migration, dict))
        self.assertEqual('ERROR', migration['status'])
        self.assertIn('metadata', migration)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_resize_migration_0(self):
        migration = self._create_migration(name='migration-0')
        migration['metadata'] = {'key': 'error', 'count': 90}
        self.assertTrue(isinstance(migration, dict))
        self.assertFalse(migration['id'] is None)

    def test_resize_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertIn('metadata', migration)
        self.assertEquals('ERROR', migration['status'])
        self.assertTrue(migration['status'] == 'BUILD')
        self.assertTrue(len(self.migrations) > 0)
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(isinstance(migration, dict))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertTrue('BUILD' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertTrue('MIGRATING' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_shelve_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertIn('metadata', migration)
        self.assertTrue(isinstance(migration, dict))
        self.assertTrue(migration['status'] == 'ACTIVE')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertTrue(len(self.migrations) > 0)
        self.assertFalse(migration['id'] is None)
        self.assertEqual('ERROR', migration['status'])
        self.assertEqual(migration.get('fault'), None)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
