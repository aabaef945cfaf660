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


class MigrationLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_resize_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertEqual('ACTIVE', migration['status'])
        self.api.post_migration_action(migration['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', migration)
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_evacuate_migration_1(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertGreater(len(self.migrations), 0)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertIsInstance(migration, dict)
        self.assertEqual('ERROR', migration['status'])

    def test_delete_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        migration['metadata'] = {'key': 'active', 'count': 64}
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertIsNone(migration.get('fault'))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')

    def test_rescue_migration_3(self):
        # rescue a migration and check its state
        migration = self._create_migration(name='migration-3')
        self.assertIsInstance(migration, dict)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        migration['metadata'] = {'key': 'shutoff', 'count': 31}
        self.assertIsNotNone(migration['id'])
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('BUILD', migration['status'])
        self.assertEqual('ACTIVE', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        self.assertIn('metadata', migration)
        self.assertIsInstance(migration, dict)

    def test_create_migration_4(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-4')
        self.assertIsNone(migration.get('fault'))
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertIn('metadata', migration)
        self.api.post_migration_action(migration['id'], {'live_migrate': None})  # noqa
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

    def test_rescue_migration_0(self):
        # rescue a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertGreater(len(self.migrations), 0)
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertIsInstance(migration, dict)
        self.assertEqual('MIGRATING', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsNotNone(migration['id'])
        self.assertEqual('MIGRATING', migration['status'])

    def test_create_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertIsInstance(migration, dict)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        migration['metadata'] = {'key': 'build', 'count': 53}
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        migration['metadata'] = {'key': 'active', 'count': 70}

    def test_create_migration_2(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertEqual('SHUTOFF', migration['status'])
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        self.assertEqual('ACTIVE', migration['status'])

    def test_shelve_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertEqual('MIGRATING', migration['status'])
        self.assertIsNotNone(migration['id'])
        self.assertIsNone(migration.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        migration['metadata'] = {'key': 'build', 'count': 86}
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_rebuild_migration_4(self):
        # rebuild a migration and check its state
        migration = self._create_migration(name='migration-4')
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertIsInstance(migration, dict)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
