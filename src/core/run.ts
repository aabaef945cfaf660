/** One run over a set of paths: find the files, gather project facts if needed, transform every file. */
import { discoverFiles, type DiscoverOptions, type Target } from './files.js';
import { runTask } from './pool.js';
import type { RunOptions } from './process.js';
import { selectTransforms } from './registry.js';
import { withInheritedTestIds } from './test-id-map.js';
import type { FileFacts, FileResult, ProjectFacts } from './types.js';

/**
 * Runs the transforms over every file under `paths` and returns the results
 * sorted by path, paths that could not be read included. `onResult` sees each
 * file's result in path order as soon as it is ready; only it sees the diffs,
 * which the returned results drop to keep memory flat.
 */
export async function runPaths(
  paths: readonly string[],
  discover: DiscoverOptions,
  options: Omit<RunOptions, 'project'>,
  jobs: number,
  onResult: (result: FileResult) => void = () => {},
): Promise<FileResult[]> {
  const { targets, problems } = discoverFiles(paths, discover);
  const project = await collectProject(targets, options, jobs);
  const results: FileResult[] = [];
  await runTask('process', targets, { ...options, project }, jobs, (result) => {
    onResult(result);
    results.push(result.diff === null ? result : { ...result, diff: null });
  });
  const unreadable = problems.map((p): FileResult => ({ path: p.display, status: 'error', reason: p.reason, findings: [], diff: null }));
  return [...withInheritedTestIds(results, targets), ...unreadable].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The first pass over the targets, for the selected transforms that collect; empty when none does. */
export async function collectProject(targets: readonly Target[], options: Omit<RunOptions, 'project'>, jobs: number): Promise<ProjectFacts> {
  const collecting = selectTransforms(options.transforms).filter((t) => t.collect !== undefined);
  const project = new Map<string, FileFacts[]>(collecting.map((t) => [t.meta.name, []]));
  if (collecting.length > 0) {
    await runTask('collect', targets, { ...options, project }, jobs, ({ path, facts }) => {
      for (const [name, value] of Object.entries(facts)) project.get(name)!.push({ path, facts: value });
    });
  }
  return project;
}
