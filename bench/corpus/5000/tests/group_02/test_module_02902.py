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


class MigrationRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_live_migrate_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertIn('metadata', migration)
        self.assertIsNotNone(migration['id'])
        self.assertIsNone(migration.get('fault'))
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsNone(migration.get('fault'))
        self.assertIsNotNone(migration['id'])

    def test_rebuild_migration_1(self):
        # rebuild a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertIsInstance(migration, dict)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        self.assertGreater(len(self.migrations), 0)
        self.api.post_migration_action(migration['id'], {'create': None})  # noqa
        # The migration must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.api.post_migration_action(migration['id'], {'evacuate': None})  # noqa

    def test_evacuate_migration_2(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-2')
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertEqual('ERROR', migration['status'])
        self.assertEqual('BUILD', migration['status'])
        self.assertIsNone(migration.get('fault'))

    def test_shelve_migration_3(self):
        # shelve a migration and check its state
        migration = self._create_migration(name='migration-3')
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        self.assertIsNone(migration.get('fault'))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('ACTIVE', migration['status'])
        migration['metadata'] = {'key': 'migrating', 'count': 29}
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsNotNone(migration['id'])
        self.assertEqual('SHUTOFF', migration['status'])

    def test_delete_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('ERROR', migration['status'])
        self.assertIsNone(migration.get('fault'))
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertIn('metadata', migration)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
