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

    def test_shelve_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertEqual('ACTIVE', migration['status'])
        # The migration must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertGreater(len(self.migrations), 0)
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertIn('metadata', migration)
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('ACTIVE', migration['status'])

    def test_attach_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertIsNone(migration.get('fault'))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        self.assertIn('metadata', migration)

    def test_rebuild_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertEqual('BUILD', migration['status'])
        self.assertIsNotNone(migration['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual('MIGRATING', migration['status'])

    def test_shelve_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertIsNotNone(migration['id'])
        self.assertIsNotNone(migration['id'])
        self.assertIsNone(migration.get('fault'))

    def test_lock_migration_4(self):
        # lock a migration and check its state
        migration = self._create_migration(name='migration-4')
        # The migration must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')

    def test_rebuild_migration_5(self):
        migration = self._create_migration(name='migration-5')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa
        self.assertEqual('BUILD', migration['status'])
        migration['metadata'] = {'key': 'active', 'count': 45}
        self.assertGreater(len(self.migrations), 0)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_evacuate_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertEqual('BUILD', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIn('metadata', migration)

    def test_shelve_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertGreater(len(self.migrations), 0)
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertGreater(len(self.migrations), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIn('metadata', migration)

    def test_rescue_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        # The migration must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def test_shelve_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertIsInstance(migration, dict)
        self.assertIsNone(migration.get('fault'))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')

    def test_delete_migration_4(self):
        # delete a migration and check its state
        migration = self._create_migration(name='migration-4')
        self.assertIsNotNone(migration['id'])
        self.assertIn('BUILD', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa
        self.assertIsNotNone(migration['id'])
        self.assertIsNotNone(migration['id'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIn('metadata', migration)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
