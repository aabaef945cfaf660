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


class MigrationCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_evacuate_migration_0(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertIsNotNone(migration['id'])
        # The migration must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        # The migration must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIsNotNone(migration['id'])
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa
        self.assertGreater(len(self.migrations), 0)
        migration['metadata'] = {'key': 'migrating', 'count': 77}
        self.assertIsInstance(migration, dict)
        migration['metadata'] = {'key': 'shutoff', 'count': 78}
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')

    def test_evacuate_migration_1(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertIsInstance(migration, dict)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIn('metadata', migration)
        self.assertIn('metadata', migration)
        self.api.post_migration_action(migration['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', migration)

    def test_rebuild_migration_2(self):
        migration = self._create_migration(name='migration-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.api.post_migration_action(migration['id'], {'lock': None})  # noqa
        self.assertEqual('BUILD', migration['status'])
        self.assertIsNone(migration.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertGreater(len(self.migrations), 0)
        self.api.post_migration_action(migration['id'], {'rebuild': None})  # noqa
        self.assertIsNotNone(migration['id'])

    def test_resize_migration_3(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        # The migration must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIn('BUILD', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual('MIGRATING', migration['status'])
        migration['metadata'] = {'key': 'verify_resize', 'count': 92}
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        migration['metadata'] = {'key': 'verify_resize', 'count': 41}
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')

    def test_rebuild_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.assertEqual('ERROR', migration['status'])
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.api.post_migration_action(migration['id'], {'rebuild': None})  # noqa
        self.assertGreater(len(self.migrations), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        migration['metadata'] = {'key': 'shutoff', 'count': 92}
        migration['metadata'] = {'key': 'shutoff', 'count': 30}
        self.assertEqual('ERROR', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
