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
        self.assertIsNotNone(migration['id'])
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIn('metadata', migration)
        self.assertEqual('MIGRATING', migration['status'])
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def test_lock_migration_1(self):
        # lock a migration and check its state
        migration = self._create_migration(name='migration-1')
        # The migration must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('ERROR', migration['status'])
        migration['metadata'] = {'key': 'verify_resize', 'count': 26}
        self.assertEqual('ACTIVE', migration['status'])

    def test_lock_migration_2(self):
        # lock a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.api.post_migration_action(migration['id'], {'lock': None})  # noqa
        self.assertIsInstance(migration, dict)
        self.assertIn('metadata', migration)
        migration['metadata'] = {'key': 'shutoff', 'count': 85}
        self.assertEqual('MIGRATING', migration['status'])
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIsNone(migration.get('fault'))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
