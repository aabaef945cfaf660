/** Finding the Python files a run covers. */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

export interface DiscoverOptions {
  /** Take every .py file, not only test code. */
  readonly allFiles: boolean;
  /** gitignore-style patterns, relative to `cwd`. */
  readonly exclude: readonly string[];
  readonly cwd: string;
  /** The rules of each directory the walk enters, when they come from its configuration; they replace `allFiles` and `exclude`. */
  readonly rulesFor?: (dir: string) => DirectoryRules;
}

/** Which files a directory's walk takes. */
export interface DirectoryRules {
  readonly allFiles: boolean;
  /** Whether a path under the directory is left out. */
  excluded(file: string, isDir: boolean): boolean;
}

/** A file to process: `file` on disk, `display` as reports and diffs name it. */
export interface Target {
  readonly file: string;
  readonly display: string;
  /** Which of the run's profiles applies to it (0 when unset). */
  readonly profile?: number;
}

export interface Discovery {
  /** Sorted by display path, without duplicates. */
  readonly targets: Target[];
  /** Paths that could not be read, with why. */
  readonly problems: { readonly display: string; readonly reason: string }[];
}

const SKIPPED_DIRS = new Set([
  '.git', '.hg', '.svn', 'node_modules', '__pycache__', '.tox', '.nox', '.venv', 'venv', '.eggs',
  '.mypy_cache', '.pytest_cache', '.ruff_cache', 'site-packages',
]);

/** Whether a path names test code: test_*.py, *_test.py, conftest.py, or a .py under test/ or tests/. */
export function isTestFile(file: string): boolean {
  const parts = file.split(/[\\/]/);
  const base = parts[parts.length - 1];
  if (!base.endsWith('.py')) return false;
  if (base.startsWith('test_') || base.endsWith('_test.py') || base === 'conftest.py') return true;
  return parts.slice(0, -1).some((part) => part === 'test' || part === 'tests');
}

/** Walks the given paths for Python files, honouring .gitignore and the excludes. */
export function discoverFiles(paths: readonly string[], options: DiscoverOptions): Discovery {
  const excluded = ignore().add([...options.exclude]);
  const found = new Map<string, Target>();
  const problems: { display: string; reason: string }[] = [];
  const display = (file: string) => displayPath(file, options.cwd);
  const take = (file: string) => {
    const real = safeRealpath(file);
    if (!found.has(real)) found.set(real, { file, display: display(file) });
  };
  const commandLineRules: DirectoryRules = {
    allFiles: options.allFiles,
    excluded: (file, isDir) => isExcludedBy(excluded, options.cwd, file, isDir),
  };

  const walk = (dir: string, rules: readonly GitignoreRules[]) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ display: display(dir), reason: `cannot read the directory: ${describeFsError(error)}` });
      return;
    }
    const own = loadGitignore(dir);
    const active = own ? [...rules, own] : rules;
    const here = options.rulesFor?.(dir) ?? commandLineRules;
    for (const entry of entries) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (SKIPPED_DIRS.has(entry.name) || existsSync(path.join(file, 'pyvenv.cfg'))) continue;
        if (isIgnored(active, file, true) || here.excluded(file, true)) continue;
        walk(file, active);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        if (!entry.name.endsWith('.py') || (!here.allFiles && !isTestFile(file))) continue;
        if (isIgnored(active, file, false) || here.excluded(file, false)) continue;
        if (entry.isSymbolicLink() && !isRegularFile(file)) continue;
        take(file);
      }
    }
  };

  for (const given of paths) {
    const file = path.resolve(options.cwd, given);
    let stats;
    try {
      stats = statSync(file);
    } catch (error) {
      problems.push({ display: display(file), reason: describeFsError(error) });
      continue;
    }
    if (stats.isDirectory()) walk(file, ancestorGitignores(file));
    else take(file);
  }
  const targets = [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { targets, problems };
}

/** Whether gitignore-style `rules`, anchored at `base`, leave out `file`; paths outside `base` are never left out. */
export function isExcludedBy(rules: Ignore, base: string, file: string, isDir: boolean): boolean {
  const relative = path.relative(base, file).split(path.sep).join('/');
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && rules.ignores(isDir ? `${relative}/` : relative);
}

/** A path as reports show it: relative to the working directory when inside it, with `/` separators. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  const shown = relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
  return shown.split(path.sep).join('/');
}

/** Why a file-system call failed, without the stack: "no such file or directory". */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const known: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
    ENOTDIR: 'not a directory',
    ELOOP: 'too many symbolic links',
  };
  return (code && known[code]) ?? (error instanceof Error ? error.message : String(error));
}

interface GitignoreRules {
  readonly dir: string;
  readonly rules: Ignore;
}

function loadGitignore(dir: string): GitignoreRules | null {
  try {
    return { dir, rules: ignore().add(readFileSync(path.join(dir, '.gitignore'), 'utf8')) };
  } catch {
    return null;
  }
}

/** The .gitignore files above `dir`, from its repository's root down; none outside a repository. */
function ancestorGitignores(dir: string): GitignoreRules[] {
  if (existsSync(path.join(dir, '.git'))) return [];
  const chain: string[] = [];
  for (let at = path.dirname(dir); ; at = path.dirname(at)) {
    chain.unshift(at);
    if (existsSync(path.join(at, '.git'))) return chain.map(loadGitignore).filter((rules) => rules !== null);
    if (path.dirname(at) === at) return [];
  }
}

function isIgnored(active: readonly GitignoreRules[], file: string, isDir: boolean): boolean {
  return active.some(({ dir, rules }) => {
    const relative = path.relative(dir, file).split(path.sep).join('/');
    return rules.ignores(isDir ? `${relative}/` : relative);
  });
}

function isRegularFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function safeRealpath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}
