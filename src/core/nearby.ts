/**
 * What a file's surroundings say: its module name, and configuration files
 * above it. What a file's processing asks of them can be recorded, so that a
 * cached result is used only while they still say the same.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { textDigest } from '../python/source.js';
import type { NearbyFile } from './types.js';

/** One question asked of a file's surroundings, with its answer. */
export type Lookup =
  | { readonly kind: 'nearest'; readonly file: string; readonly names: readonly string[]; readonly found: string | null; readonly digest: string | null }
  | { readonly kind: 'module'; readonly file: string; readonly name: string }
  | { readonly kind: 'module-file'; readonly file: string; readonly module: string; readonly dotted: string; readonly found: string; readonly digest: string | null };

/** The lookups of the work being recorded, by question; null when nothing is recorded. */
let recording: Map<string, Lookup> | null = null;

/** Runs `work` and returns what it returned with the lookups it made, each question once. */
export function recordLookups<T>(work: () => T): [T, Lookup[]] {
  const outer = recording;
  const made = (recording = new Map());
  try {
    return [work(), [...made.values()]];
  } finally {
    recording = outer;
  }
}

/** Whether every recorded lookup still has the same answer. */
export function lookupsHold(lookups: readonly Lookup[]): boolean {
  return lookups.every((lookup) => {
    if (lookup.kind === 'module') return packagePath(lookup.file) === lookup.name;
    if (lookup.kind === 'module-file') {
      const found = searchModule(lookup.file, lookup.module, lookup.dotted);
      return found.path === lookup.found && (found.text === null ? null : textDigest(found.text)) === lookup.digest;
    }
    const found = searchUp(lookup.file, lookup.names);
    return (found?.path ?? null) === lookup.found && (found === null ? null : textDigest(found.text)) === lookup.digest;
  });
}

function record(key: string, lookup: () => Lookup): void {
  if (recording !== null && !recording.has(key)) recording.set(key, lookup());
}

const texts = new Map<string, string | null>();

function readCached(file: string): string | null {
  let text = texts.get(file);
  if (text === undefined) {
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      text = null;
    }
    texts.set(file, text);
  }
  return text;
}

/** The nearest file with one of `names`, from the directory of `file` upwards. */
export function findNearestFile(file: string, names: readonly string[]): NearbyFile | null {
  const found = searchUp(file, names);
  record(`nearest\0${file}\0${names.join('\0')}`, () => ({ kind: 'nearest', file, names, found: found?.path ?? null, digest: found === null ? null : textDigest(found.text) }));
  return found;
}

function searchUp(file: string, names: readonly string[]): NearbyFile | null {
  for (let dir = path.dirname(path.resolve(file)); ; dir = path.dirname(dir)) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      const text = readCached(candidate);
      if (text !== null) return { path: candidate, text };
    }
    if (path.dirname(dir) === dir) return null;
  }
}

/** `nova/tests/unit/test_api.py` → `nova.tests.unit.test_api`, climbing while directories are packages. */
export function moduleNameOf(file: string): string {
  const name = packagePath(file);
  record(`module\0${file}`, () => ({ kind: 'module', file, name }));
  return name;
}

function packagePath(file: string): string {
  const absolute = path.resolve(file);
  const parts = [path.basename(absolute).replace(/\.py$/, '')];
  for (let dir = path.dirname(absolute); existsSync(path.join(dir, '__init__.py')); dir = path.dirname(dir)) {
    parts.unshift(path.basename(dir));
    if (path.dirname(dir) === dir) break;
  }
  return parts.join('.');
}

/**
 * The file of module `dotted` in the package tree of `file`, whose module
 * name is `module`: under the directory above its top package, as a path in
 * the form `file` has. A package's `__init__.py` comes before a module of the
 * same name, as Python looks them up; the text is read afresh.
 */
export function findModuleFile(file: string, module: string, dotted: string): { path: string; text: string | null } {
  const found = searchModule(file, module, dotted);
  record(`module-file\0${file}\0${module}\0${dotted}`, () => ({ kind: 'module-file', file, module, dotted, found: found.path, digest: found.text === null ? null : textDigest(found.text) }));
  return found;
}

function searchModule(file: string, module: string, dotted: string): { path: string; text: string | null } {
  const ups = Array<string>(module.split('.').length - 1).fill('..');
  const base = path.posix.join(path.posix.dirname(file), ...ups);
  const stem = path.posix.join(base, ...dotted.split('.'));
  for (const candidate of [path.posix.join(stem, '__init__.py'), `${stem}.py`]) {
    try {
      return { path: candidate, text: readFileSync(candidate, 'utf8') };
    } catch {
      // Not there: try the next form.
    }
  }
  return { path: `${stem}.py`, text: null };
}
