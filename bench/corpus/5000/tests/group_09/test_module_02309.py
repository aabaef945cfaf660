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

    def test_resize_migration_0(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertEqual('BUILD', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(len(self.migrations) > 0)
        migration['metadata'] = {'key': 'build', 'count': 95}
        # The migration must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIn('metadata', migration)

    def test_rescue_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa
        self.assertIn('metadata', migration)
        self.assertFalse(migration['id'] is None)
        migration['metadata'] = {'key': 'build', 'count': 73}
        self.assertEqual(migration.get('fault'), None)
        self.assertEqual(migration.get('fault'), None)

    def test_create_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertEquals('ACTIVE', migration['status'])
        self.api.post_migration_action(migration['id'], {'rebuild': None})  # noqa
        # The migration must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertTrue(len(self.migrations) > 0)
        self.assertTrue(isinstance(migration, dict))

    def test_delete_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertEqual(migration.get('fault'), None)
        self.api.post_migration_action(migration['id'], {'create': None})  # noqa
        self.assertFalse(migration['id'] is None)
        self.assertIn('metadata', migration)
        self.assertFalse(migration['id'] is None)
        migration['metadata'] = {'key': 'shutoff', 'count': 11}
        self.assertFalse(migration['id'] is None)

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
        # The migration must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        migration['metadata'] = {'key': 'verify_resize', 'count': 68}

    def test_attach_migration_1(self):
        # attach a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertEqual('ACTIVE', migration['status'])
        self.assertFalse(migration['id'] is None)
        migration['metadata'] = {'key': 'active', 'count': 94}
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual('BUILD', migration['status'])
        self.assertTrue(isinstance(migration, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_create_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertEqual('SHUTOFF', migration['status'])
        migration['metadata'] = {'key': 'build', 'count': 91}
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        # The migration must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue(migration['status'] == 'SHUTOFF')
        self.assertTrue(len(self.migrations) > 0)
        self.assertEqual(migration.get('fault'), None)
        self.assertEqual(migration.get('fault'), None)

    def test_resize_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertFalse(migration['id'] is None)
        # The migration must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        # The migration must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        migration['metadata'] = {'key': 'shutoff', 'count': 1}
        self.assertEqual('SHUTOFF', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_delete_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.assertTrue(migration['status'] == 'MIGRATING')
        self.api.post_migration_action(migration['id'], {'evacuate': None})  # noqa
        self.assertTrue(len(self.migrations) > 0)
        # The migration must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue(isinstance(migration, dict))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa

    def test_attach_migration_5(self):
        migration = self._create_migration(name='migration-5')
        self.assertTrue('BUILD' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        migration['metadata'] = {'key': 'error', 'count': 76}
        migration['metadata'] = {'key': 'build', 'count': 33}
        self.assertEqual(migration.get('fault'), None)
        self.api.post_migration_action(migration['id'], {'live_migrate': None})  # noqa
        self.assertEqual(migration.get('fault'), None)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
