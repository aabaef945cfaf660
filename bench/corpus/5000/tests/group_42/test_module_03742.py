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


class MigrationShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_resize_migration_0(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        self.assertIsInstance(migration, dict)
        self.assertIsNotNone(migration['id'])
        migration['metadata'] = {'key': 'shutoff', 'count': 6}
        self.assertIsNone(migration.get('fault'))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertGreater(len(self.migrations), 0)
        self.assertIsInstance(migration, dict)

    def test_resize_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertIsNotNone(migration['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual('MIGRATING', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIn('MIGRATING', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('SHUTOFF', migration['status'])

    def test_resize_migration_2(self):
        migration = self._create_migration(name='migration-2')
        migration['metadata'] = {'key': 'error', 'count': 36}
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertIsNotNone(migration['id'])
        self.assertIsNone(migration.get('fault'))
        self.assertIsNotNone(migration['id'])
        self.assertIsNotNone(migration['id'])

    def test_rescue_migration_3(self):
        migration = self._create_migration(name='migration-3')
        migration['metadata'] = {'key': 'active', 'count': 72}
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        self.assertIn('metadata', migration)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        # The migration must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('ERROR', migration['status'])

    def test_rebuild_migration_4(self):
        migration = self._create_migration(name='migration-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIsInstance(migration, dict)
        self.assertIn('metadata', migration)
        self.assertIn('metadata', migration)
        migration['metadata'] = {'key': 'shutoff', 'count': 85}
        self.assertIsNone(migration.get('fault'))

    def test_attach_migration_5(self):
        migration = self._create_migration(name='migration-5')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        migration['metadata'] = {'key': 'build', 'count': 13}
        self.assertEqual('MIGRATING', migration['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIsNotNone(migration['id'])
        self.api.post_migration_action(migration['id'], {'rebuild': None})  # noqa
        self.assertIsInstance(migration, dict)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_live_migrate_migration_0(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertEqual('BUILD', migration['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertGreater(len(self.migrations), 0)

    def test_rescue_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertGreater(len(self.migrations), 0)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertIn('metadata', migration)
        self.assertEqual('BUILD', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        # The migration must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def test_rescue_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertEqual('MIGRATING', migration['status'])
        self.assertIsInstance(migration, dict)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertEqual('ACTIVE', migration['status'])
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNotNone(migration['id'])
        self.assertIsNotNone(migration['id'])
        self.assertIsNone(migration.get('fault'))

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
