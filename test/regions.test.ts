/**
 * A run limited to regions: the findings a limited transform keeps, and the
 * suggested changes of a review as the engine applies them.
 */
import { describe, expect, it } from 'vitest';
import { transformSource } from '../src/core/engine.js';
import { keepsFinding, runsIn } from '../src/core/regions.js';
import { TRANSFORMS } from '../src/core/registry.js';
import { suggestedChanges } from '../src/core/suggested-change.js';
import type { Finding } from '../src/core/types.js';

const ASSERTS = TRANSFORMS.find((t) => t.meta.name === 'assert-methods')!;

const SOURCE = [
  'class T:',
  '    def test_a(self):',
  '        self.assertTrue(a == 1)',
  '',
  '    def test_b(self):',
  '        self.assertTrue(b == 2)',
  '',
].join('\n');

describe('regions', () => {
  it('keeps the findings of a limited transform in its regions, and all of them without regions', () => {
    const limited = transformSource('t.py', SOURCE, { transforms: [ASSERTS], unsafe: false, regions: { 'assert-methods': [{ path: 't.py', from: 5, to: 6 }] } });
    expect(limited.output).toBe(SOURCE.replace('assertTrue(b == 2)', 'assertEqual(b, 2)'));
    expect(limited.findings.map((f) => f.line)).toEqual([6]);
    const elsewhere = transformSource('t.py', SOURCE, { transforms: [ASSERTS], unsafe: false, regions: { 'assert-methods': [{ path: 'other.py' }] } });
    expect(elsewhere).toMatchObject({ status: 'unchanged', findings: [] });
    expect(transformSource('t.py', SOURCE, { transforms: [ASSERTS], unsafe: false, regions: { naming: [{ path: 'other.py' }] } }).findings).toHaveLength(2);
  });

  it('judges a finding that follows from a definition in another file by that definition', () => {
    const regions = { naming: [{ path: 'a.py', from: 10, to: 20 }] };
    const use: Finding = { code: 'TM302', message: 'm', start: 0, end: 1, fix: null, reason: 'r', about: { path: 'a.py', line: 12 } };
    expect(keepsFinding(regions, 'naming', 'b.py', 3, use)).toBe(true);
    expect(keepsFinding(regions, 'naming', 'b.py', 3, { ...use, about: { path: 'a.py', line: 30 } })).toBe(false);
    expect(keepsFinding(regions, 'naming', 'a.py', 12, { ...use, about: undefined })).toBe(true);
    expect(runsIn(regions, 'naming', 'b.py', true)).toBe(true);
    expect(runsIn(regions, 'naming', 'b.py', false)).toBe(false);
    expect(runsIn(regions, 'style', 'b.py', false)).toBe(true);
  });
});

describe('suggested changes', () => {
  const run = (source: string, change: { from: number; to: number; replacement: string; seen?: string[] }, unsafe = false) =>
    transformSource('t.py', source, { transforms: [suggestedChanges([{ path: 't.py', seen: null, ...change }])], unsafe });

  it('replace the commented lines exactly, keeping the line endings of the file, and find nothing to do once made', () => {
    const crlf = SOURCE.replace(/\n/g, '\r\n');
    const once = run(crlf, { from: 3, to: 3, replacement: '        self.assertTrue(a == 1)  # the first' });
    expect(once.output).toBe(crlf.replace('(a == 1)\r\n', '(a == 1)  # the first\r\n'));
    expect(once.findings.map((f) => [f.line, f.status, f.safety])).toEqual([[3, 'applied', 'safe']]);
    expect(run(once.output, { from: 3, to: 3, replacement: '        self.assertTrue(a == 1)  # the first' })).toMatchObject({ status: 'unchanged', findings: [] });
  });

  it('are unsafe when they change the code, and may remove lines', () => {
    const change = { from: 5, to: 6, replacement: '' };
    expect(run(SOURCE, change).findings.map((f) => f.status)).toEqual(['unsafe-not-enabled']);
    expect(run(SOURCE, change, true).output).toBe(SOURCE.split('\n').slice(0, 4).join('\n') + '\n');
  });

  it('are refused, with the reason, when the lines changed since the review or the file would not parse', () => {
    const stale = run(SOURCE, { from: 3, to: 3, replacement: 'x = 1', seen: ['        self.assertTrue(a == 2)'] });
    expect(stale.findings.map((f) => f.reason)).toEqual(['the lines no longer read as the reviewer saw them: line 3 reads `self.assertTrue(a == 1)`, the comment saw `self.assertTrue(a == 2)`']);
    const broken = run(SOURCE, { from: 3, to: 3, replacement: '        self.assertTrue(a == 1' }, true);
    expect(broken.output).toBe(SOURCE);
    expect(broken.findings[0].reason).toMatch(/^the file would not parse with it \(line \d+: /);
    expect(run(SOURCE, { from: 40, to: 41, replacement: '' }).findings.map((f) => f.reason)).toEqual(['the file has no lines 40-41']);
  });
});
