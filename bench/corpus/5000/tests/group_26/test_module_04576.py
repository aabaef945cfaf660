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
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertIsInstance(migration, dict)
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        # The migration must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def test_lock_migration_1(self):
        migration = self._create_migration(name='migration-1')
        migration['metadata'] = {'key': 'migrating', 'count': 15}
        self.assertIn('metadata', migration)
        self.assertEqual('MIGRATING', migration['status'])
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNotNone(migration['id'])
        self.assertGreater(len(self.migrations), 0)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsNotNone(migration['id'])

    def test_resize_migration_2(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertEqual('BUILD', migration['status'])
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('ERROR', migration['status'])

    def test_rescue_migration_3(self):
        migration = self._create_migration(name='migration-3')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa
        migration['metadata'] = {'key': 'verify_resize', 'count': 31}
        self.api.post_migration_action(migration['id'], {'lock': None})  # noqa
        self.assertEqual('ACTIVE', migration['status'])
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('BUILD', migration['status'])
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNotNone(migration['id'])

    def test_delete_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.assertEqual('ACTIVE', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        migration['metadata'] = {'key': 'active', 'count': 95}
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_create_migration_5(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-5')
        self.assertEqual('MIGRATING', migration['status'])
        migration['metadata'] = {'key': 'active', 'count': 5}
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_evacuate_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertIn('metadata', migration)
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIsNone(migration.get('fault'))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        migration['metadata'] = {'key': 'active', 'count': 95}
        self.assertIn('metadata', migration)

    def test_rescue_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertIn('metadata', migration)
        migration['metadata'] = {'key': 'shutoff', 'count': 88}
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertIsInstance(migration, dict)
        self.assertEqual('ACTIVE', migration['status'])

    def test_rescue_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertGreater(len(self.migrations), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('BUILD', migration['status'])
        self.assertEqual('BUILD', migration['status'])

    def test_evacuate_migration_3(self):
        migration = self._create_migration(name='migration-3')
        migration['metadata'] = {'key': 'error', 'count': 32}
        self.api.post_migration_action(migration['id'], {'lock': None})  # noqa
        migration['metadata'] = {'key': 'active', 'count': 2}
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNotNone(migration['id'])
        self.assertEqual('ACTIVE', migration['status'])
        self.assertGreater(len(self.migrations), 0)
        migration['metadata'] = {'key': 'migrating', 'count': 2}
        # The migration must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def test_shelve_migration_4(self):
        # shelve a migration and check its state
        migration = self._create_migration(name='migration-4')
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIsInstance(migration, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', migration['status'])
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIsNone(migration.get('fault'))
        migration['metadata'] = {'key': 'build', 'count': 28}
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        self.assertEqual('BUILD', migration['status'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
