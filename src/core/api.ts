/**
 * testmend as a library: transform a source text, run over paths and get the
 * report the command line prints with `--report json`, list the transforms,
 * load plugins. The functions here are what `src/index.ts` exports of the
 * engine.
 */
import path from 'node:path';
import { defaultCacheDir, prepareCache } from './cache.js';
import { defaultJobs } from './pool.js';
import { transformSource, type SourceOutcome } from './engine.js';
import type { ProgressListener } from './progress.js';
import { registeredPlugins, registerPlugins, resolvePlugins } from './plugins.js';
import { selectTransforms, TRANSFORMS } from './registry.js';
import { toJson, type RunMode } from './report.js';
import { runPaths } from './run.js';
import type { FileResult, Transform, TransformMeta, TransformSettings } from './types.js';
import { readVersion } from './version.js';

export { PluginError } from './plugins.js';
export { UnknownTransformError } from './registry.js';

/** The report of a run over paths: the document `--report json` prints. */
export type JsonReport = ReturnType<typeof toJson>;

/** What {@link transform} makes of a source text. */
export type TransformResult = SourceOutcome;

/** How {@link transform} treats a source text. */
export interface TransformSourceOptions {
  /**
   * The file the text stands for, relative to the working directory: its
   * module name (for test ids) and the configuration files near it (the
   * style transform reads setup.cfg and tox.ini) come from there.
   * Default: `snippet.py`.
   */
  readonly path?: string;
  /** The transforms to run: names (built-in or of a loaded plugin) or transform objects. Default: the default set. */
  readonly transforms?: readonly (string | Transform)[];
  /** Also apply fixes marked unsafe. */
  readonly unsafe?: boolean;
  /** The transforms' option values, by option name, as on the command line: `{ rename: ['srv=server'] }`. */
  readonly settings?: TransformSettings;
}

/**
 * Transforms one source text, as a run would transform a file holding it, and
 * returns the new text with the findings. A transform that must see other
 * files (rename, naming) sees this text alone. Nothing is read or written.
 *
 * @throws UnknownTransformError when a name is not a transform's.
 */
export function transform(source: string, options: TransformSourceOptions = {}): TransformResult {
  const given = options.transforms ?? [];
  const named = selectTransforms(given.filter((t) => typeof t === 'string'));
  const transforms = given.length === 0 ? named : given.map((t) => (typeof t === 'string' ? named.find((n) => n.meta.name === t)! : t));
  return transformSource(options.path ?? 'snippet.py', source, { transforms, unsafe: options.unsafe ?? false, settings: options.settings ?? {} });
}

/** How {@link run} goes over the files. */
export interface RunPathsOptions {
  /** `check` (the default) writes nothing; `dry` writes nothing and gives each changed file's diff to `onFile`; `fix` writes the changes in place. */
  readonly mode?: RunMode;
  /** Run only these transforms (names); default: the default set. */
  readonly transforms?: readonly string[];
  /** Leave out these transforms. */
  readonly skip?: readonly string[];
  /** Also apply fixes marked unsafe. */
  readonly unsafe?: boolean;
  /** The transforms' option values, by option name. */
  readonly settings?: TransformSettings;
  /** Plugin modules to load first, relative to the working directory; their transforms join the registry. */
  readonly plugins?: readonly string[];
  /** Take every .py file, not only test code. */
  readonly allFiles?: boolean;
  /** gitignore-style patterns of paths to leave out. */
  readonly exclude?: readonly string[];
  /** Worker threads; 1 runs in this thread. Default: one per CPU. */
  readonly jobs?: number;
  /**
   * Reuse the results of files unchanged since the last run: `true` keeps the
   * cache where the command line does, a string names its directory. A cache
   * that cannot be made is not used. Default: false.
   */
  readonly cache?: boolean | string;
  /** Sees how many files each phase of the run has done, as they are done. */
  readonly onProgress?: ProgressListener;
  /** Sees each file's result, in path order, as soon as it is ready: with `mode: 'dry'`, its diff too. */
  readonly onFile?: (file: FileResult) => void;
}

/**
 * Runs the transforms over the Python test files under `paths` (relative to
 * the working directory) and returns the report. A file that cannot be read
 * or parsed is reported, and the run goes on.
 *
 * @throws UnknownTransformError when a name is not a transform's; PluginError when a plugin cannot be loaded.
 */
export async function run(paths: readonly string[], options: RunPathsOptions = {}): Promise<JsonReport> {
  const started = performance.now();
  const cwd = process.cwd();
  await registerPlugins(resolvePlugins(options.plugins ?? [], cwd));
  const transforms = selectTransforms(options.transforms ?? [], options.skip ?? []);
  const mode = options.mode ?? 'check';
  const unsafe = options.unsafe ?? false;
  const files = await runPaths(
    paths,
    { allFiles: options.allFiles ?? false, exclude: options.exclude ?? [], cwd },
    {
      write: mode === 'fix',
      diff: mode === 'dry',
      profile: { transforms: transforms.map((t) => t.meta.name), unsafe, settings: options.settings ?? {}, formatter: null },
      plugins: registeredPlugins(),
      cacheDir: cacheDir(options.cache, cwd),
    },
    options.jobs ?? defaultJobs(),
    options.onFile,
    options.onProgress,
  );
  return toJson({ version: readVersion(), mode, unsafe, transforms, files, elapsedMs: performance.now() - started });
}

/** The cache directory a run's `cache` option asks for, made; undefined for none, or when it cannot be made. */
function cacheDir(cache: boolean | string | undefined, cwd: string): string | undefined {
  if (cache === undefined || cache === false) return undefined;
  const dir = cache === true ? defaultCacheDir(cwd) : path.resolve(cwd, cache);
  return prepareCache(dir) === null ? dir : undefined;
}

/** Loads plugin modules (paths relative to the working directory): their transforms join the registry, by name, for {@link transform} and {@link listTransforms}. */
export async function loadPlugins(files: readonly string[]): Promise<void> {
  await registerPlugins(resolvePlugins(files, process.cwd()));
}

/** Every transform's metadata, in the order fixes are considered: the built-in ones, then those of the plugins loaded. */
export function listTransforms(): readonly TransformMeta[] {
  return TRANSFORMS.map((t) => t.meta);
}
