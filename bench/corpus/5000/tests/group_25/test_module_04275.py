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

    def test_evacuate_migration_0(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('BUILD', migration['status'])
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa
        self.assertEqual('BUILD', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        migration['metadata'] = {'key': 'migrating', 'count': 1}
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_live_migrate_migration_1(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertEqual('MIGRATING', migration['status'])
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNotNone(migration['id'])
        # The migration must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        migration['metadata'] = {'key': 'build', 'count': 34}
        self.assertGreater(len(self.migrations), 0)
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa

    def test_live_migrate_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertIn('metadata', migration)
        self.assertGreater(len(self.migrations), 0)
        self.api.post_migration_action(migration['id'], {'live_migrate': None})  # noqa
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertIsNotNone(migration['id'])
        self.assertIsNotNone(migration['id'])
        self.assertIsNone(migration.get('fault'))
        self.assertIn('metadata', migration)

    def test_create_migration_3(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-3')
        self.assertGreater(len(self.migrations), 0)
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('ACTIVE', migration['status'])

    def test_live_migrate_migration_4(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-4')
        self.assertEqual('ERROR', migration['status'])
        self.assertEqual('MIGRATING', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertEqual('ACTIVE', migration['status'])
        migration['metadata'] = {'key': 'error', 'count': 37}

    def test_evacuate_migration_5(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-5')
        self.assertEqual('ERROR', migration['status'])
        self.api.post_migration_action(migration['id'], {'rebuild': None})  # noqa
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIsNotNone(migration['id'])
        self.assertIsNotNone(migration['id'])
        self.assertEqual('ACTIVE', migration['status'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
