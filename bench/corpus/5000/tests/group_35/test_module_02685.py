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


class MigrationLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_delete_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertIsNotNone(migration['id'])
        self.api.post_migration_action(migration['id'], {'evacuate': None})  # noqa
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertGreater(len(self.migrations), 0)
        self.assertEqual('BUILD', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_shelve_migration_1(self):
        # shelve a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        migration['metadata'] = {'key': 'shutoff', 'count': 14}
        self.assertEqual('MIGRATING', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertEqual('SHUTOFF', migration['status'])

    def test_rebuild_migration_2(self):
        # rebuild a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertIsNone(migration.get('fault'))
        # The migration must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def test_create_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertIsInstance(migration, dict)
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIsInstance(migration, dict)
        self.assertEqual('BUILD', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa

    def test_resize_migration_4(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-4')
        self.assertEqual('ERROR', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        migration['metadata'] = {'key': 'shutoff', 'count': 36}
        self.assertIsInstance(migration, dict)
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertIn('metadata', migration)
        migration['metadata'] = {'key': 'verify_resize', 'count': 16}
        self.assertGreater(len(self.migrations), 0)
        # The migration must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIsNone(migration.get('fault'))

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_attach_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertEqual('ACTIVE', migration['status'])
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')

    def test_attach_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertIn('metadata', migration)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        migration['metadata'] = {'key': 'shutoff', 'count': 19}
        self.assertIsNotNone(migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        self.assertIsInstance(migration, dict)

    def test_delete_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertGreater(len(self.migrations), 0)
        self.assertEqual('ERROR', migration['status'])
        self.assertIsNotNone(migration['id'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertIsInstance(migration, dict)
        self.assertGreater(len(self.migrations), 0)
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNotNone(migration['id'])

    def test_rescue_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertIsNotNone(migration['id'])
        migration['metadata'] = {'key': 'error', 'count': 81}
        migration['metadata'] = {'key': 'migrating', 'count': 5}

    def test_rescue_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.assertIsNotNone(migration['id'])
        self.assertEqual('MIGRATING', migration['status'])
        self.assertEqual('BUILD', migration['status'])
        self.assertIn('metadata', migration)
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('SHUTOFF', migration['status'])

    def test_rescue_migration_5(self):
        migration = self._create_migration(name='migration-5')
        self.assertEqual('ERROR', migration['status'])
        migration['metadata'] = {'key': 'build', 'count': 90}
        self.assertGreater(len(self.migrations), 0)
        self.assertIsInstance(migration, dict)
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIsInstance(migration, dict)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
