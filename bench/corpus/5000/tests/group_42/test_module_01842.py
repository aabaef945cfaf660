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

    def test_rescue_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertIsNone(migration.get('fault'))
        self.assertIn('metadata', migration)
        self.assertIn('MIGRATING', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_shelve_migration_1(self):
        migration = self._create_migration(name='migration-1')
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIsNone(migration.get('fault'))
        self.assertIsNone(migration.get('fault'))
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIsInstance(migration, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertGreater(len(self.migrations), 0)
        # The migration must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def test_shelve_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertIn('metadata', migration)
        self.assertIsNone(migration.get('fault'))
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', migration['status'])

    def test_rebuild_migration_3(self):
        # rebuild a migration and check its state
        migration = self._create_migration(name='migration-3')
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertIn('metadata', migration)
        self.assertIsNotNone(migration['id'])
        self.api.post_migration_action(migration['id'], {'create': None})  # noqa

    def test_rescue_migration_4(self):
        migration = self._create_migration(name='migration-4')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertEqual('ERROR', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        self.assertIn('metadata', migration)
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertIsNone(migration.get('fault'))
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_create_migration_5(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-5')
        self.assertEqual('ACTIVE', migration['status'])
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        self.assertIn('metadata', migration)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertEqual('SHUTOFF', migration['status'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_rescue_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertEqual('ERROR', migration['status'])
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertIsInstance(migration, dict)
        self.assertIn('metadata', migration)
        self.assertIsInstance(migration, dict)
        self.assertEqual('ERROR', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')

    def test_create_migration_1(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('BUILD', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertEqual('ACTIVE', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertGreater(len(self.migrations), 0)
        self.api.post_migration_action(migration['id'], {'lock': None})  # noqa
        self.assertGreater(len(self.migrations), 0)

    def test_live_migrate_migration_2(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertIsInstance(migration, dict)
        self.assertIn('metadata', migration)
        self.assertIsNotNone(migration['id'])
        self.assertIsNone(migration.get('fault'))
        self.assertIsInstance(migration, dict)
        self.assertIsNone(migration.get('fault'))
        self.assertIn('metadata', migration)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_shelve_migration_3(self):
        # shelve a migration and check its state
        migration = self._create_migration(name='migration-3')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertIsNone(migration.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', migration['status'])
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertEqual('ERROR', migration['status'])
        self.assertIsInstance(migration, dict)
        self.assertIsNone(migration.get('fault'))
        self.assertIsNotNone(migration['id'])
        self.assertIsNone(migration.get('fault'))

    def test_delete_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.assertEqual('BUILD', migration['status'])
        self.assertIsNone(migration.get('fault'))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertGreater(len(self.migrations), 0)

    def test_rebuild_migration_5(self):
        # rebuild a migration and check its state
        migration = self._create_migration(name='migration-5')
        self.assertEqual('ACTIVE', migration['status'])
        self.assertEqual('ERROR', migration['status'])
        migration['metadata'] = {'key': 'error', 'count': 97}
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertEqual('BUILD', migration['status'])
        self.assertIn('metadata', migration)
        self.assertIsInstance(migration, dict)
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertEqual('MIGRATING', migration['status'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
