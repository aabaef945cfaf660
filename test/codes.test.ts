/**
 * Finding codes: every code is declared once, in its transform's hundred,
 * documented, and carried only by the findings it describes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCodes, codesOf, isTransform } from '../src/core/codes.js';
import { transformSource } from '../src/core/engine.js';
import { transformBytes } from '../src/core/process.js';
import { selectTransforms, TRANSFORMS } from '../src/core/registry.js';
import { runPaths } from '../src/core/run.js';
import { defaultCodes } from '../src/core/selection.js';
import { suggestedChanges } from '../src/core/suggested-change.js';
import type { ReportedFinding } from '../src/core/types.js';
import { fixtureCases, makeTree, removeTrees, ROOT } from './helpers.js';

/** Codes a transform declares for a defensive path that a parsed file cannot reach. */
const UNREACHABLE = new Set(['TM505']);

/** Every finding the fixtures, the transforms' examples and two runs across files produce. */
async function everyFinding(): Promise<ReportedFinding[]> {
  const found: ReportedFinding[] = [];
  for (const fixture of fixtureCases()) {
    const options = { transforms: selectTransforms([fixture.transform]), unsafe: fixture.unsafe, settings: fixture.settings };
    found.push(...transformBytes(path.basename(fixture.input), readFileSync(fixture.input), options).findings);
  }
  for (const t of TRANSFORMS) {
    for (const example of [t.meta.docs.example, ...t.meta.examples.invalid]) {
      found.push(...transformSource('example.py', example.input, { transforms: [t], unsafe: true, settings: t.meta.examples.settings }).findings);
    }
  }
  // The engine's own: a comment that suppresses nothing, and one that names no code.
  const comments = 'def test_a(self):\n    x = 1  # testmend: ignore\n    self.assertEquals(1, 1)  # testmend: ignore[TM1100]\n';
  found.push(...transformSource('test_s.py', comments, { transforms: selectTransforms(['assert-methods']), unsafe: false, codes: [...defaultCodes(), 'TM001'] }).findings);
  // A review's suggested change.
  const change = { path: 'test_s.py', from: 2, to: 2, replacement: '    return 2', seen: ['    return 1'] };
  found.push(...transformSource('test_s.py', 'def test_a():\n    return 1\n', { transforms: [suggestedChanges([change])], unsafe: true }).findings);
  // Keyword arguments of calls in another file than the function's.
  const dir = makeTree({
    'pkg/__init__.py': '',
    'pkg/helpers.py': 'def _make(serverName=None):\n    return serverName\n\n\ndef _other(server_name=None, flavor_ref=None):\n    return server_name\n',
    'pkg/test_a.py': 'from pkg import helpers\n\n\ndef test_make():\n    return helpers._make(serverName=1)\n',
  });
  const cwd = process.cwd();
  try {
    process.chdir(dir);
    for (const [transforms, settings] of [[['rename'], { rename: ['serverName=server'] }], [['naming'], { 'naming-style': 'snake' }]] as const) {
      const profile = { transforms, unsafe: true, settings, formatter: null };
      const files = await runPaths(['pkg'], { allFiles: true, exclude: [], cwd: dir }, { write: false, diff: false, profile }, 1);
      found.push(...files.flatMap((file) => file.findings));
    }
  } finally {
    process.chdir(cwd);
    removeTrees();
  }
  return found;
}

describe('finding codes', () => {
  it('are TM and three digits, unique, named uniquely in kebab-case, with a one-line summary', () => {
    const codes = allCodes();
    expect(codes.length).toBeGreaterThan(TRANSFORMS.length);
    for (const entry of codes) {
      expect(entry.code).toMatch(/^TM\d{3}$/);
      expect(entry.name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(entry.summary).not.toMatch(/\n|\.$/);
      expect(entry.summary.length).toBeGreaterThan(20);
    }
    expect(new Set(codes.map((entry) => entry.code)).size).toBe(codes.length);
    expect(new Set(codes.map((entry) => entry.name)).size).toBe(codes.length);
  });

  it('give each transform a hundred of its own', () => {
    const hundreds = TRANSFORMS.map((t) => {
      const own = new Set(codesOf(t.meta.name).map((entry) => entry.code.slice(0, 3)));
      expect(own.size, t.meta.name).toBe(1);
      return [...own][0];
    });
    expect(new Set(hundreds).size).toBe(TRANSFORMS.length);
  });

  it('are carried by findings only as their transform declares them, fixes as safe or unsafe as the code says', async () => {
    const found = await everyFinding();
    const seen = new Set<string>();
    for (const finding of found) {
      const entry = codesOf(finding.transform).find((e) => e.code === finding.code);
      expect(entry, `${finding.transform} ${finding.code}: ${finding.message}`).toBeDefined();
      seen.add(finding.code);
      if (finding.status === 'no-fix') continue;
      expect(entry!.fix, `${finding.code}: ${finding.message}`).not.toBe('none');
      if (entry!.fix !== 'safe or unsafe') expect(finding.safety, `${finding.code}: ${finding.message}`).toBe(entry!.fix);
    }
    const silent = allCodes().filter((entry) => !seen.has(entry.code) && !UNREACHABLE.has(entry.code));
    expect(silent.map((entry) => entry.code)).toEqual([]);
  });

  it('are each documented in docs/codes.md, and on the page of their transform, by npm run docs', () => {
    const docs = readFileSync(path.join(ROOT, 'docs', 'codes.md'), 'utf8');
    for (const entry of allCodes()) {
      expect(docs).toContain(`| ${entry.code} | \`${entry.name}\` | `);
      if (isTransform(entry.owner)) expect(readFileSync(path.join(ROOT, 'docs', 'transforms', `${entry.owner}.md`), 'utf8')).toContain(`| ${entry.code} | \`${entry.name}\` | ${entry.fix} | `);
    }
  });
});
