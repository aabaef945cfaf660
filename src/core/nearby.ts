/** What a file's surroundings say: its module name, and configuration files above it. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { NearbyFile } from './types.js';

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
