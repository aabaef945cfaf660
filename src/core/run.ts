/** One run over a set of paths: find the files, gather project facts if needed, transform every file. */
import { runCache, withProjectDigest } from './cache.js';
import { discoverFiles, type DiscoverOptions, type Discovery, type Target } from './files.js';
import { runTask, WorkerPool } from './pool.js';
import type { ProgressListener } from './progress.js';
import type { FileProfile, RunOptions } from './process.js';
import { namedTransforms } from './registry.js';
import { StopFlag } from './stop.js';
import { newFileDiff } from './diff.js';
import { withInheritedTestIds } from './test-id-map.js';
import { NEW_FILE } from './triage.js';
import type { CreatedFile, FileFacts, FileResult, ProjectFacts } from './types.js';

/**
 * How a run treats its files: write or diff, each file's profile (the same
 * one for every file, or one by path), the plugins it loaded, and the
 * directory of its cache, if it keeps one.
 */
export interface PathsOptions extends Pick<RunOptions, 'write' | 'diff' | 'page' | 'regions' | 'changes' | 'revert' | 'plugins'> {
  readonly profile: FileProfile | ((file: string) => FileProfile);
  readonly cacheDir?: string;
}

/** A run ready to transform its files: the targets (each with its profile), what could not be read, and the options the tasks take. */
export interface PreparedRun {
  readonly targets: readonly Target[];
  readonly problems: Discovery['problems'];
  readonly options: RunOptions;
}

/**
 * Runs the transforms over every file under `paths` and returns the results
 * sorted by path, paths that could not be read included. `onResult` sees each
 * file's result in path order as soon as it is ready; only it sees the diffs,
 * which the returned results drop to keep memory flat. `onProgress` sees how
 * many files each phase has done. A run stopped by `stop` returns the
 * results of the files it did.
 */
export async function runPaths(
  paths: readonly string[],
  discover: DiscoverOptions,
  options: PathsOptions,
  jobs: number,
  onResult: (result: FileResult) => void = () => {},
  stop = new StopFlag(),
  onProgress: ProgressListener = () => {},
): Promise<FileResult[]> {
  // The first and the second pass share their worker threads.
  const pool = new WorkerPool(options.plugins ?? [], stop);
  const results: FileResult[] = [];
  let prepared: PreparedRun;
  try {
    prepared = await prepareRun(paths, discover, options, jobs, onProgress, stop, pool);
    const run = prepared.options;
    if (!stop.stopped) {
      await runTask(
        'process',
        prepared.targets,
        { ...run, cache: withProjectDigest(run.cache, run.project) },
        jobs,
        (result) => {
          onResult(result);
          results.push(result.diff === null && result.pageDiff === undefined ? result : withoutDiffs(result));
          onProgress('transforming', results.length, prepared.targets.length);
        },
        stop,
        pool,
      );
    }
  } finally {
    await pool.close();
  }
  const { targets, problems } = prepared;
  for (const created of createdFiles(results, options)) {
    onResult(created);
    results.push(withoutDiffs(created));
  }
  const unreadable = problems.map((p): FileResult => ({ path: p.display, status: 'error', reason: p.reason, findings: [], diff: null }));
  return [...withInheritedTestIds(results, targets), ...unreadable].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Finds the files under `paths`, gives each its profile, and runs the first
 * pass of the transforms that collect over the files whose profile selects them.
 */
export async function prepareRun(
  paths: readonly string[],
  discover: DiscoverOptions,
  options: PathsOptions,
  jobs: number,
  onProgress: ProgressListener = () => {},
  stop = new StopFlag(),
  pool?: WorkerPool,
): Promise<PreparedRun> {
  const discovery = discoverFiles(paths, discover);
  const profiles: FileProfile[] = [];
  const indexes = new Map<string, number>();
  const targets = discovery.targets.map((target) => {
    const profile = typeof options.profile === 'function' ? options.profile(target.file) : options.profile;
    const key = JSON.stringify(profile);
    if (!indexes.has(key)) indexes.set(key, profiles.push(profile) - 1);
    return { ...target, profile: indexes.get(key)! };
  });
  // The fixes --verify reverts are part of the cache's key, as every shared option is.
  const shared = { write: options.write, diff: options.diff, page: options.page, regions: options.regions, changes: options.changes, revert: options.revert, plugins: options.plugins, profiles };
  const run = { ...shared, cache: runCache(options.cacheDir, shared) };
  const collecting = namedTransforms([...new Set(profiles.flatMap((profile) => profile.transforms))]).filter((t) => t.collect !== undefined);
  const project = new Map<string, FileFacts[]>(collecting.map((t) => [t.meta.name, []]));
  if (collecting.length > 0) {
    const collects = profiles.map((profile) => collecting.some((t) => profile.transforms.includes(t.meta.name)));
    const collected = targets.filter((target) => collects[target.profile]);
    let done = 0;
    await runTask(
      'collect',
      collected,
      { ...run, project },
      jobs,
      ({ path, facts }) => {
        for (const [name, value] of Object.entries(facts)) project.get(name)!.push({ path, facts: value });
        onProgress('collecting facts', ++done, collected.length);
      },
      stop,
      pool,
    );
  }
  return { targets, problems: discovery.problems, options: { ...run, project: project as ProjectFacts } };
}

/** A result without its diffs, which only `onResult` sees. */
function withoutDiffs({ pageDiff: _, ...result }: FileResult): FileResult {
  return { ...result, diff: null };
}

/**
 * One result for each file the run's fixes created (or would create): a
 * new file, with the diff that makes it when diffs are asked for.
 */
function createdFiles(results: readonly FileResult[], { diff, page }: Pick<PathsOptions, 'diff' | 'page'>): FileResult[] {
  const byPath = new Map<string, CreatedFile>();
  for (const result of results) {
    if (result.status !== 'changed') continue;
    for (const file of result.created ?? []) if (!byPath.has(file.path)) byPath.set(file.path, file);
  }
  return [...byPath.values()].map((file) => ({
    path: file.path,
    status: 'changed',
    reason: null,
    findings: [
      {
        code: file.code,
        transform: file.transform,
        suggestion: file.suggestion,
        line: 1,
        column: 1,
        ...endOf(file.text),
        message: `${NEW_FILE}${file.message}`,
        status: 'applied',
        safety: file.safety,
        reason: null,
        testIds: null,
        edits: [{ line: 1, column: 1, endLine: 1, endColumn: 1, text: file.text, combined: false }],
      },
    ],
    diff: diff ? newFileDiff(file.path, file.text) : null,
    ...(page ? { pageDiff: newFileDiff(file.path, file.text) } : {}),
  }));
}

/** Where a text ends, as a finding that covers it all ends: its last line, and the column past its last character. */
function endOf(text: string): { endLine: number; endColumn: number } {
  const lines = text.split('\n');
  return { endLine: lines.length, endColumn: lines.at(-1)!.length + 1 };
}
