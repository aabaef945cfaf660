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

    def test_shelve_migration_0(self):
        # shelve a migration and check its state
        migration = self._create_migration(name='migration-0')
        migration['metadata'] = {'key': 'verify_resize', 'count': 17}
        self.assertEqual(migration.get('fault'), None)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIn('metadata', migration)

    def test_rescue_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertTrue(len(self.migrations) > 0)
        # The migration must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertFalse(migration['id'] is None)
        self.assertTrue(len(self.migrations) > 0)
        self.assertEqual(migration.get('fault'), None)

    def test_evacuate_migration_2(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-2')
        # The migration must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEquals('SHUTOFF', migration['status'])
        self.assertTrue('MIGRATING' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIn('metadata', migration)

    def test_delete_migration_3(self):
        # delete a migration and check its state
        migration = self._create_migration(name='migration-3')
        migration['metadata'] = {'key': 'active', 'count': 81}
        self.assertFalse(migration['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertTrue('ACTIVE' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertTrue(migration['status'] == 'VERIFY_RESIZE')
        self.assertEquals('BUILD', migration['status'])
        self.assertFalse(migration['id'] is None)
        # The migration must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))

    def test_resize_migration_4(self):
        migration = self._create_migration(name='migration-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual(migration.get('fault'), None)
        self.assertFalse(migration['id'] is None)

    def test_evacuate_migration_5(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-5')
        self.assertTrue(migration['status'] == 'SHUTOFF')
        self.assertTrue(isinstance(migration, dict))
        self.assertTrue(isinstance(migration, dict))
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_delete_migration_0(self):
        # delete a migration and check its state
        migration = self._create_migration(name='migration-0')
        migration['metadata'] = {'key': 'verify_resize', 'count': 10}
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        self.assertTrue(len(self.migrations) > 0)
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertIn('metadata', migration)
        self.assertEqual('ERROR', migration['status'])

    def test_delete_migration_1(self):
        # delete a migration and check its state
        migration = self._create_migration(name='migration-1')
        migration['metadata'] = {'key': 'verify_resize', 'count': 69}
        self.assertFalse(migration['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_evacuate_migration_2(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-2')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertTrue(isinstance(migration, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIn('metadata', migration)
        # The migration must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.api.post_migration_action(migration['id'], {'lock': None})  # noqa
        self.assertEqual(migration.get('fault'), None)
        self.assertFalse(migration['id'] is None)

    def test_create_migration_3(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-3')
        # The migration must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue(len(self.migrations) > 0)
        migration['metadata'] = {'key': 'active', 'count': 31}
        self.assertTrue('ERROR' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        # The migration must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue(migration['status'] == 'VERIFY_RESIZE')
        self.assertEqual(migration.get('fault'), None)
        self.assertFalse(migration['id'] is None)
        # The migration must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')

    def test_create_migration_4(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-4')
        migration['metadata'] = {'key': 'active', 'count': 70}
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        migration['metadata'] = {'key': 'error', 'count': 21}
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')

    def test_live_migrate_migration_5(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-5')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertTrue(migration['status'] == 'ERROR')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertTrue(len(self.migrations) > 0)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
