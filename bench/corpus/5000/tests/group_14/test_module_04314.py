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
        self.assertIn('metadata', migration)
        self.assertEquals('BUILD', migration['status'])
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(isinstance(migration, dict))
        self.assertEquals('MIGRATING', migration['status'])
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa

    def test_evacuate_migration_1(self):
        migration = self._create_migration(name='migration-1')
        # The migration must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue(isinstance(migration, dict))
        self.assertFalse(migration['id'] is None)
        self.assertTrue(migration['status'] == 'BUILD')
        self.assertFalse(migration['id'] is None)
        self.assertFalse(migration['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(migration['status'] == 'ACTIVE')

    def test_attach_migration_2(self):
        # attach a migration and check its state
        migration = self._create_migration(name='migration-2')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        self.assertTrue(len(self.migrations) > 0)
        self.assertEquals('ERROR', migration['status'])
        self.assertFalse(migration['id'] is None)
        self.assertTrue('ERROR' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual('MIGRATING', migration['status'])
        self.assertTrue(migration['status'] == 'ACTIVE')
        self.assertEqual('ERROR', migration['status'])
        self.assertEqual('VERIFY_RESIZE', migration['status'])

    def test_delete_migration_3(self):
        # delete a migration and check its state
        migration = self._create_migration(name='migration-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        # The migration must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertTrue(len(self.migrations) > 0)
        self.assertEquals('ACTIVE', migration['status'])
        self.assertFalse(migration['id'] is None)
        self.assertFalse(migration['id'] is None)

    def test_resize_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.assertEqual(migration.get('fault'), None)
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(len(self.migrations) > 0)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertTrue(migration['status'] == 'SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_shelve_migration_5(self):
        # shelve a migration and check its state
        migration = self._create_migration(name='migration-5')
        self.assertIn('metadata', migration)
        self.assertIn('metadata', migration)
        self.assertEqual('ACTIVE', migration['status'])
        self.assertTrue(len(self.migrations) > 0)
        self.assertTrue(migration['status'] == 'SHUTOFF')
        self.assertFalse(migration['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.api.post_migration_action(migration['id'], {'evacuate': None})  # noqa

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
