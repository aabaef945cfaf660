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
        migration = self._create_migration(name='migration-0')
        self.assertIn('metadata', migration)
        self.assertTrue(len(self.migrations) > 0)
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue('BUILD' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertTrue(migration['status'] == 'BUILD')
        self.assertIn('metadata', migration)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertEqual('ERROR', migration['status'])

    def test_evacuate_migration_1(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-1')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        self.assertTrue(len(self.migrations) > 0)
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(isinstance(migration, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertTrue(len(self.migrations) > 0)
        self.assertEqual(migration.get('fault'), None)
        # The migration must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        migration['metadata'] = {'key': 'verify_resize', 'count': 16}

    def test_rebuild_migration_2(self):
        migration = self._create_migration(name='migration-2')
        # The migration must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIn('metadata', migration)
        self.assertFalse(migration['id'] is None)
        self.assertEqual(migration.get('fault'), None)
        self.assertEqual('ACTIVE', migration['status'])
        self.assertFalse(migration['id'] is None)
        self.assertFalse(migration['id'] is None)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertTrue(len(self.migrations) > 0)

    def test_evacuate_migration_3(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-3')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertIn('metadata', migration)
        self.assertFalse(migration['id'] is None)
        self.assertTrue(migration['status'] == 'ERROR')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')

    def test_evacuate_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.assertTrue(isinstance(migration, dict))
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertTrue(migration['status'] == 'SHUTOFF')
        self.assertEqual('ACTIVE', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        migration['metadata'] = {'key': 'error', 'count': 26}
        self.assertTrue(len(self.migrations) > 0)
        self.assertIn('metadata', migration)
        migration['metadata'] = {'key': 'error', 'count': 25}
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
