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


class MigrationLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_attach_migration_0(self):
        migration = self._create_migration(name='migration-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('BUILD', migration['status'])
        self.assertEqual('BUILD', migration['status'])
        self.api.post_migration_action(migration['id'], {'rebuild': None})  # noqa
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        migration['metadata'] = {'key': 'verify_resize', 'count': 73}

    def test_rebuild_migration_1(self):
        # rebuild a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertIsNone(migration.get('fault'))
        self.assertGreater(len(self.migrations), 0)
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNone(migration.get('fault'))

    def test_delete_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertIn('metadata', migration)
        self.api.post_migration_action(migration['id'], {'live_migrate': None})  # noqa
        self.assertIn('BUILD', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_shelve_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertGreater(len(self.migrations), 0)
        migration['metadata'] = {'key': 'shutoff', 'count': 30}
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa
        self.assertEqual('ERROR', migration['status'])
        self.assertGreater(len(self.migrations), 0)
        migration['metadata'] = {'key': 'build', 'count': 69}
        self.assertGreater(len(self.migrations), 0)

    def test_create_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual('ERROR', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
