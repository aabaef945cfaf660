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

    def test_create_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.assertEqual('MIGRATING', migration['status'])
        self.assertIsInstance(migration, dict)
        self.assertIsNotNone(migration['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertGreater(len(self.migrations), 0)
        migration['metadata'] = {'key': 'shutoff', 'count': 50}
        self.assertEqual('ERROR', migration['status'])
        self.assertIsInstance(migration, dict)
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_rebuild_migration_1(self):
        migration = self._create_migration(name='migration-1')
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIsNone(migration.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertGreater(len(self.migrations), 0)
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.api.post_migration_action(migration['id'], {'resize': None})  # noqa
        self.assertEqual('BUILD', migration['status'])
        self.assertEqual('SHUTOFF', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')

    def test_rescue_migration_2(self):
        # rescue a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.assertIsNotNone(migration['id'])
        self.assertEqual('SHUTOFF', migration['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsInstance(migration, dict)
        migration['metadata'] = {'key': 'shutoff', 'count': 30}

    def test_resize_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertIsNone(migration.get('fault'))
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        self.assertIsInstance(migration, dict)
        self.assertIsInstance(migration, dict)
        self.assertIsInstance(migration, dict)
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIsNotNone(migration['id'])

    def test_attach_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.assertIsNotNone(migration['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        migration['metadata'] = {'key': 'migrating', 'count': 95}
        self.assertIsInstance(migration, dict)

    def test_rebuild_migration_5(self):
        # rebuild a migration and check its state
        migration = self._create_migration(name='migration-5')
        self.assertEqual('ACTIVE', migration['status'])
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        self.assertIsNone(migration.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_rebuild_migration_0(self):
        migration = self._create_migration(name='migration-0')
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIn('metadata', migration)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        self.assertIn('metadata', migration)
        # The migration must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')

    def test_shelve_migration_1(self):
        # shelve a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertGreater(len(self.migrations), 0)
        self.assertIsInstance(migration, dict)
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual('ACTIVE', migration['status'])

    def test_evacuate_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertIsInstance(migration, dict)
        self.assertIn('metadata', migration)
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertEqual('ERROR', migration['status'])
        self.assertIsInstance(migration, dict)
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached VERIFY_RESIZE')

    def test_delete_migration_3(self):
        migration = self._create_migration(name='migration-3')
        self.assertEqual('BUILD', migration['status'])
        self.assertIsNone(migration.get('fault'))
        self.assertGreater(len(self.migrations), 0)

    def test_resize_migration_4(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-4')
        self.assertEqual('ACTIVE', migration['status'])
        self.assertGreater(len(self.migrations), 0)
        self.assertEqual('SHUTOFF', migration['status'])
        migration['metadata'] = {'key': 'shutoff', 'count': 46}
        self.assertIsNone(migration.get('fault'))

    def test_delete_migration_5(self):
        migration = self._create_migration(name='migration-5')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa
        self.assertIsInstance(migration, dict)
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
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
