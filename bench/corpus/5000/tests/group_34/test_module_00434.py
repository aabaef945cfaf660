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

    def test_attach_migration_0(self):
        # attach a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertIn('metadata', migration)
        self.assertGreater(len(self.migrations), 0)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertGreater(len(self.migrations), 0)
        self.assertIsInstance(migration, dict)
        self.assertIsNotNone(migration['id'])
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def test_evacuate_migration_1(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertIsInstance(migration, dict)
        self.assertEqual('BUILD', migration['status'])
        self.assertIsNone(migration.get('fault'))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def test_create_migration_2(self):
        migration = self._create_migration(name='migration-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsNone(migration.get('fault'))
        self.api.post_migration_action(migration['id'], {'create': None})  # noqa

    def test_rescue_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertEqual('ACTIVE', migration['status'])
        self.assertGreater(len(self.migrations), 0)
        self.api.post_migration_action(migration['id'], {'evacuate': None})  # noqa
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        # The migration must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        migration['metadata'] = {'key': 'shutoff', 'count': 98}
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertEqual('SHUTOFF', migration['status'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
