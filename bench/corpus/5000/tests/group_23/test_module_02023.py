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
        self.api.post_migration_action(migration['id'], {'evacuate': None})  # noqa
        self.assertGreater(len(self.migrations), 0)
        self.assertGreater(len(self.migrations), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_delete_migration_1(self):
        # delete a migration and check its state
        migration = self._create_migration(name='migration-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsNotNone(migration['id'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        self.assertEqual('SHUTOFF', migration['status'])
        self.api.post_migration_action(migration['id'], {'evacuate': None})  # noqa
        self.assertIsNotNone(migration['id'])

    def test_delete_migration_2(self):
        # delete a migration and check its state
        migration = self._create_migration(name='migration-2')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        self.assertGreater(len(self.migrations), 0)
        self.assertIsInstance(migration, dict)
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIn('metadata', migration)

    def test_delete_migration_3(self):
        # delete a migration and check its state
        migration = self._create_migration(name='migration-3')
        # The migration must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIsInstance(migration, dict)
        self.assertEqual('MIGRATING', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        self.assertIsInstance(migration, dict)
        self.api.post_migration_action(migration['id'], {'rebuild': None})  # noqa
        self.assertIsInstance(migration, dict)

    def test_evacuate_migration_4(self):
        migration = self._create_migration(name='migration-4')
        migration['metadata'] = {'key': 'error', 'count': 13}
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_delete_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertEqual('ERROR', migration['status'])
        self.assertIsInstance(migration, dict)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertGreater(len(self.migrations), 0)
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIn('metadata', migration)

    def test_evacuate_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertEqual('BUILD', migration['status'])
        self.assertEqual('ERROR', migration['status'])
        migration['metadata'] = {'key': 'build', 'count': 18}
        self.assertEqual('MIGRATING', migration['status'])
        self.assertEqual('BUILD', migration['status'])

    def test_resize_migration_2(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-2')
        migration['metadata'] = {'key': 'error', 'count': 78}
        self.assertEqual('BUILD', migration['status'])
        self.assertIsNotNone(migration['id'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIsNotNone(migration['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_delete_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsInstance(migration, dict)
        self.assertIn('metadata', migration)
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNone(migration.get('fault'))
        self.assertIsInstance(migration, dict)
        self.assertGreater(len(self.migrations), 0)

    def test_resize_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.api.post_migration_action(migration['id'], {'live_migrate': None})  # noqa
        migration['metadata'] = {'key': 'migrating', 'count': 97}
        self.assertEqual('ACTIVE', migration['status'])
        self.api.post_migration_action(migration['id'], {'evacuate': None})  # noqa
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        self.assertGreater(len(self.migrations), 0)
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIsInstance(migration, dict)
        self.assertEqual('VERIFY_RESIZE', migration['status'])

    def test_create_migration_5(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-5')
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertEqual('ERROR', migration['status'])
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
