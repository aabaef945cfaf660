/** testmend's own version, from its package.json. */
import { readFileSync } from 'node:fs';

/** The version of the package this module belongs to, or `unknown`. */
export function readVersion(): string {
  for (let dir = new URL('.', import.meta.url); ; dir = new URL('..', dir)) {
    try {
      return JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')).version;
    } catch {
      if (dir.pathname === '/') return 'unknown';
    }
  }
}
