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

    def test_attach_migration_0(self):
        migration = self._create_migration(name='migration-0')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNone(migration.get('fault'))
        self.assertIn('metadata', migration)

    def test_lock_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        migration['metadata'] = {'key': 'active', 'count': 20}
        self.assertIsInstance(migration, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def test_create_migration_2(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertIsNotNone(migration['id'])
        self.assertIn('metadata', migration)
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertGreater(len(self.migrations), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', migration['status'])
        migration['metadata'] = {'key': 'migrating', 'count': 31}
        self.assertIn('metadata', migration)
        self.assertEqual('MIGRATING', migration['status'])

    def test_lock_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertIn('metadata', migration)
        # The migration must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIn('metadata', migration)
        self.assertEqual('SHUTOFF', migration['status'])
        # The migration must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIn('BUILD', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIn('MIGRATING', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        migration['metadata'] = {'key': 'error', 'count': 72}

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
