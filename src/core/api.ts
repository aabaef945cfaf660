/**
 * testmend as a library: transform a source text, run over paths and get the
 * report the command line prints with `--report json`, list the transforms,
 * load plugins. The functions here are what `src/index.ts` exports of the
 * engine.
 */
import path from 'node:path';
import { defaultCacheDir, prepareCache } from './cache.js';
import { nearest, type Setting } from './config.js';
import { checkValue, directoryPath, OptionError, wholeNumber } from './option-checks.js';
import type { FileProfile } from './process.js';
import { checkOptionSettings, runProfiles, transformOptionNames } from './profiles.js';
import { transformSource, type SourceOutcome } from './engine.js';
import type { ProgressListener } from './progress.js';
import { registeredPlugins, registerPlugins, resolvePlugins } from './plugins.js';
import { selectTransforms, TRANSFORMS } from './registry.js';
import { toJson, type RunMode } from './report.js';
import { runPaths } from './run.js';
import { checkSelection } from './selection.js';
import type { FileResult, Transform, TransformMeta, TransformSettings } from './types.js';
import type { RunnerName } from './verify/runners.js';
import { verifyFixes, withVerification } from './verify/verify.js';
import { readPackage } from './package.js';

export { ConfigError } from './config.js';
export { ConfigFileError } from './config-files.js';
export { PluginError } from './plugins.js';
export { UnknownTransformError } from './registry.js';
export { SelectorError } from './selection.js';
export { VerifyError } from './verify/verify.js';

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
  /**
   * The project's configuration, read as the command line reads it, under
   * the options given here: `true` (the default) takes the nearest
   * pyproject.toml, setup.cfg or tox.ini with a testmend section above each
   * file; a path takes that file for every file (`--config`); `false` reads
   * none (`--isolated`).
   */
  readonly config?: boolean | string;
  /** Run only these transforms (names); default: the configuration's, or the default set. */
  readonly transforms?: readonly string[];
  /** Leave out these transforms. */
  readonly skip?: readonly string[];
  /** Report and fix only these codes, prefixes of codes or transforms, as `--select`. */
  readonly select?: readonly string[];
  /** Add these codes, prefixes or transforms to the selection, as `--extend-select`. */
  readonly extendSelect?: readonly string[];
  /** Leave out these codes, prefixes or transforms, as `--ignore`. */
  readonly ignore?: readonly string[];
  /** Also apply fixes marked unsafe. */
  readonly unsafe?: boolean;
  /** The transforms' option values, by option name. */
  readonly settings?: TransformSettings;
  /** Plugin modules to load first, relative to the working directory; their transforms join the registry. Default: the configuration's `plugins`. */
  readonly plugins?: readonly string[];
  /** Take every .py file, not only test code. */
  readonly allFiles?: boolean;
  /** gitignore-style patterns of paths to leave out, instead of the configuration's. */
  readonly exclude?: readonly string[];
  /** The formatter of the changed lines, as `--formatter`: `auto` (black or ruff format when pyproject.toml configures it), `black`, `ruff` or `none`. */
  readonly formatter?: 'auto' | 'black' | 'ruff' | 'none';
  /** Threads that transform files: this one and jobs - 1 worker threads. Default: the configuration's `jobs`, or one per CPU. */
  readonly jobs?: number;
  /**
   * Reuse the results of files unchanged since the last run: `true` keeps the
   * cache where the command line does, a string names its directory. A cache
   * that cannot be made is not used. Default: false.
   */
  readonly cache?: boolean | string;
  /**
   * A test command to prove the fixes with, as `--verify`: run before and
   * after them, in copies of the working directory; the fixes that change a
   * test's outcome are reverted. Default: the configuration's `verify`.
   */
  readonly verify?: string;
  /** The runner `verify` reads, as `--verify-runner`; default: told from the command. */
  readonly verifyRunner?: RunnerName;
  /** Runs of the `verify` command at once, as `--verify-jobs`. Default: 1. */
  readonly verifyJobs?: number;
  /** Seconds one run of the `verify` command may take, as `--verify-timeout`. */
  readonly verifyTimeout?: number;
  /** Runs of the `verify` command in all, as `--verify-max-runs`. Default: 200. */
  readonly verifyMaxRuns?: number;
  /** Sees how many files each phase of the run has done, as they are done. */
  readonly onProgress?: ProgressListener;
  /** Sees each file's result, in path order, as soon as it is ready: with `mode: 'dry'`, its diff too. */
  readonly onFile?: (file: FileResult) => void;
}

/** A value of {@link RunPathsOptions} that is no option of testmend or of a loaded transform, a value an option cannot take (as the command line's usage errors), or a setting a formatter needs that cannot run. */
export class RunOptionsError extends Error {
  override name = 'RunOptionsError';
}

/**
 * Runs the transforms over the Python test files under `paths` (relative to
 * the working directory) and returns the report. Each file gets what the
 * command line would give it: its configuration's settings, with the
 * options given here over them. A file that cannot be read or parsed is
 * reported, and the run goes on.
 *
 * @throws UnknownTransformError when a name is not a transform's; SelectorError when a selector is no code, prefix or transform;
 * PluginError when a plugin cannot be loaded; ConfigError or ConfigFileError when a configuration cannot be used; RunOptionsError for an unknown setting, a value an option cannot take, or a formatter that cannot run;
 * all before any file is read. VerifyError when the `verify` command cannot be run or its baseline reports no tests.
 */
export async function run(paths: readonly string[], options: RunPathsOptions = {}): Promise<JsonReport> {
  const started = performance.now();
  const cwd = process.cwd();
  const source = { cwd, configFile: typeof options.config === 'string' ? options.config : undefined, isolated: options.config === false };
  // Read here, not on import: the worker threads load this module with the transforms, and reading options takes yargs.
  const { configuredPlugins, readProjectSettings } = await import('./project-settings.js');
  const configured = configuredPlugins(source);
  await registerPlugins(resolvePlugins(options.plugins ?? configured, cwd));
  // An unknown name is the caller's mistake, reported before any file is read.
  selectTransforms(options.transforms ?? [], options.skip ?? []);
  checkSelection({ select: options.select, extendSelect: options.extendSelect, ignore: options.ignore });
  const project = readProjectSettings({ values: givenValues(options) }, source);
  const runSettings = project.settingsFor(cwd, true);
  // The values the command line checks before any file is read, checked the same way.
  const names = { option: settingSource, formatter: (file: string, name: string, _: unknown, problem: string) => `${file} is laid out with ${name}, but ${problem}; install it, or pass formatter: 'none'` };
  asRunOptionsError(() => {
    if (options.jobs !== undefined) checkValue('jobs', options.jobs, wholeNumber(1));
    if (typeof options.cache === 'string') checkValue('cache', options.cache, directoryPath);
    const configuredCacheDir = runSettings.get('cache-dir');
    if (options.cache === true && configuredCacheDir?.value !== undefined) checkValue(settingSource('cache-dir', configuredCacheDir), configuredCacheDir.value, directoryPath);
    checkOptionSettings(runSettings, names);
  });
  const mode = options.mode ?? 'check';
  const profiles = runProfiles(project, null, names);
  const profileFor = (file: string): FileProfile => asRunOptionsError(() => profiles.profileFor(file));
  const discover = { allFiles: false, exclude: [], cwd, rulesFor: (dir: string) => project.rulesFor(dir) };
  const jobs = options.jobs ?? (runSettings.get('jobs')?.value as number);
  const setting = <T>(name: string) => runSettings.get(name)?.value as T;
  const command = setting<string | undefined>('verify');
  const verification =
    command === undefined
      ? null
      : await verifyFixes({
          paths,
          discover,
          run: { profile: profileFor, plugins: registeredPlugins() },
          workers: jobs,
          command,
          runner: setting<RunnerName | undefined>('verify-runner') ?? null,
          jobs: setting<number>('verify-jobs'),
          timeout: setting<number | undefined>('verify-timeout') ?? null,
          maxRuns: setting<number>('verify-max-runs'),
          log: () => {},
        });
  const results = await runPaths(
    paths,
    discover,
    {
      write: mode === 'fix',
      diff: mode === 'dry',
      profile: profileFor,
      revert: verification?.revert,
      plugins: registeredPlugins(),
      cacheDir: cacheDir(options.cache, cwd, setting<string | undefined>('cache-dir'), project.configFor(cwd)?.path),
    },
    jobs,
    options.onFile,
    undefined,
    options.onProgress,
  );
  const files = verification === null ? results : withVerification(results, verification);
  const transforms = TRANSFORMS.filter((t) => profiles.ran.has(t.meta.name));
  return toJson({ version: readPackage().version, mode, unsafe: setting<boolean>('unsafe') === true, transforms, files, elapsedMs: performance.now() - started, verification: verification?.summary });
}

/** The options of a run as the command line would have given them, by option name. */
function givenValues(options: RunPathsOptions): Record<string, unknown> {
  const known = transformOptionNames();
  const unknown = Object.keys(options.settings ?? {}).find((name) => !known.includes(name));
  if (unknown !== undefined) throw new RunOptionsError(`settings: '${unknown}' is not an option of any transform; did you mean '${nearest(unknown, known)}'?`);
  const given = {
    transforms: options.transforms,
    skip: options.skip,
    select: options.select,
    'extend-select': options.extendSelect,
    ignore: options.ignore,
    unsafe: options.unsafe,
    'all-files': options.allFiles,
    exclude: options.exclude,
    formatter: options.formatter,
    verify: options.verify,
    'verify-runner': options.verifyRunner,
    'verify-jobs': options.verifyJobs,
    'verify-timeout': options.verifyTimeout,
    'verify-max-runs': options.verifyMaxRuns,
    ...options.settings,
  };
  return Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
}

/** Runs option checks, whose problems are the caller's: a RunOptionsError. */
function asRunOptionsError<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof OptionError) throw new RunOptionsError(error.message);
    throw error;
  }
}

/** A setting as a message names it: in a configuration, or in the options given. */
function settingSource(name: string, setting: Setting | undefined): string {
  const source = setting?.source;
  return source !== undefined && source !== 'default' && source !== 'command line' ? `'${name}' in ${source.section} of ${source.path}` : `settings.${name}`;
}

/** The cache directory a run's `cache` option asks for, made; undefined for none, or when it cannot be made. */
function cacheDir(cache: boolean | string | undefined, cwd: string, configured: string | undefined, config: string | undefined): string | undefined {
  if (cache === undefined || cache === false) return undefined;
  const dir = cache === true ? (configured ?? defaultCacheDir(cwd, config)) : path.resolve(cwd, cache);
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
