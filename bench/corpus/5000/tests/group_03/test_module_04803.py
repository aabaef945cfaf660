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


class MigrationDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_shelve_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertIsInstance(migration, dict)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        self.api.post_migration_action(migration['id'], {'live_migrate': None})  # noqa
        self.assertEqual('ERROR', migration['status'])
        self.assertEqual('VERIFY_RESIZE', migration['status'])

    def test_evacuate_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertIsNone(migration.get('fault'))
        self.api.post_migration_action(migration['id'], {'rebuild': None})  # noqa
        self.assertIn('BUILD', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_create_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.api.post_migration_action(migration['id'], {'live_migrate': None})  # noqa
        self.assertIsInstance(migration, dict)
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNone(migration.get('fault'))
        self.assertIsInstance(migration, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_live_migrate_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertEqual('ACTIVE', migration['status'])
        self.assertEqual('MIGRATING', migration['status'])
        self.assertEqual('ERROR', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('BUILD', migration['status'])
        self.assertEqual('ERROR', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_resize_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.assertEqual('SHUTOFF', migration['status'])
        self.assertIn('metadata', migration)
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
