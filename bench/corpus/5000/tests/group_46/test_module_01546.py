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


class MigrationRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_attach_migration_0(self):
        # attach a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertIsNone(migration.get('fault'))
        self.api.post_migration_action(migration['id'], {'create': None})  # noqa
        migration['metadata'] = {'key': 'error', 'count': 9}
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa

    def test_resize_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertIn('MIGRATING', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertIsNone(migration.get('fault'))
        self.assertIn('metadata', migration)
        self.assertEqual('SHUTOFF', migration['status'])

    def test_live_migrate_migration_2(self):
        migration = self._create_migration(name='migration-2')
        # The migration must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIn('metadata', migration)
        self.assertIsNotNone(migration['id'])
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIsNotNone(migration['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_evacuate_migration_3(self):
        migration = self._create_migration(name='migration-3')
        migration['metadata'] = {'key': 'migrating', 'count': 76}
        self.assertIsInstance(migration, dict)
        self.assertIsNotNone(migration['id'])

    def test_delete_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.assertIn('metadata', migration)
        self.assertEqual('MIGRATING', migration['status'])
        # The migration must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIn('metadata', migration)
        self.assertIsNotNone(migration['id'])
        self.assertIsNotNone(migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def test_shelve_migration_5(self):
        # shelve a migration and check its state
        migration = self._create_migration(name='migration-5')
        self.api.post_migration_action(migration['id'], {'evacuate': None})  # noqa
        migration['metadata'] = {'key': 'active', 'count': 65}
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
