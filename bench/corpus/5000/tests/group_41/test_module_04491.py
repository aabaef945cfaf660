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

    def test_resize_migration_0(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertIn('metadata', migration)
        self.assertIn('metadata', migration)
        self.assertIsInstance(migration, dict)
        self.assertEqual('SHUTOFF', migration['status'])

    def test_attach_migration_1(self):
        migration = self._create_migration(name='migration-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        migration['metadata'] = {'key': 'build', 'count': 28}
        self.assertIsNone(migration.get('fault'))
        # The migration must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIsInstance(migration, dict)
        self.assertIn('metadata', migration)

    def test_rescue_migration_2(self):
        # rescue a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertIn('metadata', migration)
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_delete_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa
        self.api.post_migration_action(migration['id'], {'evacuate': None})  # noqa

    def test_rebuild_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.assertIsNone(migration.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertEqual('MIGRATING', migration['status'])

    def test_delete_migration_5(self):
        # delete a migration and check its state
        migration = self._create_migration(name='migration-5')
        self.assertIsNone(migration.get('fault'))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertGreater(len(self.migrations), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIn('metadata', migration)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
