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

    def test_evacuate_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        self.assertIsNotNone(migration['id'])
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertIsNotNone(migration['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_resize_migration_1(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertEqual('ERROR', migration['status'])
        self.assertGreater(len(self.migrations), 0)
        migration['metadata'] = {'key': 'active', 'count': 16}
        self.assertEqual('ACTIVE', migration['status'])
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa

    def test_attach_migration_2(self):
        # attach a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual('SHUTOFF', migration['status'])
        migration['metadata'] = {'key': 'migrating', 'count': 48}
        self.assertIn('BUILD', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertIsInstance(migration, dict)
        self.assertGreater(len(self.migrations), 0)

    def test_resize_migration_3(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-3')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertIsNotNone(migration['id'])
        self.assertIsNotNone(migration['id'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertIn('BUILD', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        # The migration must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def test_live_migrate_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.assertIsInstance(migration, dict)
        self.assertGreater(len(self.migrations), 0)
        self.assertIsInstance(migration, dict)
        self.assertIsNone(migration.get('fault'))

    def test_lock_migration_5(self):
        # lock a migration and check its state
        migration = self._create_migration(name='migration-5')
        self.assertIsNotNone(migration['id'])
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('ERROR', migration['status'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
