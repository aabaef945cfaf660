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


class MigrationCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_evacuate_migration_0(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertEqual(migration.get('fault'), None)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertFalse(migration['id'] is None)
        self.assertEqual(migration.get('fault'), None)
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa
        self.assertTrue(migration['status'] == 'ERROR')
        self.assertTrue(len(self.migrations) > 0)
        self.assertTrue(isinstance(migration, dict))
        self.assertTrue(isinstance(migration, dict))
        self.assertTrue(migration['status'] == 'MIGRATING')

    def test_rescue_migration_1(self):
        # rescue a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertTrue(migration['status'] == 'MIGRATING')
        self.assertTrue(migration['status'] == 'BUILD')
        migration['metadata'] = {'key': 'verify_resize', 'count': 59}
        self.assertFalse(migration['id'] is None)

    def test_resize_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertFalse(migration['id'] is None)
        # The migration must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa
        self.assertTrue(migration['status'] == 'ACTIVE')
        self.assertIn('metadata', migration)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual(migration.get('fault'), None)
        migration['metadata'] = {'key': 'error', 'count': 97}
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')

    def test_create_migration_3(self):
        migration = self._create_migration(name='migration-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertFalse(migration['id'] is None)
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertEquals('ACTIVE', migration['status'])
        self.assertTrue(isinstance(migration, dict))
        # The migration must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue(isinstance(migration, dict))
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa
        # The migration must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))

    def test_delete_migration_4(self):
        # delete a migration and check its state
        migration = self._create_migration(name='migration-4')
        self.assertEqual(migration.get('fault'), None)
        # The migration must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertFalse(migration['id'] is None)
        self.assertEquals('VERIFY_RESIZE', migration['status'])

    def test_live_migrate_migration_5(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-5')
        self.assertTrue(len(self.migrations) > 0)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        # The migration must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEquals('ERROR', migration['status'])
        self.assertTrue(len(self.migrations) > 0)
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
