/**
 * The test-id map of a run: every test id the applied fixes change, old id
 * → new ids, including the ids a test has in each subclass that inherits it.
 */
import { readFileSync } from 'node:fs';
import type { Target } from './files.js';
import { moduleNameOf } from './nearby.js';
import { parsePython } from '../python/parse.js';
import { decodeSource } from '../python/source.js';
import { outlineModule, TestHierarchy, type ModuleOutline } from '../testing/test-ids.js';
import type { FileResult, ReportedFinding, TestIdChange } from './types.js';

/**
 * Reads the classes of the targets that `wanted` picks by their text (a
 * cheap filter before parsing), as {@link TestHierarchy} needs them.
 * Files that cannot be read or decoded are left out.
 */
export function readOutlines(targets: readonly Target[], wanted: (text: string) => boolean): ModuleOutline[] {
  return targets.flatMap((target) => {
    let text: string;
    try {
      text = decodeSource(readFileSync(target.file)).text;
    } catch {
      return [];
    }
    return wanted(text) ? [outlineModule(parsePython(text).rootNode, text, moduleNameOf(target.file))] : [];
  });
}

/**
 * The results with, on each applied finding that changes test ids, the same
 * change in the subclasses of the run that inherit the test. Only files that
 * spell the name of a class whose tests change are parsed.
 */
export function withInheritedTestIds(files: readonly FileResult[], targets: readonly Target[]): FileResult[] {
  const changing = files.flatMap((file) => file.findings).filter(changesTestIds);
  if (changing.length === 0) return [...files];
  const hierarchy = new TestHierarchy(readOutlines(targets, spellsOwner(changing.map((f) => f.testIds!))));
  const moduleOf = new Map(targets.map((t) => [t.display, moduleNameOf(t.file)]));
  return files.map((file) => {
    const module = moduleOf.get(file.path);
    if (module === undefined || !file.findings.some(changesTestIds)) return file;
    const findings = file.findings.map((f): ReportedFinding => {
      if (!changesTestIds(f)) return f;
      const inherited = hierarchy.inherited(f.testIds!, module);
      return inherited.length === 0 ? f : { ...f, inheritedTestIds: inherited };
    });
    return { ...file, findings };
  });
}

/** Every test id the applied fixes change: old id → new ids, sorted by old id. */
export function testIdMap(files: readonly FileResult[]): Record<string, string[]> {
  const changes = files.flatMap((file) => file.findings).filter(changesTestIds).flatMap((f) => [f.testIds!, ...(f.inheritedTestIds ?? [])]);
  return Object.fromEntries(composeTestIdChanges(changes).map((c) => [c.from, [...c.to]]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The changes of a run's rounds followed to their end: a test that a first
 * round splits into parts one of which a later round splits again maps to
 * the final parts. An id that only a round in between had is no key. (No
 * fix takes a name another test has, so a new id that a change starts from
 * can only come from an earlier round.)
 */
export function composeTestIdChanges<C extends TestIdChange>(changes: readonly C[]): C[] {
  const byFrom = new Map(changes.map((c) => [c.from, c]));
  const made = new Set(changes.flatMap((c) => c.to));
  const follow = (id: string, seen: ReadonlySet<string>): string[] => {
    const next = byFrom.get(id);
    if (next === undefined || seen.has(id)) return [id];
    return next.to.flatMap((to) => follow(to, new Set([...seen, id])));
  };
  return changes.filter((c) => !made.has(c.from)).map((c) => ({ ...c, to: c.to.flatMap((to) => follow(to, new Set([c.from]))) }));
}

function changesTestIds(finding: ReportedFinding): boolean {
  return finding.status === 'applied' && finding.testIds !== null;
}

/**
 * Whether a text spells the last part of the name of a class whose tests
 * `changes` change: a subclass that inherits them must.
 */
export function spellsOwner(changes: readonly TestIdChange[]): (text: string) => boolean {
  const owners = [...new Set(changes.flatMap((change) => [change.from, ...change.to].map((id) => id.split('.').at(-2) ?? '').filter(Boolean)))];
  return (text) => owners.some((name) => text.includes(name));
}
