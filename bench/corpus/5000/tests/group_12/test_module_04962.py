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

    def test_delete_migration_0(self):
        # delete a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNotNone(migration['id'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        self.assertIsNotNone(migration['id'])
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertEqual('ACTIVE', migration['status'])
        self.assertEqual('ACTIVE', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertIsNone(migration.get('fault'))
        self.assertIn('metadata', migration)

    def test_shelve_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertEqual('SHUTOFF', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('ERROR', migration['status'])
        self.assertIsNone(migration.get('fault'))

    def test_rescue_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertIsNotNone(migration['id'])
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        self.assertIn('MIGRATING', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', migration['status'])

    def test_resize_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertGreater(len(self.migrations), 0)
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa
        self.assertIn('metadata', migration)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa

    def test_rescue_migration_4(self):
        # rescue a migration and check its state
        migration = self._create_migration(name='migration-4')
        self.assertEqual('BUILD', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        self.api.post_migration_action(migration['id'], {'lock': None})  # noqa
        self.assertIn('metadata', migration)
        self.assertIsInstance(migration, dict)
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIsNotNone(migration['id'])
        self.assertGreater(len(self.migrations), 0)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
