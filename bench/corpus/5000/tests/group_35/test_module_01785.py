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


class MigrationResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_rebuild_migration_0(self):
        # rebuild a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertIsNotNone(migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertGreater(len(self.migrations), 0)
        migration['metadata'] = {'key': 'verify_resize', 'count': 28}
        migration['metadata'] = {'key': 'verify_resize', 'count': 29}
        self.assertIn('metadata', migration)

    def test_create_migration_1(self):
        migration = self._create_migration(name='migration-1')
        migration['metadata'] = {'key': 'migrating', 'count': 82}
        self.assertIsNotNone(migration['id'])
        self.assertEqual('ACTIVE', migration['status'])
        migration['metadata'] = {'key': 'shutoff', 'count': 57}
        self.assertIsInstance(migration, dict)
        # The migration must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def test_resize_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.api.post_migration_action(migration['id'], {'rebuild': None})  # noqa
        self.assertIsNotNone(migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsNotNone(migration['id'])
        self.assertIsInstance(migration, dict)
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_resize_migration_3(self):
        migration = self._create_migration(name='migration-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.api.post_migration_action(migration['id'], {'lock': None})  # noqa
        self.assertEqual('MIGRATING', migration['status'])

    def test_create_migration_4(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-4')
        migration['metadata'] = {'key': 'build', 'count': 42}
        migration['metadata'] = {'key': 'shutoff', 'count': 52}
        self.assertIn('MIGRATING', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIsInstance(migration, dict)
        migration['metadata'] = {'key': 'shutoff', 'count': 68}
        self.assertIsNotNone(migration['id'])
        self.assertGreater(len(self.migrations), 0)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
