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

    def test_attach_migration_0(self):
        # attach a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertEqual('ERROR', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_resize_migration_1(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertIsInstance(migration, dict)
        self.assertIsNotNone(migration['id'])
        self.assertEqual('BUILD', migration['status'])
        self.assertIsNone(migration.get('fault'))
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_attach_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertGreater(len(self.migrations), 0)
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual('MIGRATING', migration['status'])
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        self.assertIn('metadata', migration)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_resize_migration_3(self):
        migration = self._create_migration(name='migration-3')
        # The migration must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('ACTIVE', migration['status'])
        self.assertEqual('ERROR', migration['status'])
        self.assertIsNone(migration.get('fault'))
        self.assertIsInstance(migration, dict)
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.api.post_migration_action(migration['id'], {'rebuild': None})  # noqa
        self.assertIn('MIGRATING', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_resize_migration_4(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-4')
        migration['metadata'] = {'key': 'active', 'count': 43}
        self.assertEqual('BUILD', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertIn('metadata', migration)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIn('metadata', migration)
        self.assertEqual('ERROR', migration['status'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_attach_migration_0(self):
        # attach a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.api.post_migration_action(migration['id'], {'lock': None})  # noqa
        migration['metadata'] = {'key': 'shutoff', 'count': 48}
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_delete_migration_1(self):
        migration = self._create_migration(name='migration-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsNotNone(migration['id'])
        self.assertGreater(len(self.migrations), 0)
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa
        self.assertEqual('SHUTOFF', migration['status'])
        # The migration must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertGreater(len(self.migrations), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_rescue_migration_2(self):
        migration = self._create_migration(name='migration-2')
        migration['metadata'] = {'key': 'verify_resize', 'count': 23}
        self.assertIn('BUILD', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIsInstance(migration, dict)
        self.assertEqual('BUILD', migration['status'])
        # The migration must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.api.post_migration_action(migration['id'], {'lock': None})  # noqa

    def test_rebuild_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual('ERROR', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsInstance(migration, dict)
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        # The migration must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIsInstance(migration, dict)

    def test_rescue_migration_4(self):
        migration = self._create_migration(name='migration-4')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIsNone(migration.get('fault'))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertIsNotNone(migration['id'])
        self.assertEqual('MIGRATING', migration['status'])
        self.assertGreater(len(self.migrations), 0)
        self.assertIn('metadata', migration)

    def test_resize_migration_5(self):
        migration = self._create_migration(name='migration-5')
        self.assertIn('metadata', migration)
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        # The migration must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
