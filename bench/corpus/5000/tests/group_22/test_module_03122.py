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

    def test_shelve_migration_0(self):
        # shelve a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIn('metadata', migration)
        self.assertIn('metadata', migration)

    def test_rescue_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertIsNotNone(migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        migration['metadata'] = {'key': 'error', 'count': 77}
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa
        self.assertIsNone(migration.get('fault'))
        migration['metadata'] = {'key': 'verify_resize', 'count': 49}

    def test_rescue_migration_2(self):
        # rescue a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertEqual('MIGRATING', migration['status'])
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('ERROR', migration['status'])
        # The migration must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertGreater(len(self.migrations), 0)

    def test_shelve_migration_3(self):
        migration = self._create_migration(name='migration-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('ERROR', migration['status'])
        self.assertEqual('ERROR', migration['status'])
        self.assertGreater(len(self.migrations), 0)
        migration['metadata'] = {'key': 'active', 'count': 60}
        migration['metadata'] = {'key': 'error', 'count': 6}
        self.assertEqual('SHUTOFF', migration['status'])

    def test_rebuild_migration_4(self):
        # rebuild a migration and check its state
        migration = self._create_migration(name='migration-4')
        self.assertIn('metadata', migration)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_evacuate_migration_5(self):
        migration = self._create_migration(name='migration-5')
        self.assertIsNone(migration.get('fault'))
        migration['metadata'] = {'key': 'error', 'count': 64}
        migration['metadata'] = {'key': 'migrating', 'count': 40}
        self.assertIsNotNone(migration['id'])
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertEqual('BUILD', migration['status'])
        self.api.post_migration_action(migration['id'], {'create': None})  # noqa
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIsNone(migration.get('fault'))

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
