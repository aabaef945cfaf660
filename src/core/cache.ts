/**
 * The cache of per-file results, so that a file unchanged since the last run
 * is not parsed again.
 *
 * An entry holds what one task made of one file: for the first pass
 * (`collect`), the facts each collecting transform gathered; for the second
 * (`process`), the engine's outcome, with its findings and, when the file
 * changed, its new text, so that a dry run shows the diff and a run that
 * fixes writes it. An outcome that is an error is never kept.
 *
 * An entry is used only when everything its result depends on is the same:
 * - the run: testmend's version and the content of its own code (a rebuilt
 *   checkout keeps its version), the serialization format, the transforms
 *   and the plugins (their file's content), --unsafe, every option value
 *   and the content of any file an option names (--rename-file);
 * - the file: its path, and its bytes;
 * - its surroundings: each configuration file a transform looked up near
 *   it (setup.cfg, tox.ini...), each module of its package it looked for,
 *   and its module name, asked again;
 * - for the second pass, the first pass's facts of every file of the run:
 *   a transform that reaches across files (naming, rename) sees them in
 *   `context.project`, so one file's new facts make every result of that
 *   run stale, while each file's facts stay cached on their own.
 *
 * Entries are written to a temporary file and renamed into place, so
 * concurrent runs never see half an entry and need no lock; the last writer
 * wins, with the same content. The temporary file goes on every way out, as
 * those of the files a run writes do (see write.ts). An entry that cannot be read or fails its
 * checksum is a miss. A cache that cannot be written is not used.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { describeFsError, type Target } from './files.js';
import { lookupsHold, type Lookup } from './nearby.js';
import type { RunOptions } from './process.js';
import type { ProjectFacts } from './types.js';
import { readPackage } from './package.js';
import { replaceRebuildableFile, sweepStaleTemps } from './write.js';

/** The per-file tasks whose results are cached. */
export type CachedTask = 'collect' | 'process';

/** The name of the cache directory. */
const CACHE_DIR_NAME = '.testmend_cache';

/** The files that say where a project's root is, nearest first; the cache goes beside the one found. */
const PROJECT_FILES = ['pyproject.toml', 'setup.cfg', 'tox.ini'];

/** What an entry holds. */
interface Entry {
  /** The file's bytes, digested. */
  readonly content: string;
  /** The first pass's facts of the whole run, digested; null for the first pass itself. */
  readonly project: string | null;
  readonly lookups: readonly Lookup[];
  readonly value: unknown;
}

const CHECKSUM_BYTES = 32;

/**
 * Where the cache goes by default: beside the configuration of the working
 * directory (`config`), or else beside the nearest pyproject.toml, setup.cfg
 * or tox.ini at or above `cwd`, or in `cwd` when there is none.
 */
export function defaultCacheDir(cwd: string, config?: string): string {
  if (config !== undefined) return path.join(path.dirname(config), CACHE_DIR_NAME);
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (PROJECT_FILES.some((name) => existsSync(path.join(dir, name)))) return path.join(dir, CACHE_DIR_NAME);
    if (path.dirname(dir) === dir) return path.join(path.resolve(cwd), CACHE_DIR_NAME);
  }
}

/**
 * Makes the cache directory, marked so that git and backup tools leave it
 * out, and returns null; or, when it cannot be made, why not.
 */
export function prepareCache(dir: string): string | null {
  const marks = { '.gitignore': '# Made by testmend: its cache of per-file results.\n*\n', 'CACHEDIR.TAG': 'Signature: 8a477f597d28d172789f06886806bc55\n# This file marks the cache of testmend.\n' };
  try {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(marks)) {
      if (!existsSync(path.join(dir, name))) replaceRebuildableFile(path.join(dir, name), Buffer.from(text));
    }
    return null;
  } catch (error) {
    return describeFsError(error);
  }
}

/** A run's cache: where it is, and digests of what every result depends on besides the file and its surroundings. */
export interface RunCache {
  readonly dir: string;
  /** For each of the run's profiles, by index: version, transforms, plugins, options, the files options name (see above). */
  readonly runs: readonly string[];
  /** The first pass's facts of every file, for the second pass; absent for the first. */
  readonly project?: string;
}

/**
 * The cache of a run in `dir`, or undefined for none. The files that plugins
 * and options name are read now, as the run starts: what a transform writes
 * to them during the run is no input.
 */
export function runCache(dir: string | undefined, options: Omit<RunOptions, 'project' | 'cache'>): RunCache | undefined {
  if (dir === undefined) return undefined;
  // Writing, diffs and the HTML page are made from a result, and are no part of it.
  const { write: _write, diff: _diff, page: _page, profiles, plugins = [], ...shared } = options;
  const common = { version: readPackage().version, build: ownCodeDigest(), serialization: process.versions.v8, plugins: plugins.map(fileDigest), ...shared };
  const runs = profiles.map((profile) => {
    const named = Object.values(profile.settings).flat().filter((value): value is string => typeof value === 'string' && isFile(value));
    return digest(serialize({ ...common, profile, files: named.map(fileDigest) }));
  });
  return { dir, runs };
}

/** The cache of the second pass: the first pass's facts, which transforms reaching across files see, become part of its key. */
export function withProjectDigest(cache: RunCache | undefined, project: ProjectFacts): RunCache | undefined {
  return cache === undefined ? undefined : { ...cache, project: digest(serialize([...project])) };
}

/** One file's entry in a task's cache, its path and content digested once. */
export interface CacheEntry {
  /** The value an earlier run stored for these bytes and surroundings, or undefined. */
  read(): unknown;
  /** Stores a value for these bytes and the lookups that made it; a failure to write is ignored. */
  write(lookups: readonly Lookup[], value: unknown): void;
}

/** One task's entries for one run, by file. */
type TaskCache = (target: Target, bytes: Buffer) => CacheEntry;

const opened = new WeakMap<RunCache, Map<string, TaskCache>>();

/** The entry of a file's bytes in the cache of a task for the profile of its target, or null when the run has none. */
export function openCache(options: RunOptions, task: CachedTask, target: Target, bytes: Buffer): CacheEntry | null {
  const { cache } = options;
  if (cache === undefined) return null;
  const caches = opened.get(cache) ?? new Map<string, TaskCache>();
  opened.set(cache, caches);
  const dir = path.join(cache.dir, cache.runs[target.profile ?? 0], task);
  let opening = caches.get(dir);
  if (opening === undefined) caches.set(dir, (opening = taskCache(dir, task === 'process' ? (cache.project ?? null) : null)));
  return opening(target, bytes);
}

function taskCache(dir: string, project: string | null): TaskCache {
  // What a run killed outright was writing.
  sweepStaleTemps(dir);
  let made = false;
  return (target, bytes) => {
    const file = path.join(dir, digest([path.resolve(target.file), target.display].join('\0')));
    const content = digest(bytes);
    return {
      read() {
        const entry = readEntry(file);
        if (entry === null || entry.content !== content || entry.project !== project || !lookupsHold(entry.lookups)) return undefined;
        return entry.value;
      },
      write(lookups, value) {
        try {
          if (!made) mkdirSync(dir, { recursive: true });
          made = true;
          const payload = serialize({ content, project, lookups, value } satisfies Entry);
          replaceRebuildableFile(file, Buffer.concat([createHash('sha256').update(payload).digest(), payload]));
        } catch {
          // A cache is only a shortcut: the result stands without it.
        }
      },
    };
  };
}

function readEntry(file: string): Entry | null {
  try {
    const bytes = readFileSync(file);
    const payload = bytes.subarray(CHECKSUM_BYTES);
    if (!createHash('sha256').update(payload).digest().equals(bytes.subarray(0, CHECKSUM_BYTES))) return null;
    return deserialize(payload) as Entry;
  } catch {
    return null;
  }
}

/** The folders below the package root that hold testmend's own code, as it runs (built or from source). */
const OWN_CODE = ['src', 'transforms'];
let ownCode: string | undefined;

/** A digest of testmend's own code: every file of this module's kind under OWN_CODE, once per process. */
function ownCodeDigest(): string {
  ownCode ??= codeDigest(fileURLToPath(new URL('../..', import.meta.url)), path.extname(fileURLToPath(import.meta.url)));
  return ownCode;
}

/** A digest of the files ending in `extension` under `root`'s OWN_CODE folders, by path and content. */
export function codeDigest(root: string, extension: string): string {
  const hash = createHash('sha256');
  const files = OWN_CODE.flatMap((dir) => {
    try {
      return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).map((file) => path.join(dir, file));
    } catch {
      return [];
    }
  });
  for (const file of files.filter((name) => name.endsWith(extension)).sort()) hash.update(file).update('\0').update(readFileSync(path.join(root, file))).update('\0');
  return hash.digest('base64url');
}

/** A file named by the run, with a digest of its content. */
function fileDigest(file: string): [string, string] {
  return [file, digest(readFileSync(file))];
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function digest(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('base64url');
}
