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

    def test_rebuild_migration_0(self):
        # rebuild a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertIsInstance(migration, dict)
        self.assertEqual('SHUTOFF', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertIsInstance(migration, dict)
        self.assertEqual('VERIFY_RESIZE', migration['status'])

    def test_rescue_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertIsInstance(migration, dict)
        self.assertIsNotNone(migration['id'])
        self.assertIn('metadata', migration)
        self.assertIsNotNone(migration['id'])
        self.api.post_migration_action(migration['id'], {'evacuate': None})  # noqa
        migration['metadata'] = {'key': 'error', 'count': 49}
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNone(migration.get('fault'))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')

    def test_lock_migration_2(self):
        # lock a migration and check its state
        migration = self._create_migration(name='migration-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsNone(migration.get('fault'))
        self.assertGreater(len(self.migrations), 0)

    def test_lock_migration_3(self):
        migration = self._create_migration(name='migration-3')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        self.assertGreater(len(self.migrations), 0)
        self.assertEqual('BUILD', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertIsInstance(migration, dict)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertEqual('ACTIVE', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')

    def test_resize_migration_4(self):
        migration = self._create_migration(name='migration-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        migration['metadata'] = {'key': 'shutoff', 'count': 53}
        migration['metadata'] = {'key': 'shutoff', 'count': 46}
        self.assertIn('BUILD', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIn('metadata', migration)
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
