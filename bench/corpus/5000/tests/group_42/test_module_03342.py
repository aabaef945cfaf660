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


class MigrationResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_resize_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertTrue(isinstance(migration, dict))
        self.assertTrue(isinstance(migration, dict))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertEqual(migration.get('fault'), None)
        self.assertEqual('MIGRATING', migration['status'])
        self.assertFalse(migration['id'] is None)
        self.assertFalse(migration['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_shelve_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertTrue('BUILD' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        migration['metadata'] = {'key': 'error', 'count': 43}
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertEqual(migration.get('fault'), None)
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa

    def test_resize_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(isinstance(migration, dict))
        self.assertTrue(migration['status'] == 'MIGRATING')
        self.assertTrue(len(self.migrations) > 0)
        self.assertTrue(migration['status'] == 'ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
