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

    def test_rebuild_migration_0(self):
        # rebuild a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertIn('metadata', migration)
        migration['metadata'] = {'key': 'shutoff', 'count': 58}
        self.assertIsInstance(migration, dict)
        self.api.post_migration_action(migration['id'], {'lock': None})  # noqa
        self.assertEqual('MIGRATING', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertEqual('ACTIVE', migration['status'])
        migration['metadata'] = {'key': 'migrating', 'count': 15}
        self.assertEqual('ERROR', migration['status'])

    def test_delete_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertIsNotNone(migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('ERROR', migration['status'])
        self.assertEqual('ERROR', migration['status'])
        self.assertEqual('ERROR', migration['status'])
        migration['metadata'] = {'key': 'verify_resize', 'count': 15}
        self.assertIsNotNone(migration['id'])

    def test_rescue_migration_2(self):
        migration = self._create_migration(name='migration-2')
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIsNone(migration.get('fault'))
        self.assertIsInstance(migration, dict)
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIsInstance(migration, dict)
        self.assertEqual('ERROR', migration['status'])
        self.assertEqual('ERROR', migration['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIn('metadata', migration)
        self.assertEqual('BUILD', migration['status'])

    def test_live_migrate_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertEqual('BUILD', migration['status'])
        self.assertIsNotNone(migration['id'])
        self.api.post_migration_action(migration['id'], {'rebuild': None})  # noqa
        self.assertGreater(len(self.migrations), 0)
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIsNone(migration.get('fault'))
        self.assertIsNotNone(migration['id'])

    def test_shelve_migration_4(self):
        migration = self._create_migration(name='migration-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.api.post_migration_action(migration['id'], {'create': None})  # noqa
        self.assertIn('metadata', migration)
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertIsNotNone(migration['id'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')

    def test_live_migrate_migration_5(self):
        migration = self._create_migration(name='migration-5')
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertIn('metadata', migration)
        self.assertIn('metadata', migration)
        self.assertGreater(len(self.migrations), 0)
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa
        self.assertIsInstance(migration, dict)
        self.assertIsNone(migration.get('fault'))

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
