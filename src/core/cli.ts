#!/usr/bin/env node
/** The testmend command line. */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yargs from 'yargs';
import { hideBin, Parser } from 'yargs/helpers';
import { defaultCacheDir, prepareCache } from './cache.js';
import { codeRange } from './codes.js';
import { ConfigError, type Setting } from './config.js';
import { ConfigFileError } from './config-files.js';
import { colorizeDiff } from './diff.js';
import { explain } from './explain.js';
import { describeFsError, discoverFiles, ReservedPathError } from './files.js';
import { checkValue, directoryPath, OptionError, outputFile } from './option-checks.js';
import { CLI_OPTIONS, COMMANDS, EPILOG, EXIT, TRANSFORM_OPTIONS_GROUP, transformOptions, USAGE } from './options.js';
import { readPackage } from './package.js';
import { abortWorkers } from './pool.js';
import { checkOptionSettings, fileProfile, runProfiles } from './profiles.js';
import { configuredPlugins, readProjectSettings } from './project-settings.js';
import { TRANSFORMS, selectTransforms, UnknownTransformError } from './registry.js';
import { PluginError, registerPlugins, resolvePlugins } from './plugins.js';
import { createProgress } from './progress.js';
import { formatPlan, formatReport, formatReviewReport, PLAN_FORMATS, type PlanFormat, type ReportFormat, type RunMode } from './report.js';
import { ReviewFormatError } from '../review/formats.js';
import { CodeIndex } from '../review/places.js';
import { planReview, type Plan } from '../review/plan.js';
import { suggestedChanges } from './suggested-change.js';
import { runPaths } from './run.js';
import { checkSelection, SelectorError, validSelectors } from './selection.js';
import { showSettings } from './show-settings.js';
import { nearestWord } from './spelling.js';
import { runStdin } from './stdin.js';
import { Output, StopFlag, stopOnSignals, writeQuietly } from './stop.js';
import { testIdMap } from './test-id-map.js';
import type { Detail } from './triage.js';
import type { FileResult } from './types.js';
import type { RunnerName } from './verify/runners.js';
import { verifyFixes, VerifyError, withVerification, type Verification } from './verify/verify.js';
import { removeOwnTempsUnder, replaceOutputFile } from './write.js';

class UsageError extends Error {}

function listTransforms(): string {
  const rows = TRANSFORMS.map((t) => [t.meta.name, codeRange(t.meta.name), t.meta.safety, t.meta.defaultEnabled ? 'default' : 'opt-in', t.meta.suggestion, t.meta.summary]);
  const header = ['name', 'codes', 'safety', 'set', 'review suggestion', 'summary'];
  const widths = header.map((_, i) => Math.max(header[i].length, ...rows.map((row) => row[i].length)));
  return [header, ...rows].map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')).join('\n') + '\n';
}

/** `--opt -` → `--opt=-`: the parser would otherwise take a lone `-` for a positional. */
function joinDashValue(args: string[], option: string): string[] {
  return args.flatMap((arg, i) => (arg === option && args[i + 1] === '-' ? [] : arg === '-' && args[i - 1] === option ? [`${option}=-`] : [arg]));
}

/** The text of a review: a file, or standard input for `-`. */
function readReview(file: string): string {
  const where = file === '-' ? 'from standard input' : file;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    throw new UsageError(`cannot read the review ${where}: ${describeFsError(error)}`);
  }
  if (bytes.includes(0) || !isUtf8(bytes)) throw new UsageError(`the review ${where} is not UTF-8 text: give the review as a plain text or Markdown file`);
  return bytes.toString('utf8');
}

/** What `explain` prints for a name; an unknown one is a usage error that names the nearest valid one. */
function explainName(name: string): string {
  const text = explain(name);
  if (text !== null) return text;
  const nearest = nearestWord(name, validSelectors());
  throw new UsageError(
    `unknown transform or code '${name}'; ${nearest === null ? `transforms: ${TRANSFORMS.map((t) => t.meta.name).join(', ')}; testmend explain TM lists the codes` : `did you mean ${nearest}?`}`,
  );
}

/** How much the report lists: --quiet or --verbose, the command line's when a configuration sets the other. */
function detailOf(run: ReadonlyMap<string, Setting>): Detail {
  const on = (['quiet', 'verbose'] as const).filter((name) => run.get(name)?.value === true);
  if (on.length === 2) return run.get('quiet')?.source === 'command line' ? 'quiet' : 'verbose';
  return on[0] ?? 'normal';
}

/** The `-` path: one source read from stdin. */
const STDIN = '\u0000stdin';

/**
 * Loads the plugins the command line (--plugin) and the working directory's
 * configuration (`plugins`) name, before the options are declared: a
 * plugin's transforms bring options of their own. Returns their paths.
 */
async function loadPlugins(args: readonly string[]): Promise<string[]> {
  const booleans = Object.entries(CLI_OPTIONS).flatMap(([name, option]) => ('type' in option && option.type === 'boolean' ? [name] : []));
  const early = Parser([...args], { string: ['plugins', 'config'], boolean: booleans, alias: { plugins: ['plugin'] } });
  const given = [early.plugins ?? []].flat().map(String);
  const configured = configuredPlugins({ cwd: process.cwd(), configFile: early.config, isolated: early.isolated === true });
  const plugins = resolvePlugins(given.length > 0 ? given : configured, process.cwd());
  try {
    await registerPlugins(plugins);
  } catch (error) {
    if (error instanceof PluginError) throw new UsageError(error.message);
    throw error;
  }
  return plugins;
}

/** Whether the run was stopped early; an error on standard output stops it too. */
const stop = new StopFlag();
/** Standard output: a closed pipe or a full disk there stops the run instead of crashing it. */
const output = new Output(stop);
process.stderr.on('error', () => {
  // Nowhere left to report it.
});

async function main(): Promise<number> {
  const { version } = readPackage();
  // A lone `-` is stdin; the parser would drop it, so it stands in as a name no path has.
  const args = joinDashValue(joinDashValue(hideBin(process.argv), '--report-file'), '--from-review').map((arg) => (arg === '-' ? STDIN : arg));
  const plugins = await loadPlugins(args);
  const parser = yargs(args)
    .scriptName('testmend')
    .usage(USAGE)
    .command(COMMANDS.run.command, COMMANDS.run.describe, (y) => y.positional(COMMANDS.run.positional, COMMANDS.run.argument))
    .command(COMMANDS.explain.command, COMMANDS.explain.describe, (y) => y.positional(COMMANDS.explain.positional, COMMANDS.explain.argument))
    .options(CLI_OPTIONS)
    .check((given) => {
      if (given.dry && given.check) throw new UsageError('--dry and --check do not go together: --dry shows the diffs, --check lists the files that would change; choose one');
      return true;
    })
    .conflicts('quiet', 'verbose')
    .epilog(EPILOG)
    .strict()
    .help()
    .alias('help', 'h')
    .version(version)
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((message, error, y) => {
      process.stderr.write(`${y.help().toString().split('\n', 1)[0]}\n\ntestmend: ${message ?? error?.message}\nRun testmend --help for usage.\n`);
      process.exit(EXIT.usage);
    });
  const options = transformOptions();
  for (const [name, option] of Object.entries(options)) parser.option(name, option);
  parser.group(Object.keys(options), TRANSFORM_OPTIONS_GROUP);
  const argv = await parser.parseAsync();

  if (argv._[0] === 'explain') {
    output.write(explainName(String(argv.name)));
    return EXIT.ok;
  }
  if (argv.list) {
    output.write(listTransforms());
    return EXIT.ok;
  }
  if (argv.planOnly && argv.fromReview === undefined) throw new UsageError('--plan-only needs --from-review');
  if (argv.reviewScope === 'paths' && argv.fromReview === undefined) throw new UsageError('--review-scope needs --from-review');
  try {
    selectTransforms(argv.transforms ?? [], argv.skip ?? []);
    checkSelection({ select: argv.select, extendSelect: argv.extendSelect, ignore: argv.ignore });
  } catch (error) {
    if (error instanceof UnknownTransformError || error instanceof SelectorError) throw new UsageError(error.message);
    throw error;
  }
  const cwd = process.cwd();
  const paths = argv.paths as string[];
  const stdin = paths.includes(STDIN) || argv.stdinFilename !== undefined;
  if (stdin && (paths.length !== 1 || (paths[0] !== STDIN && paths[0] !== '.'))) throw new UsageError('- reads one source from stdin: give no other paths with it');
  const project = readProjectSettings({ args }, { cwd, configFile: argv.config, isolated: argv.isolated });
  if (argv.showSettings) {
    output.write(showSettings(project, stdin ? [argv.stdinFilename ?? '.'] : paths, cwd));
    return EXIT.ok;
  }

  const run = project.settingsFor(cwd, true);
  checkOptionSettings(run, { option: optionSource });
  const runValue = <T>(name: string) => run.get(name)?.value as T;
  const report = runValue<ReportFormat>('report');
  const reportFile = runValue<string | undefined>('report-file');
  const unsafe = runValue<boolean>('unsafe');
  const testIdMapFile = runValue<string | undefined>('test-id-map');
  const outputs = checkOutputFiles(reportFile, testIdMapFile, (name) => optionSource(name, run.get(name)));
  const configuredCacheDir = runValue<string | undefined>('cache-dir');
  if (configuredCacheDir !== undefined) checkValue(optionSource('cache-dir', run.get('cache-dir')), configuredCacheDir, directoryPath);
  const mode: RunMode = argv.check ? 'check' : argv.dry ? 'dry' : 'fix';
  if (stdin && mode === 'fix' && reportFile === '-') throw new UsageError('--report-file - would mix the report into the fixed source on stdout; leave it out or name a file');
  // A configured test command is for runs over the tree; an editor's stdin run goes without it.
  if (stdin && run.get('verify')?.source === 'command line') throw new UsageError('--verify runs the suite on the files of the tree; it cannot verify a source read from stdin');
  if (argv.planOnly && !PLAN_FORMATS.includes(report)) throw new UsageError(`--plan-only prints the plan as ${PLAN_FORMATS.join(', ')}, not ${report}`);
  if (mode === 'dry' && reportFile === '-' && (report === 'sarif' || report === 'html')) {
    throw new UsageError(`--report-file - would mix the ${report} report into the diffs --dry prints on stdout; name a file`);
  }
  const page = report === 'html';
  if (page && reportFile === undefined) throw new UsageError('--report html writes a page: give it a file with --report-file PATH (- for stdout)');
  let plan: Plan | null = null;
  if (argv.fromReview !== undefined) {
    const discovery = discoverFiles(paths, { allFiles: false, exclude: [], cwd, rulesFor: (dir) => project.rulesFor(dir) });
    try {
      plan = planReview(readReview(argv.fromReview), argv.fromReview, paths, {
        available: TRANSFORMS.map((t) => t.meta),
        only: runValue<string[] | undefined>('transforms') ?? [],
        skip: runValue<string[] | undefined>('skip') ?? [],
        code: new CodeIndex(discovery.targets),
        widen: argv.reviewScope === 'paths',
      });
    } catch (error) {
      if (error instanceof ReviewFormatError) throw new UsageError(`cannot read the review ${argv.fromReview}: ${error.message}`);
      throw error;
    }
    if (argv.planOnly) {
      writeReport(formatPlan(plan, report as PlanFormat, version, unsafe), reportFile ?? '-');
      return EXIT.ok;
    }
    // A JSON or Markdown report on stderr holds the plan, and stays one document.
    if (report === 'text' || reportFile !== undefined) process.stderr.write(formatPlan(plan, 'text', version, unsafe));
    if (plan.transforms.length === 0 && plan.changes.length === 0) return EXIT.ok;
  } else if (fileProfile(path.join(cwd, '__init__.py'), run, [], null).transforms.length === 0) {
    throw new UsageError('no transforms left to run');
  }

  const started = performance.now();
  const color = runValue<string>('color') === 'always' || (runValue<string>('color') === 'auto' && process.stdout.isTTY === true && !process.env.NO_COLOR);
  const { profileFor, ran } = runProfiles(project, plan, {
    option: optionSource,
    formatter: (_, name, setting, problem) => `${formatterSource(setting, name)}, but ${problem}; install it, or run with --formatter none to keep the transforms' own layout`,
  });
  const discover = { allFiles: false, exclude: [], cwd, rulesFor: (dir: string) => project.rulesFor(dir) };
  const verifyCommand = runValue<string | undefined>('verify');
  let verification: Verification | null = null;
  if (verifyCommand !== undefined && !stdin) {
    // Progress goes to stderr unless a JSON or Markdown report is there, which stays one document.
    const log = report === 'text' || reportFile !== undefined ? (line: string) => process.stderr.write(`${line}\n`) : () => {};
    const runs = { runner: runValue<RunnerName | undefined>('verify-runner') ?? null, jobs: runValue<number>('verify-jobs'), timeout: runValue<number | undefined>('verify-timeout') ?? null, maxRuns: runValue<number>('verify-max-runs') };
    try {
      const run = { profile: profileFor, regions: plan?.regions, changes: plan?.changes, plugins };
      verification = await verifyFixes({ paths, discover, run, workers: runValue<number>('jobs'), command: verifyCommand, ...runs, log });
    } catch (error) {
      if (error instanceof VerifyError) throw new UsageError(error.message);
      throw error;
    }
  }
  const cacheDir = !stdin && runValue<boolean>('cache') ? usableCache(runValue<string | undefined>('cache-dir') ?? defaultCacheDir(cwd, project.configFor(cwd)?.path)) : undefined;
  // A dumb terminal cannot move back to the start of a line; --quiet asks for the summary alone.
  const progress = createProgress(process.stderr, process.env.TERM !== 'dumb' && detailOf(run) !== 'quiet');
  // The page shows each file's diff, with its findings' lines in view: it keeps them, which a run otherwise drops.
  const diffs = new Map<string, string>();
  let files: FileResult[];
  if (stdin) {
    const file = path.resolve(cwd, argv.stdinFilename ?? '<stdin>');
    const display = argv.stdinFilename ?? '<stdin>';
    files = [runStdin(readStdin(), { display, file, profile: profileFor(file), mode }, (data) => output.write(color && typeof data === 'string' ? colorizeDiff(data) : data))];
  } else {
    // Workers stopped outright may have been writing a cache entry: its temporary file goes too.
    const abort = () =>
      abortWorkers().finally(() => {
        if (cacheDir !== undefined) removeOwnTempsUnder(cacheDir);
      });
    // A signal's message replaces the progress line, which stays away while the files in progress finish.
    const removeSignalHandlers = stopOnSignals(stop, abort, progress.clear);
    let results: FileResult[];
    try {
      results = await runPaths(
        paths,
        { ...discover, reserved: outputs },
        { write: mode === 'fix', diff: argv.dry, page, regions: plan?.regions, changes: plan?.changes, revert: verification?.revert, plugins, cacheDir, profile: profileFor },
        runValue<number>('jobs'),
        (result) => {
          if (result.pageDiff) diffs.set(result.path, result.pageDiff);
          if (!result.diff) return;
          progress.clear();
          output.write(color ? colorizeDiff(result.diff) : result.diff);
        },
        stop,
        (phase, done, total) => {
          if (!stop.stopped) progress.update(phase, done, total);
        },
      );
    } catch (error) {
      if (error instanceof ReservedPathError) throw new UsageError(error.message);
      throw error;
    } finally {
      progress.clear();
      removeSignalHandlers();
    }
    files = verification === null ? results : withVerification(results, verification);
    await output.flush();
    if (stop.reason === 'EPIPE') return EXIT.closedPipe;
    if (mode === 'check') {
      for (const file of files) if (file.status === 'changed') output.write(`${file.path}\n`);
    }
  }
  if (testIdMapFile !== undefined) writeOutput(testIdMapFile, `${JSON.stringify(testIdMap(files), null, 2)}\n`, '--test-id-map');

  const transforms = TRANSFORMS.filter((t) => ran.has(t.meta.name));
  const reported = plan !== null && plan.changes.length > 0 ? [suggestedChanges([]), ...transforms] : transforms;
  const summary = {
    version,
    mode,
    unsafe,
    transforms: reported,
    files: page ? files.map((file) => ({ ...file, diff: diffs.get(file.path) ?? null })) : files,
    elapsedMs: performance.now() - started,
    stdin,
    detail: detailOf(run),
    verification: verification?.summary,
  };
  writeReport(plan === null ? formatReport(summary, report) : formatReviewReport(summary, plan, report), reportFile);

  // Writing the report may have met a closed pipe.
  await output.flush();
  if (stop.reason === 'SIGINT' || stop.reason === 'SIGTERM') {
    const written = mode === 'fix' ? files.filter((file) => file.status === 'changed').length : 0;
    writeQuietly(process.stderr, `testmend: stopped by ${stop.reason}: ${written} ${written === 1 ? 'file' : 'files'} written; the files not in the report were not touched\n`);
    return stop.reason === 'SIGINT' ? EXIT.interrupted : EXIT.terminated;
  }
  if (stop.reason === 'EPIPE') return EXIT.closedPipe;
  if (output.failure !== null) {
    writeQuietly(process.stderr, `testmend: cannot write to standard output: ${describeFsError(output.failure)}${mode === 'fix' ? '; the files in the report were written' : ''}\n`);
    return EXIT.outputFailed;
  }
  if (files.some((file) => file.status === 'error' || file.status === 'skipped')) return EXIT.fileErrors;
  if (mode === 'check' && files.some((file) => file.status === 'changed')) return EXIT.changesFound;
  return EXIT.ok;
}

/**
 * Checks the files the run writes its output to, before any file is
 * touched, and returns those that are files (not standard output); `where`
 * names an option as the user gave it.
 */
function checkOutputFiles(reportFile: string | undefined, testIdMapFile: string | undefined, where: (name: string) => string): string[] {
  if (reportFile !== undefined) checkValue(where('report-file'), reportFile, outputFile);
  if (testIdMapFile !== undefined) checkValue(where('test-id-map'), testIdMapFile, outputFile);
  const outputs = [reportFile, testIdMapFile].filter((file): file is string => file !== undefined && file !== '-');
  if (outputs.length === 2 && path.resolve(outputs[0]) === path.resolve(outputs[1])) throw new UsageError('--report-file and --test-id-map name the same file: give them different paths');
  return outputs;
}

/** An option as a message names it: on the command line, in a configuration, or from the review's plan. */
function optionSource(name: string, setting: Setting | undefined): string {
  const source = setting?.source;
  if (source === 'command line') return `--${name}`;
  if (source !== undefined && source !== 'default') return `'${name}' in ${source.section} of ${source.path}`;
  return `--${name} (from the review's plan)`;
}

/** An output file could not be written: the run's files are done, but its report is not. */
class OutputError extends Error {}

/** How a formatter came to be asked for: by the command line, a configuration, or the project's pyproject.toml. */
function formatterSource(setting: Setting | undefined, name: string): string {
  const source = setting?.source;
  if (source === 'command line') return `--formatter ${name} was given`;
  if (source !== undefined && source !== 'default') return `${source.section} in ${source.path} sets formatter = "${name}"`;
  return `the project's pyproject.toml configures ${name}`;
}

/** The cache directory, made if need be; when it cannot be, the run goes on without it, and says so. */
function usableCache(dir: string): string | undefined {
  const problem = prepareCache(dir);
  if (problem === null) return dir;
  process.stderr.write(`testmend: cannot keep a cache in ${dir} (${problem}); every file is read again\n`);
  return undefined;
}

/** Standard input, whole. */
function readStdin(): Buffer {
  try {
    return readFileSync(0);
  } catch (error) {
    throw new UsageError(`cannot read the source from standard input: ${describeFsError(error)}`);
  }
}

/** Writes a report to stderr (no file given), stdout (`-`) or a file. */
function writeReport(report: string, file: string | undefined): void {
  if (file === undefined) writeQuietly(process.stderr, report);
  else if (file === '-') output.write(report);
  else writeOutput(file, report, '--report-file');
}

/** Writes an output file whole, or not at all. */
function writeOutput(file: string, text: string, option: string): void {
  try {
    replaceOutputFile(file, Buffer.from(text, 'utf8'));
  } catch (error) {
    throw new OutputError(`${option} ${file}: cannot write it: ${describeFsError(error)}`);
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof ConfigFileError || error instanceof OptionError) {
      process.stderr.write(`testmend: ${error.message}\nRun testmend --help for usage.\n`);
      process.exitCode = EXIT.usage;
    } else if (error instanceof OutputError) {
      writeQuietly(process.stderr, `testmend: ${error.message}\n`);
      process.exitCode = EXIT.outputFailed;
    } else {
      process.stderr.write(`testmend: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = EXIT.fileErrors;
    }
  },
);
