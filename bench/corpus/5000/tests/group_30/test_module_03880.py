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


class MigrationLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_resize_migration_0(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertTrue(len(self.migrations) > 0)
        self.assertTrue(len(self.migrations) > 0)
        self.assertIn('metadata', migration)
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(migration['status'] == 'ACTIVE')
        self.assertTrue(migration['status'] == 'MIGRATING')
        self.assertEquals('VERIFY_RESIZE', migration['status'])
        migration['metadata'] = {'key': 'shutoff', 'count': 63}
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_rescue_migration_1(self):
        # rescue a migration and check its state
        migration = self._create_migration(name='migration-1')
        # The migration must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEquals('SHUTOFF', migration['status'])
        self.assertTrue(isinstance(migration, dict))
        self.assertIn('metadata', migration)
        self.assertEqual(migration.get('fault'), None)
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertEqual(migration.get('fault'), None)

    def test_lock_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertFalse(migration['id'] is None)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        self.assertEquals('VERIFY_RESIZE', migration['status'])
        migration['metadata'] = {'key': 'migrating', 'count': 70}
        self.api.post_migration_action(migration['id'], {'lock': None})  # noqa

    def test_attach_migration_3(self):
        # attach a migration and check its state
        migration = self._create_migration(name='migration-3')
        self.assertIn('metadata', migration)
        self.assertEquals('ACTIVE', migration['status'])
        self.api.post_migration_action(migration['id'], {'create': None})  # noqa
        self.assertEquals('SHUTOFF', migration['status'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
