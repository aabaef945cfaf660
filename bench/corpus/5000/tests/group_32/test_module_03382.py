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
        migration = self._create_migration(name='migration-0')
        migration['metadata'] = {'key': 'error', 'count': 8}
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsNone(migration.get('fault'))
        self.assertIsNone(migration.get('fault'))
        self.assertIn('metadata', migration)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.api.post_migration_action(migration['id'], {'lock': None})  # noqa
        migration['metadata'] = {'key': 'verify_resize', 'count': 97}

    def test_lock_migration_1(self):
        # lock a migration and check its state
        migration = self._create_migration(name='migration-1')
        migration['metadata'] = {'key': 'build', 'count': 34}
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIsInstance(migration, dict)
        self.assertEqual('BUILD', migration['status'])

    def test_resize_migration_2(self):
        migration = self._create_migration(name='migration-2')
        # The migration must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('ERROR', migration['status'])
        self.assertGreater(len(self.migrations), 0)

    def test_create_migration_3(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-3')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        self.assertEqual('ERROR', migration['status'])
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa
        self.assertIsNone(migration.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        # The migration must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIn('metadata', migration)
        self.api.post_migration_action(migration['id'], {'rebuild': None})  # noqa

    def test_lock_migration_4(self):
        # lock a migration and check its state
        migration = self._create_migration(name='migration-4')
        migration['metadata'] = {'key': 'build', 'count': 26}
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIn('metadata', migration)

    def test_evacuate_migration_5(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-5')
        migration['metadata'] = {'key': 'shutoff', 'count': 97}
        self.assertEqual('ERROR', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', migration['status'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
