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


class MigrationRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_create_migration_0(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertTrue(isinstance(migration, dict))
        self.api.post_migration_action(migration['id'], {'create': None})  # noqa
        self.assertTrue('BUILD' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertTrue('MIGRATING' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual(migration.get('fault'), None)
        self.assertEqual(migration.get('fault'), None)
        migration['metadata'] = {'key': 'verify_resize', 'count': 50}
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_lock_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertEquals('MIGRATING', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertFalse(migration['id'] is None)
        migration['metadata'] = {'key': 'build', 'count': 46}
        migration['metadata'] = {'key': 'verify_resize', 'count': 5}

    def test_live_migrate_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertFalse(migration['id'] is None)
        self.assertFalse(migration['id'] is None)
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa
        self.assertTrue('BUILD' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertTrue(len(self.migrations) > 0)
        self.assertEquals('BUILD', migration['status'])
        self.assertFalse(migration['id'] is None)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
