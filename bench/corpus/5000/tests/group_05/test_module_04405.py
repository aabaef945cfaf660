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

    def test_delete_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertIn('BUILD', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIsInstance(migration, dict)
        migration['metadata'] = {'key': 'verify_resize', 'count': 64}
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertIsInstance(migration, dict)
        self.assertEqual('ACTIVE', migration['status'])
        self.assertEqual('ACTIVE', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_resize_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertIsInstance(migration, dict)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertIsInstance(migration, dict)
        self.assertEqual('BUILD', migration['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_rebuild_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertIsInstance(migration, dict)
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertIsNone(migration.get('fault'))

    def test_resize_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIsNone(migration.get('fault'))
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        self.assertGreater(len(self.migrations), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsNotNone(migration['id'])
        self.assertEqual('MIGRATING', migration['status'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
