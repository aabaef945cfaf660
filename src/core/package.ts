/** What testmend's own package.json says about it. */
import { readFileSync } from 'node:fs';

/** The fields of package.json the command line and the reports use. */
export interface PackageInfo {
  readonly version: string;
  /** Where the repository's files are served, when the package says so: docs pages are found under it. */
  readonly homepage: string | null;
}

let info: PackageInfo | undefined;

/** testmend's package.json, found from this module up; `unknown` version when there is none. */
export function readPackage(): PackageInfo {
  if (info !== undefined) return info;
  for (let dir = new URL('.', import.meta.url); ; dir = new URL('..', dir)) {
    try {
      const json = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8'));
      return (info = { version: json.version, homepage: typeof json.homepage === 'string' ? json.homepage : null });
    } catch {
      if (dir.pathname === '/') return (info = { version: 'unknown', homepage: null });
    }
  }
}
