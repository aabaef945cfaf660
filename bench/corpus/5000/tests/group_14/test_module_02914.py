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


class MigrationShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_lock_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIn('metadata', migration)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertTrue(len(self.migrations) > 0)

    def test_resize_migration_1(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-1')
        # The migration must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        migration['metadata'] = {'key': 'migrating', 'count': 2}
        self.assertTrue(migration['status'] == 'ACTIVE')
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        self.assertFalse(migration['id'] is None)
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        self.assertTrue('MIGRATING' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_lock_migration_2(self):
        # lock a migration and check its state
        migration = self._create_migration(name='migration-2')
        migration['metadata'] = {'key': 'build', 'count': 15}
        self.assertTrue(migration['status'] == 'SHUTOFF')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
