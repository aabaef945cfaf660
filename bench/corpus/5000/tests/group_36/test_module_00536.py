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


class MigrationDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_create_migration_0(self):
        migration = self._create_migration(name='migration-0')
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIsNotNone(migration['id'])
        self.assertGreater(len(self.migrations), 0)
        self.api.post_migration_action(migration['id'], {'evacuate': None})  # noqa
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIn('metadata', migration)

    def test_live_migrate_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertEqual('BUILD', migration['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        # The migration must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        self.assertGreater(len(self.migrations), 0)
        self.assertEqual('BUILD', migration['status'])

    def test_delete_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertIsInstance(migration, dict)
        self.assertEqual('MIGRATING', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')

    def test_rescue_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa
        self.assertGreater(len(self.migrations), 0)
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa

    def test_resize_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa
        self.assertIn('metadata', migration)
        self.assertIn('BUILD', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIsInstance(migration, dict)
        migration['metadata'] = {'key': 'shutoff', 'count': 13}

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_evacuate_migration_0(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertIsNone(migration.get('fault'))
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa
        self.assertIsInstance(migration, dict)

    def test_attach_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertIsInstance(migration, dict)
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIsInstance(migration, dict)
        self.assertIn('metadata', migration)
        self.assertGreater(len(self.migrations), 0)
        migration['metadata'] = {'key': 'error', 'count': 40}
        migration['metadata'] = {'key': 'shutoff', 'count': 89}
        migration['metadata'] = {'key': 'shutoff', 'count': 97}

    def test_live_migrate_migration_2(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.api.post_migration_action(migration['id'], {'rebuild': None})  # noqa
        self.assertEqual('ERROR', migration['status'])
        self.assertEqual('BUILD', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertEqual('BUILD', migration['status'])
        self.assertIsNone(migration.get('fault'))
        self.api.post_migration_action(migration['id'], {'create': None})  # noqa

    def test_delete_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertEqual('ACTIVE', migration['status'])
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('ACTIVE', migration['status'])

    def test_rescue_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.assertIsNotNone(migration['id'])
        self.assertGreater(len(self.migrations), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIn('MIGRATING', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIn('metadata', migration)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
