/**
 * A deterministic synthetic corpus of OpenStack-style unittest modules: the
 * same seed and count always give the same files, byte for byte.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A small seeded PRNG (mulberry32), so corpora are reproducible. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RESOURCES = ['server', 'volume', 'image', 'flavor', 'aggregate', 'port', 'network', 'keypair', 'migration', 'hypervisor'];
const STATUSES = ['ACTIVE', 'ERROR', 'SHUTOFF', 'BUILD', 'MIGRATING', 'VERIFY_RESIZE'];
const ACTIONS = ['create', 'delete', 'resize', 'rebuild', 'live_migrate', 'shelve', 'evacuate', 'lock', 'rescue', 'attach'];

/** One module's source. */
export function generateModule(seed: number): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const resource = pick(RESOURCES);
  // About a quarter of the modules predate the precise assertions, as in real suites;
  // only those poll with time.sleep, a few times each.
  const legacy = next() < 0.25;
  const Resource = resource[0].toUpperCase() + resource.slice(1);
  const lines: string[] = [
    '# Copyright 2026 OpenStack Foundation',
    '#',
    '#    Licensed under the Apache License, Version 2.0 (the "License"); you may',
    '#    not use this file except in compliance with the License.',
    '',
    `"""Functional tests for the ${resource} API."""`,
    '',
    'import time',
    'import unittest',
    '',
    'from oslo_utils import uuidutils',
    '',
    'from nova import exception',
    'from nova.tests.functional import integrated_helpers',
    '',
    '',
  ];
  const classes = 1 + Math.floor(next() * 2);
  for (let c = 0; c < classes; c++) {
    lines.push(`class ${Resource}${pick(ACTIONS).replace(/(^|_)(\w)/g, (_, __, ch: string) => ch.toUpperCase())}Test${c}(integrated_helpers._IntegratedTestBase):`);
    lines.push(`    """Tests for ${resource} actions."""`, '');
    lines.push('    def setUp(self):', '        super().setUp()', `        self.${resource}s = []`, '');
    const methods = 3 + Math.floor(next() * 4);
    for (let m = 0; m < methods; m++) {
      const action = pick(ACTIONS);
      lines.push(`    def test_${action}_${resource}_${m}(self):`);
      if (next() < 0.5) lines.push(`        # ${action.replace('_', ' ')} a ${resource} and check its state`);
      lines.push(`        ${resource} = self._create_${resource}(name='${resource}-${m}')`);
      const statements = 3 + Math.floor(next() * 8);
      for (let s = 0; s < statements; s++) lines.push(...statement(next, pick, resource, legacy));
      lines.push('');
    }
    lines.push(`    def _create_${resource}(self, name):`);
    lines.push(`        ${resource} = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}`);
    lines.push(`        self.${resource}s.append(${resource})`, `        return ${resource}`, '', '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function statement(next: () => number, pick: <T>(items: readonly T[]) => T, resource: string, legacy: boolean): string[] {
  const status = pick(STATUSES);
  const r = resource;
  switch (Math.floor(next() * 14)) {
    case 0:
      return [legacy ? `        self.assertTrue(${r}['status'] == '${status}')` : `        self.assertEqual('${status}', ${r}['status'])`];
    case 1:
      return [`        self.${legacy ? 'assertEquals' : 'assertEqual'}('${status}', ${r}['status'])`];
    case 2:
      return [legacy ? `        self.assertEqual(${r}.get('fault'), None)` : `        self.assertIsNone(${r}.get('fault'))`];
    case 3:
      return [`        self.${legacy ? 'assertTrue' : 'assertIn'}('${status}'${legacy ? ' in' : ','} [s['status'] for s in self.${r}s],`, `                        'missing %s' % ${r}['id'])`];
    case 4:
      return [legacy ? `        self.assertFalse(${r}['id'] is None)` : `        self.assertIsNotNone(${r}['id'])`];
    case 5:
      return [legacy ? `        self.assertTrue(isinstance(${r}, dict))` : `        self.assertIsInstance(${r}, dict)`];
    case 6:
      return [legacy ? `        self.assertTrue(len(self.${r}s) > 0)` : `        self.assertGreater(len(self.${r}s), 0)`];
    case 7:
      // Polling loops are rare in real suites: a few modules in a hundred.
      if (!legacy || next() > 0.2) return [`        self.assertIn('status', ${r})`];
      return [
        `        for attempt in range(10):`,
        `            ${r} = self.api.get_${r}(${r}['id'])`,
        `            if ${r}['status'] == '${status}':`,
        `                break`,
        `            time.sleep(0.5)`,
        `        else:`,
        `            self.fail('${r} never reached ${status}')`,
      ];
    case 8:
      return [`        ${r}['metadata'] = {'key': '${status.toLowerCase()}', 'count': ${Math.floor(next() * 100)}}`];
    case 9:
      return [`        self.api.post_${r}_action(${r}['id'], {'${pick(ACTIONS)}': None})  # noqa`];
    case 10:
      return [`        self.assertEqual('${status}', ${r}['status'])`];
    case 11:
      return [`        self.assertIn('metadata', ${r})`];
    case 12:
      return [`        with self.assertRaises(exception.NotFound):`, `            self.api.get_${r}(uuidutils.generate_uuid())`];
    default:
      return [`        # The ${r} must not change while it is ${status.toLowerCase()}.`, `        self.${legacy ? 'assertItemsEqual' : 'assertCountEqual'}(['id', 'name', 'status'], sorted(${r}))`];
  }
}

/** Writes `count` modules into `dir` (emptied first), spread over sub-packages. */
export function generateCorpus(dir: string, count: number): void {
  rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, 'tests', `group_${String(i % 50).padStart(2, '0')}`, `test_module_${String(i).padStart(5, '0')}.py`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, generateModule(i + 1));
  }
}
