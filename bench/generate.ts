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

const WIDGETS = ['request', 'channel', 'factory', 'protocol', 'resource', 'session', 'transport', 'avatar', 'portal', 'deferred'];
const VERBS = ['render', 'connect', 'lose', 'write', 'flush', 'parse', 'login', 'cancel', 'resume', 'pause'];

/** `fooBar` from words. */
function camel(...words: string[]): string {
  return words.map((word, index) => (index === 0 ? word : word[0].toUpperCase() + word.slice(1))).join('');
}

/**
 * One Twisted-style trial module: classes of camelCase tests and helpers
 * (`test_renderEmpty`, `_makeRequest`, `requestCount`) that call the
 * helpers of their package's `helpers` module. One module in eight mixes in
 * snake_case locals and helpers, which naming renames across the run.
 */
export function generateCamelModule(seed: number, group: string): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const widget = pick(WIDGETS);
  const Widget = widget[0].toUpperCase() + widget.slice(1);
  const mixed = next() < 0.125;
  const local = (...words: string[]) => (mixed && next() < 0.5 ? words.join('_') : camel(...words));
  const lines = [
    '# Copyright (c) Twisted Matrix Laboratories.',
    '# See LICENSE for details.',
    '',
    `"""`,
    `Tests for L{twisted.${group}.${widget}}.`,
    `"""`,
    '',
    'from twisted.trial import unittest',
    `from tests.${group}.helpers import ${camel('make', widget)}, ${camel('assert', widget, 'state')}`,
    '',
    '',
  ];
  const classes = 1 + Math.floor(next() * 3);
  for (let c = 0; c < classes; c++) {
    const verb = pick(VERBS);
    lines.push(`class ${Widget}${verb[0].toUpperCase()}${verb.slice(1)}Tests${c}(unittest.TestCase):`, '    """', `    Tests for L{${Widget}.${verb}}.`, '    """', '');
    lines.push('    def setUp(self):', `        self.${camel(widget, 'count')} = 0`, `        self.${camel('pending', 'calls')} = []`, '');
    const helper = mixed && next() < 0.5 ? `_${verb}_${widget}` : `_${camel(verb, widget)}`;
    lines.push(`    def ${helper}(self, ${local(widget, 'name')}, ${local('max', 'items')}=3):`);
    lines.push(`        ${local(widget, 'obj')} = ${camel('make', widget)}(${local(widget, 'name')})`);
    lines.push(`        for ${local('item', 'index')} in range(${local('max', 'items')}):`);
    lines.push(`            ${local(widget, 'obj')}['items'].append(${local('item', 'index')})`);
    lines.push(`        self.${camel(widget, 'count')} += 1`, `        return ${local(widget, 'obj')}`, '');
    const tests = 3 + Math.floor(next() * 6);
    for (let t = 0; t < tests; t++) {
      const state = pick(['Empty', 'Closed', 'Pending', 'Failed', 'Twice', 'Unicode', 'Large']);
      lines.push(`    def test_${verb}${state}${t}(self):`, '        """', `        L{${Widget}.${verb}} handles a ${state.toLowerCase()} ${widget}.`, '        """');
      const result = local('rendered', widget);
      lines.push(`        ${result} = self.${helper}('${state.toLowerCase()}', ${t + 1})`);
      const statements = 2 + Math.floor(next() * 6);
      for (let s = 0; s < statements; s++) {
        switch (Math.floor(next() * 6)) {
          case 0:
            lines.push(`        self.assertEqual(${result}['items'], list(range(${t + 1})))`);
            break;
          case 1:
            lines.push(`        ${camel('assert', widget, 'state')}(self, ${result}, '${state.toLowerCase()}')`);
            break;
          case 2:
            lines.push(`        ${local('call', 'count')} = len(self.${camel('pending', 'calls')})`, `        self.assertEqual(0, ${local('call', 'count')})`);
            break;
          case 3:
            lines.push(`        self.${camel('pending', 'calls')}.append(${result})`, `        self.assertIn(${result}, self.${camel('pending', 'calls')})`);
            break;
          case 4:
            lines.push(`        self.assertTrue(self.${camel(widget, 'count')} == 1)`);
            break;
          default:
            lines.push(`        self.assertIsInstance(${result}, dict)`);
        }
      }
      lines.push('');
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The helpers module of a Twisted-style package: camelCase functions the tests import. */
function camelHelpers(): string {
  const lines = ['"""', 'Helpers for the tests of this package.', '"""', ''];
  for (const widget of WIDGETS) {
    lines.push('', `def ${camel('make', widget)}(${camel(widget, 'name')}):`, `    return {'name': ${camel(widget, 'name')}, 'items': []}`, '');
    lines.push('', `def ${camel('assert', widget, 'state')}(testCase, ${widget}, expectedState):`, `    testCase.assertIn('items', ${widget})`, `    return expectedState`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * Writes Twisted-style camelCase test packages into `dir` (emptied first)
 * until they hold `bytes` of source; returns the number of modules.
 */
export function generateCamelCorpus(dir: string, bytes: number): number {
  rmSync(dir, { recursive: true, force: true });
  let written = 0;
  let count = 0;
  while (written < bytes) {
    const group = `group_${String(count % 40).padStart(2, '0')}`;
    const packageDir = path.join(dir, 'tests', group);
    if (count < 40) {
      mkdirSync(packageDir, { recursive: true });
      writeFileSync(path.join(dir, 'tests', '__init__.py'), '');
      writeFileSync(path.join(packageDir, '__init__.py'), '');
      writeFileSync(path.join(packageDir, 'helpers.py'), camelHelpers());
    }
    const source = generateCamelModule(count + 1, group);
    writeFileSync(path.join(packageDir, `test_${String(count).padStart(5, '0')}.py`), source);
    written += source.length;
    count++;
  }
  return count;
}

/** Writes one module of `fixes` lines `self.assertTrue(a == b)`, ten to a test. */
export function generateManyFixes(file: string, fixes: number): void {
  const lines = ['import unittest', '', '', 'class ManyTest(unittest.TestCase):'];
  for (let test = 0; test < fixes / 10; test++) {
    lines.push('', `    def test_${test}(self):`, '        a, b = 1, 1');
    for (let line = 0; line < 10; line++) lines.push('        self.assertTrue(a == b)');
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/** Writes one module of at least `bytes` made of the synthetic modules' classes, each class named apart. */
export function generateLargeFile(file: string, bytes: number): void {
  const parts: string[] = [];
  let written = 0;
  for (let seed = 1; written < bytes; seed++) {
    const module = generateModule(seed);
    const body = seed === 1 ? module : module.slice(module.indexOf('\nclass ') + 1);
    const part = `${body.replace(/^class (\w+)\(/gm, `class $1_${seed}(`)}\n\n`;
    parts.push(part);
    written += part.length;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, parts.join(''));
}
