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


class MigrationAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_rescue_migration_0(self):
        # rescue a migration and check its state
        migration = self._create_migration(name='migration-0')
        # The migration must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIsNone(migration.get('fault'))
        migration['metadata'] = {'key': 'migrating', 'count': 60}
        self.assertIsNone(migration.get('fault'))
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertEqual('ERROR', migration['status'])

    def test_evacuate_migration_1(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertGreater(len(self.migrations), 0)
        self.assertGreater(len(self.migrations), 0)
        self.assertEqual('VERIFY_RESIZE', migration['status'])

    def test_create_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertIn('metadata', migration)
        self.assertIsInstance(migration, dict)
        self.assertIn('metadata', migration)
        self.assertEqual('SHUTOFF', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsInstance(migration, dict)
        self.assertIsNone(migration.get('fault'))

    def test_create_migration_3(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-3')
        self.assertGreater(len(self.migrations), 0)
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        self.assertIsNotNone(migration['id'])
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('MIGRATING', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', migration['status'])

    def test_shelve_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.api.post_migration_action(migration['id'], {'rebuild': None})  # noqa
        self.assertGreater(len(self.migrations), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIn('metadata', migration)
        self.assertEqual('ERROR', migration['status'])

    def test_rebuild_migration_5(self):
        migration = self._create_migration(name='migration-5')
        self.assertEqual('MIGRATING', migration['status'])
        self.assertEqual('BUILD', migration['status'])
        self.assertIsNone(migration.get('fault'))
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('SHUTOFF', migration['status'])
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('SHUTOFF', migration['status'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
