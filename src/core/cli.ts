#!/usr/bin/env node
/** The testmend command line. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yargs from 'yargs';
import { hideBin, Parser } from 'yargs/helpers';
import { defaultCacheDir, prepareCache, withCache } from './cache.js';
import { colorizeDiff } from './diff.js';
import { explainTransform } from './explain.js';
import { describeFsError, discoverFiles } from './files.js';
import { CLI_OPTIONS, COMMANDS, EPILOG, EXIT, TRANSFORM_OPTIONS_GROUP, transformOptions, USAGE } from './options.js';
import { TRANSFORMS, selectTransforms, UnknownTransformError } from './registry.js';
import { PluginError, registerPlugins, resolvePlugins } from './plugins.js';
import { createProgress } from './progress.js';
import { formatPlan, formatReport, formatReviewReport, type ReportFormat, type RunMode } from './report.js';
import { ReviewFormatError } from '../review/formats.js';
import { CodeIndex } from '../review/places.js';
import { planReview, withPlanSettings, type Plan } from '../review/plan.js';
import { suggestedChanges } from './suggested-change.js';
import { runPaths, testIdMap } from './run.js';
import type { Transform } from './types.js';
import { readVersion } from './version.js';

class UsageError extends Error {}

function listTransforms(): string {
  const rows = TRANSFORMS.map((t) => [t.meta.name, t.meta.safety, t.meta.defaultEnabled ? 'default' : 'opt-in', t.meta.suggestion, t.meta.summary]);
  const header = ['name', 'safety', 'set', 'review suggestion', 'summary'];
  const widths = header.map((_, i) => Math.max(header[i].length, ...rows.map((row) => row[i].length)));
  return [header, ...rows].map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')).join('\n') + '\n';
}

/** `--opt -` → `--opt=-`: the parser would otherwise take a lone `-` for a positional. */
function joinDashValue(args: string[], option: string): string[] {
  return args.flatMap((arg, i) => (arg === option && args[i + 1] === '-' ? [] : arg === '-' && args[i - 1] === option ? [`${option}=-`] : [arg]));
}

/** The text of a review: a file, or standard input for `-`. */
function readReview(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the review ${file === '-' ? 'from standard input' : file}: ${describeFsError(error)}`);
  }
}

/** The transform a name stands for; an unknown name is a usage error. */
function findTransform(name: string): Transform {
  const transform = TRANSFORMS.find((t) => t.meta.name === name);
  if (transform === undefined) throw new UsageError(new UnknownTransformError([name]).message);
  return transform;
}

/** The chosen transforms plus, in registry order, those an option that was given enables (`--rename` runs rename). */
function withEnabledBy(chosen: readonly Transform[], given: (option: string) => boolean, skip: readonly string[]): Transform[] {
  return TRANSFORMS.filter(
    (t) => chosen.includes(t) || (!skip.includes(t.meta.name) && Object.entries(t.meta.options ?? {}).some(([name, option]) => option.enables === true && given(name))),
  );
}

/** The --plugin values, read ahead of the other options: a plugin's transforms may bring options of their own. */
function pluginArguments(args: readonly string[]): string[] {
  const booleans = Object.entries(CLI_OPTIONS).flatMap(([name, option]) => ('type' in option && option.type === 'boolean' ? [name] : []));
  return [Parser([...args], { string: ['plugin'], boolean: booleans }).plugin ?? []].flat().map(String);
}

async function main(): Promise<number> {
  const version = readVersion();
  const args = joinDashValue(joinDashValue(hideBin(process.argv), '--report-file'), '--from-review');
  const plugins = resolvePlugins(pluginArguments(args), process.cwd());
  try {
    await registerPlugins(plugins);
  } catch (error) {
    if (error instanceof PluginError) throw new UsageError(error.message);
    throw error;
  }
  const parser = yargs(args)
    .scriptName('testmend')
    .usage(USAGE)
    .command(COMMANDS.run.command, COMMANDS.run.describe, (y) => y.positional(COMMANDS.run.positional, COMMANDS.run.argument))
    .command(COMMANDS.explain.command, COMMANDS.explain.describe, (y) => y.positional(COMMANDS.explain.positional, COMMANDS.explain.argument))
    .options(CLI_OPTIONS)
    .check((args) => {
      if (!Number.isInteger(args.jobs) || args.jobs < 1) throw new UsageError('--jobs must be a whole number of at least 1');
      return true;
    })
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
    process.stdout.write(explainTransform(findTransform(String(argv.name))));
    return EXIT.ok;
  }
  if (argv.list) {
    process.stdout.write(listTransforms());
    return EXIT.ok;
  }
  if (argv.planOnly && argv.fromReview === undefined) throw new UsageError('--plan-only needs --from-review');
  if (argv.reviewScope === 'paths' && argv.fromReview === undefined) throw new UsageError('--review-scope needs --from-review');
  let transforms: Transform[];
  try {
    transforms = selectTransforms(argv.transforms ?? [], argv.skip ?? []);
    if (argv.transforms === undefined) transforms = withEnabledBy(transforms, (name) => argv[name] !== undefined, argv.skip ?? []);
  } catch (error) {
    if (error instanceof UnknownTransformError) throw new UsageError(error.message);
    throw error;
  }
  let plan: Plan | null = null;
  if (argv.fromReview !== undefined) {
    const discovery = discoverFiles(argv.paths as string[], { allFiles: argv.allFiles, exclude: argv.exclude ?? [], cwd: process.cwd() });
    try {
      plan = planReview(readReview(argv.fromReview), argv.fromReview, argv.paths as string[], {
        available: TRANSFORMS.map((t) => t.meta),
        only: argv.transforms ?? [],
        skip: argv.skip ?? [],
        code: new CodeIndex(discovery.targets),
        widen: argv.reviewScope === 'paths',
      });
    } catch (error) {
      if (error instanceof ReviewFormatError) throw new UsageError(`cannot read the review ${argv.fromReview}: ${error.message}`);
      throw error;
    }
    const planned = plan.transforms;
    transforms = TRANSFORMS.filter((t) => planned.includes(t.meta.name));
    if (argv.planOnly) {
      writeReport(formatPlan(plan, argv.report as ReportFormat, version, argv.unsafe), argv.reportFile ?? '-');
      return EXIT.ok;
    }
    // A JSON or Markdown report on stderr holds the plan, and stays one document.
    if (argv.report === 'text' || argv.reportFile !== undefined) process.stderr.write(formatPlan(plan, 'text', version, argv.unsafe));
    if (transforms.length === 0 && plan.changes.length === 0) return EXIT.ok;
  } else if (transforms.length === 0) {
    throw new UsageError('no transforms left to run');
  }

  const started = performance.now();
  const cache = argv.cache ? usableCache(path.resolve(argv.cacheDir ?? defaultCacheDir(process.cwd()))) : undefined;
  const mode: RunMode = argv.check ? 'check' : argv.dry ? 'dry' : 'fix';
  const color = argv.color === 'always' || (argv.color === 'auto' && process.stdout.isTTY === true && !process.env.NO_COLOR);
  const given = Object.fromEntries(Object.keys(options).filter((name) => argv[name] !== undefined).map((name) => [name, argv[name]]));
  const settings = plan === null ? given : withPlanSettings(given, plan);
  // A dumb terminal cannot move back to the start of a line.
  const progress = createProgress(process.stderr, process.env.TERM !== 'dumb');
  const files = await runPaths(
    argv.paths as string[],
    { allFiles: argv.allFiles, exclude: argv.exclude ?? [], cwd: process.cwd() },
    withCache(
      { transforms: transforms.map((t) => t.meta.name), unsafe: argv.unsafe, write: mode === 'fix', diff: argv.dry, settings, regions: plan?.regions, changes: plan?.changes, plugins },
      cache,
    ),
    argv.jobs,
    (result) => {
      if (!result.diff) return;
      progress.clear();
      process.stdout.write(color ? colorizeDiff(result.diff) : result.diff);
    },
    progress.update,
  ).finally(progress.clear);
  if (argv.testIdMap !== undefined) writeFileSync(argv.testIdMap, `${JSON.stringify(testIdMap(files), null, 2)}\n`);
  if (mode === 'check') {
    for (const file of files) if (file.status === 'changed') process.stdout.write(`${file.path}\n`);
  }

  const reported = plan !== null && plan.changes.length > 0 ? [suggestedChanges([]), ...transforms] : transforms;
  const summary = { version, mode, unsafe: argv.unsafe, transforms: reported, files, elapsedMs: performance.now() - started };
  const format = argv.report as ReportFormat;
  writeReport(plan === null ? formatReport(summary, format) : formatReviewReport(summary, plan, format), argv.reportFile);

  if (files.some((file) => file.status === 'error' || file.status === 'skipped')) return EXIT.fileErrors;
  if (mode === 'check' && files.some((file) => file.status === 'changed')) return EXIT.changesFound;
  return EXIT.ok;
}

/** The cache directory, made if need be; when it cannot be, the run goes on without it, and says so. */
function usableCache(dir: string): string | undefined {
  const problem = prepareCache(dir);
  if (problem === null) return dir;
  process.stderr.write(`testmend: cannot keep a cache in ${dir} (${problem}); every file is read again\n`);
  return undefined;
}

/** Writes a report to stderr (no file given), stdout (`-`) or a file. */
function writeReport(report: string, file: string | undefined): void {
  if (file === undefined) process.stderr.write(report);
  else if (file === '-') process.stdout.write(report);
  else writeFileSync(file, report);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`testmend: ${error.message}\nRun testmend --help for usage.\n`);
      process.exitCode = EXIT.usage;
    } else {
      process.stderr.write(`testmend: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = EXIT.fileErrors;
    }
  },
);
