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
        self.assertEqual('BUILD', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsInstance(migration, dict)
        self.assertIsInstance(migration, dict)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')

    def test_resize_migration_1(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertIsInstance(migration, dict)
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIsNotNone(migration['id'])
        self.api.post_migration_action(migration['id'], {'create': None})  # noqa
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        # The migration must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsInstance(migration, dict)
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        # The migration must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def test_live_migrate_migration_2(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertGreater(len(self.migrations), 0)
        self.assertEqual('BUILD', migration['status'])
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIsNotNone(migration['id'])
        migration['metadata'] = {'key': 'migrating', 'count': 65}
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')

    def test_resize_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertEqual('SHUTOFF', migration['status'])
        migration['metadata'] = {'key': 'error', 'count': 33}
        self.api.post_migration_action(migration['id'], {'evacuate': None})  # noqa
        self.assertEqual('BUILD', migration['status'])
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
