#!/usr/bin/env node
/** The testmend command line. */
import { readFileSync, writeFileSync } from 'node:fs';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { colorizeDiff } from './diff.js';
import { explainTransform } from './explain.js';
import { describeFsError, discoverFiles } from './files.js';
import { CLI_OPTIONS, COMMANDS, EPILOG, EXIT, TRANSFORM_OPTIONS_GROUP, transformOptions, USAGE } from './options.js';
import { TRANSFORMS, selectTransforms, UnknownTransformError } from './registry.js';
import { formatPlan, formatReport, formatReviewReport, type ReportFormat, type RunMode } from './report.js';
import { ReviewFormatError } from '../review/formats.js';
import { CodeIndex } from '../review/places.js';
import { planReview, withPlanSettings, type Plan } from '../review/plan.js';
import { suggestedChanges } from './suggested-change.js';
import { runPaths } from './run.js';
import { testIdMap } from './test-id-map.js';
import type { Transform } from './types.js';
import type { RunnerName } from './verify/runners.js';
import { verifyFixes, VerifyError, withVerification, type Verification } from './verify/verify.js';

class UsageError extends Error {}

function readVersion(): string {
  for (let dir = new URL('.', import.meta.url); ; dir = new URL('..', dir)) {
    try {
      return JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')).version;
    } catch {
      if (dir.pathname === '/') return 'unknown';
    }
  }
}

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

async function main(): Promise<number> {
  const version = readVersion();
  const parser = yargs(joinDashValue(joinDashValue(hideBin(process.argv), '--report-file'), '--from-review'))
    .scriptName('testmend')
    .usage(USAGE)
    .command(COMMANDS.run.command, COMMANDS.run.describe, (y) => y.positional(COMMANDS.run.positional, COMMANDS.run.argument))
    .command(COMMANDS.explain.command, COMMANDS.explain.describe, (y) => y.positional(COMMANDS.explain.positional, COMMANDS.explain.argument))
    .options(CLI_OPTIONS)
    .check((args) => {
      if (!Number.isInteger(args.jobs) || args.jobs < 1) throw new UsageError('--jobs must be a whole number of at least 1');
      for (const name of ['verify-jobs', 'verify-max-runs'] as const) {
        if (!Number.isInteger(args[name]) || args[name] < 1) throw new UsageError(`--${name} must be a whole number of at least 1`);
      }
      if (args.verifyTimeout !== undefined && !(Number(args.verifyTimeout) > 0)) throw new UsageError('--verify-timeout must be a number of seconds above 0');
      if (args.verify !== undefined && args.verify.trim() === '') throw new UsageError('--verify needs a test command');
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
  const mode: RunMode = argv.check ? 'check' : argv.dry ? 'dry' : 'fix';
  const color = argv.color === 'always' || (argv.color === 'auto' && process.stdout.isTTY === true && !process.env.NO_COLOR);
  const given = Object.fromEntries(Object.keys(options).filter((name) => argv[name] !== undefined).map((name) => [name, argv[name]]));
  const settings = plan === null ? given : withPlanSettings(given, plan);
  const discover = { allFiles: argv.allFiles, exclude: argv.exclude ?? [], cwd: process.cwd() };
  const names = transforms.map((t) => t.meta.name);
  let verification: Verification | null = null;
  if (argv.verify !== undefined) {
    const request = { paths: argv.paths as string[], discover, transforms: names, unsafe: argv.unsafe, settings, regions: plan?.regions, changes: plan?.changes, workers: argv.jobs };
    const runs = { command: argv.verify, runner: (argv.verifyRunner as RunnerName | undefined) ?? null, jobs: argv.verifyJobs, timeout: argv.verifyTimeout ?? null, maxRuns: argv.verifyMaxRuns };
    try {
      // Progress goes to stderr unless a JSON or Markdown report is there, which stays one document.
      const log = argv.report === 'text' || argv.reportFile !== undefined ? (line: string) => process.stderr.write(`${line}\n`) : () => {};
      verification = await verifyFixes({ ...request, ...runs, log });
    } catch (error) {
      if (error instanceof VerifyError) throw new UsageError(error.message);
      throw error;
    }
  }
  const results = await runPaths(
    argv.paths as string[],
    discover,
    { transforms: names, unsafe: argv.unsafe, write: mode === 'fix', diff: argv.dry, settings, regions: plan?.regions, changes: plan?.changes, revert: verification?.revert },
    argv.jobs,
    (result) => {
      if (result.diff) process.stdout.write(color ? colorizeDiff(result.diff) : result.diff);
    },
  );
  const files = verification === null ? results : withVerification(results, verification);
  if (argv.testIdMap !== undefined) writeFileSync(argv.testIdMap, `${JSON.stringify(testIdMap(files), null, 2)}\n`);
  if (mode === 'check') {
    for (const file of files) if (file.status === 'changed') process.stdout.write(`${file.path}\n`);
  }

  const reported = plan !== null && plan.changes.length > 0 ? [suggestedChanges([]), ...transforms] : transforms;
  const summary = { version, mode, unsafe: argv.unsafe, transforms: reported, files, elapsedMs: performance.now() - started, verification: verification?.summary };
  const format = argv.report as ReportFormat;
  writeReport(plan === null ? formatReport(summary, format) : formatReviewReport(summary, plan, format), argv.reportFile);

  if (files.some((file) => file.status === 'error' || file.status === 'skipped')) return EXIT.fileErrors;
  if (mode === 'check' && files.some((file) => file.status === 'changed')) return EXIT.changesFound;
  return EXIT.ok;
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
