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
        migration = self._create_migration(name='migration-0')
        # The migration must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue(migration['status'] == 'SHUTOFF')
        self.assertIn('metadata', migration)

    def test_attach_migration_1(self):
        # attach a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertTrue(migration['status'] == 'SHUTOFF')
        self.assertEqual(migration.get('fault'), None)
        self.assertFalse(migration['id'] is None)
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue('ERROR' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_evacuate_migration_2(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-2')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertTrue(isinstance(migration, dict))
        self.assertEqual(migration.get('fault'), None)

    def test_evacuate_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertEquals('MIGRATING', migration['status'])
        self.assertEquals('MIGRATING', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual(migration.get('fault'), None)
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

    def test_rebuild_migration_0(self):
        # rebuild a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.api.post_migration_action(migration['id'], {'evacuate': None})  # noqa
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertTrue(isinstance(migration, dict))
        self.assertEqual('MIGRATING', migration['status'])
        self.assertTrue('BUILD' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_delete_migration_1(self):
        migration = self._create_migration(name='migration-1')
        migration['metadata'] = {'key': 'verify_resize', 'count': 8}
        self.assertTrue(migration['status'] == 'MIGRATING')
        self.assertEquals('ACTIVE', migration['status'])
        self.assertEqual('ERROR', migration['status'])

    def test_create_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertTrue(len(self.migrations) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(len(self.migrations) > 0)
        self.assertEqual('ACTIVE', migration['status'])
        migration['metadata'] = {'key': 'active', 'count': 58}
        self.assertEqual('BUILD', migration['status'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertTrue(isinstance(migration, dict))
        self.assertEquals('BUILD', migration['status'])

    def test_lock_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertTrue(isinstance(migration, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertTrue(len(self.migrations) > 0)
        self.api.post_migration_action(migration['id'], {'lock': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_resize_migration_4(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-4')
        self.assertTrue(isinstance(migration, dict))
        self.assertFalse(migration['id'] is None)
        self.assertIn('metadata', migration)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
