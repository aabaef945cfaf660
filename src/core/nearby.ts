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
