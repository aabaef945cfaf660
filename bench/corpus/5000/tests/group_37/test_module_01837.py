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

    def test_resize_migration_0(self):
        migration = self._create_migration(name='migration-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEquals('VERIFY_RESIZE', migration['status'])
        self.assertTrue('ERROR' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIn('metadata', migration)
        self.assertEqual(migration.get('fault'), None)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        self.assertTrue(len(self.migrations) > 0)
        self.assertEqual('ERROR', migration['status'])
        self.assertTrue(len(self.migrations) > 0)

    def test_lock_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertEqual(migration.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.api.post_migration_action(migration['id'], {'rebuild': None})  # noqa
        migration['metadata'] = {'key': 'active', 'count': 11}
        self.assertIn('metadata', migration)
        # The migration must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual(migration.get('fault'), None)
        self.assertEquals('ACTIVE', migration['status'])

    def test_rebuild_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertEqual(migration.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertFalse(migration['id'] is None)
        self.assertEquals('BUILD', migration['status'])
        self.assertIn('metadata', migration)
        migration['metadata'] = {'key': 'migrating', 'count': 68}
        self.assertTrue(migration['status'] == 'BUILD')
        self.assertFalse(migration['id'] is None)
        self.assertTrue(isinstance(migration, dict))
        self.api.post_migration_action(migration['id'], {'rebuild': None})  # noqa

    def test_rebuild_migration_3(self):
        # rebuild a migration and check its state
        migration = self._create_migration(name='migration-3')
        migration['metadata'] = {'key': 'build', 'count': 88}
        # The migration must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_shelve_migration_4(self):
        # shelve a migration and check its state
        migration = self._create_migration(name='migration-4')
        migration['metadata'] = {'key': 'build', 'count': 33}
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEquals('ACTIVE', migration['status'])
        migration['metadata'] = {'key': 'migrating', 'count': 84}
        migration['metadata'] = {'key': 'build', 'count': 92}
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(len(self.migrations) > 0)
        self.assertFalse(migration['id'] is None)

    def test_resize_migration_5(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-5')
        self.assertFalse(migration['id'] is None)
        # The migration must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue(migration['status'] == 'ERROR')
        self.assertTrue(migration['status'] == 'ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_create_migration_0(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertEquals('ERROR', migration['status'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa
        self.assertEqual(migration.get('fault'), None)
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_resize_migration_1(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertIn('metadata', migration)
        # The migration must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual(migration.get('fault'), None)
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        self.assertTrue(isinstance(migration, dict))
        self.assertTrue(len(self.migrations) > 0)
        self.assertEqual('SHUTOFF', migration['status'])

    def test_evacuate_migration_2(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        migration['metadata'] = {'key': 'verify_resize', 'count': 25}
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertEquals('BUILD', migration['status'])
        self.assertEquals('SHUTOFF', migration['status'])
        self.assertEquals('VERIFY_RESIZE', migration['status'])
        migration['metadata'] = {'key': 'build', 'count': 94}
        self.assertFalse(migration['id'] is None)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
