/** One run over a set of paths: find the files, gather project facts if needed, transform every file. */
import { discoverFiles, type DiscoverOptions, type Discovery, type Target } from './files.js';
import { runTask } from './pool.js';
import type { FileProfile, RunOptions } from './process.js';
import { namedTransforms } from './registry.js';
import { newFileDiff } from './diff.js';
import { withInheritedTestIds } from './test-id-map.js';
import { NEW_FILE } from './triage.js';
import type { CreatedFile, FileFacts, FileResult, ProjectFacts } from './types.js';

/** How a run treats its files: write or diff, and each file's profile (the same one for every file, or one by path). */
export interface PathsOptions extends Pick<RunOptions, 'write' | 'diff' | 'regions' | 'changes' | 'revert'> {
  readonly profile: FileProfile | ((file: string) => FileProfile);
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
 * which the returned results drop to keep memory flat.
 */
export async function runPaths(
  paths: readonly string[],
  discover: DiscoverOptions,
  options: PathsOptions,
  jobs: number,
  onResult: (result: FileResult) => void = () => {},
): Promise<FileResult[]> {
  const { targets, problems, options: run } = await prepareRun(paths, discover, options, jobs);
  const results: FileResult[] = [];
  await runTask('process', targets, run, jobs, (result) => {
    onResult(result);
    results.push(result.diff === null ? result : { ...result, diff: null });
  });
  for (const created of createdFiles(results, run.diff)) {
    onResult(created);
    results.push({ ...created, diff: null });
  }
  const unreadable = problems.map((p): FileResult => ({ path: p.display, status: 'error', reason: p.reason, findings: [], diff: null }));
  return [...withInheritedTestIds(results, targets), ...unreadable].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Finds the files under `paths`, gives each its profile, and runs the first
 * pass of the transforms that collect over the files whose profile selects them.
 */
export async function prepareRun(paths: readonly string[], discover: DiscoverOptions, options: PathsOptions, jobs: number): Promise<PreparedRun> {
  const discovery = discoverFiles(paths, discover);
  const profiles: FileProfile[] = [];
  const indexes = new Map<string, number>();
  const targets = discovery.targets.map((target) => {
    const profile = typeof options.profile === 'function' ? options.profile(target.file) : options.profile;
    const key = JSON.stringify(profile);
    if (!indexes.has(key)) indexes.set(key, profiles.push(profile) - 1);
    return { ...target, profile: indexes.get(key)! };
  });
  const run = { write: options.write, diff: options.diff, regions: options.regions, changes: options.changes, revert: options.revert, profiles };
  const collecting = namedTransforms(profiles.flatMap((profile) => profile.transforms)).filter((t) => t.collect !== undefined);
  const project = new Map<string, FileFacts[]>(collecting.map((t) => [t.meta.name, []]));
  if (collecting.length > 0) {
    const collected = targets.filter((target) => profiles[target.profile].transforms.some((name) => collecting.some((t) => t.meta.name === name)));
    await runTask('collect', collected, { ...run, project }, jobs, ({ path, facts }) => {
      for (const [name, value] of Object.entries(facts)) project.get(name)!.push({ path, facts: value });
    });
  }
  return { targets, problems: discovery.problems, options: { ...run, project: project as ProjectFacts } };
}

/**
 * One result for each file the run's fixes created (or would create): a
 * new file, with the diff that makes it when diffs are asked for.
 */
function createdFiles(results: readonly FileResult[], diff: boolean): FileResult[] {
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
        message: `${NEW_FILE}${file.message}`,
        status: 'applied',
        safety: file.safety,
        reason: null,
        testIds: null,
      },
    ],
    diff: diff ? newFileDiff(file.path, file.text) : null,
  }));
}
