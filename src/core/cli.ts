#!/usr/bin/env node
/** The testmend command line. */
import { readFileSync, writeFileSync } from 'node:fs';
import yargs, { type Options } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { codeRange, codesOf, ENGINE, findCode } from './codes.js';
import { colorizeDiff } from './diff.js';
import { explain } from './explain.js';
import { describeFsError } from './files.js';
import { defaultJobs } from './pool.js';
import { TRANSFORMS, selectTransforms, UnknownTransformError } from './registry.js';
import { formatPlan, formatReport, formatReviewReport, type ReportFormat, type RunMode } from './report.js';
import { planReview, withPlanSettings, type Plan } from '../review/plan.js';
import { runPaths, testIdMap } from './run.js';
import { checkSelection, defaultCodes, resolveSelection, SelectorError, validSelectors, type Selection } from './selection.js';
import { nearestWord } from './spelling.js';
import type { Transform } from './types.js';

/** Exit codes, as documented in the README and `--help`. */
export const EXIT = { ok: 0, changesFound: 1, usage: 2, fileErrors: 3 } as const;

const EPILOG = `Exit codes:
  0  done, or nothing to do
  1  --check found files that would change
  2  usage error
  3  at least one file could not be processed (it is reported; the other files are still done)

By default testmend fixes files in place. Start with --dry to see the diff first.
With --from-review, the transforms are those the review's suggestions ask for: see the plan with --plan-only.

Every finding has a code (TM110): testmend explain TM lists them, --select/--ignore choose them.
In the code, # testmend: ignore[CODES] keeps a statement as it is (on a def or class line, the whole
definition), # testmend: skip-file a whole file, and a bare # noqa its line; --extend-select TM001
lists the comments that suppress nothing.`;

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

/** Reads a repeatable, comma-separated option: `-t a,b -t c` → [a, b, c]. */
function splitNames(value: unknown): string[] {
  return [value ?? []].flat().flatMap((item) => String(item).split(',')).map((name) => name.trim()).filter(Boolean);
}

/** Reads a repeatable option whose values may hold commas. */
function repeated(value: unknown): string[] {
  return [value ?? []].flat().map(String);
}

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
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the review ${file === '-' ? 'from standard input' : file}: ${describeFsError(error)}`);
  }
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

/** The transforms whose options were given and enable them (`--rename` runs rename). */
function enabledByOptions(given: (option: string) => boolean): string[] {
  return TRANSFORMS.filter((t) => Object.entries(t.meta.options ?? {}).some(([name, option]) => option.enables === true && given(name))).map((t) => t.meta.name);
}

/** The transforms that own at least one of the codes, in registry order. */
function transformsFor(codes: ReadonlySet<string>): Transform[] {
  return TRANSFORMS.filter((t) => codesOf(t.meta.name).some((entry) => codes.has(entry.code)));
}

/** The options every transform declares, as yargs options. */
function transformOptions(): Record<string, Options> {
  return Object.fromEntries(
    TRANSFORMS.flatMap((t) => Object.entries(t.meta.options ?? {})).map(([name, option]): [string, Options] => [
      name,
      option.type === 'array'
        ? { type: 'string', coerce: repeated, describe: `${option.describe} (repeatable)` }
        : { type: option.type, describe: option.describe, choices: option.choices, default: option.default },
    ]),
  );
}

async function main(): Promise<number> {
  const version = readVersion();
  const parser = yargs(joinDashValue(joinDashValue(hideBin(process.argv), '--report-file'), '--from-review'))
    .scriptName('testmend')
    .usage(
      '$0 [paths..]\n$0 --from-review REVIEW [paths..]\n$0 explain NAME|CODE\n\nApplies code-review suggestions to Python test suites: each transform rewrites one kind of suggestion, safely and in place.',
    )
    .command('$0 [paths..]', 'Fix the Python test files under the given paths (default: .)', (y) =>
      y.positional('paths', { type: 'string', array: true, default: ['.'], describe: 'Files and directories to walk for .py files' }),
    )
    .command('explain <name>', "Print a transform's documentation, codes and the review wordings that select it; or what a code, or the codes under a prefix, stand for", (y) =>
      y.positional('name', { type: 'string', demandOption: true, describe: 'A transform name, as --list shows it, a code (TM110) or a prefix of codes (TM1; TM for every code)' }),
    )
    .option('dry', { type: 'boolean', default: false, describe: 'Write nothing; print a unified diff of every change to stdout' })
    .option('check', { type: 'boolean', default: false, describe: 'Write nothing; list the files that would change; exit 1 if there are any' })
    .option('transforms', { alias: 't', type: 'string', coerce: splitNames, describe: 'Run only these transforms (comma-separated, repeatable)' })
    .option('skip', { type: 'string', coerce: splitNames, describe: 'Leave out these transforms (comma-separated, repeatable)' })
    .option('select', {
      type: 'string',
      coerce: splitNames,
      describe: 'Report and fix only these codes: codes (TM110), prefixes (TM1) or transform names, comma-separated, repeatable; -t names count as --select',
    })
    .option('extend-select', { type: 'string', coerce: splitNames, describe: 'Add these codes, prefixes or transforms to the selection' })
    .option('ignore', {
      type: 'string',
      coerce: splitNames,
      describe: 'Leave out these codes, prefixes or transforms; --skip names count as --ignore, and the more specific selector wins',
    })
    .option('list', { type: 'boolean', default: false, describe: 'List every transform with its codes and exit' })
    .option('from-review', {
      type: 'string',
      describe: 'Read a code review (text or Markdown; - for stdin), plan the transforms its suggestions ask for, run them, and report by suggestion',
    })
    .option('plan-only', { type: 'boolean', default: false, describe: 'With --from-review: print the plan and stop' })
    .option('unsafe', { type: 'boolean', default: false, describe: 'Also apply fixes marked unsafe' })
    .option('all-files', { type: 'boolean', default: false, describe: 'Take every .py file, not only test code (test_*.py, *_test.py, conftest.py, test/ and tests/)' })
    .option('exclude', { type: 'string', coerce: repeated, describe: 'Leave out paths matching this gitignore-style pattern (repeatable)' })
    .option('report', { choices: ['text', 'json', 'markdown'] as const, default: 'text' as const, describe: 'Report format' })
    .option('report-file', { type: 'string', describe: 'Write the report here instead of stderr (- for stdout)' })
    .option('quiet', { alias: 'q', type: 'boolean', describe: 'Text and Markdown reports: only the totals and where to look first' })
    .option('verbose', {
      type: 'boolean',
      describe: 'Text and Markdown reports: every finding, applied and suppressed ones too (by default a file lists what needs a look; its applied fixes are counted by code)',
    })
    .option('jobs', { alias: 'j', type: 'number', default: defaultJobs(), defaultDescription: 'CPU count', describe: 'Worker threads; 1 runs in this thread' })
    .option('color', { choices: ['auto', 'always', 'never'] as const, default: 'auto' as const, describe: 'Color the diff' })
    .option('test-id-map', { type: 'string', describe: 'Write the test ids the fixes rename or split (old id → new ids) to this JSON file' })
    .conflicts('quiet', 'verbose')
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
  parser.group(Object.keys(options), 'Transform options:');
  const argv = await parser.parseAsync();

  if (argv._[0] === 'explain') {
    process.stdout.write(explainName(String(argv.name)));
    return EXIT.ok;
  }
  if (argv.list) {
    process.stdout.write(listTransforms());
    return EXIT.ok;
  }
  if (argv.planOnly && argv.fromReview === undefined) throw new UsageError('--plan-only needs --from-review');
  const chosen = [...(argv.transforms ?? []), ...(argv.select ?? [])];
  const selection: Selection = {
    select: chosen,
    extendSelect: [...(argv.extendSelect ?? []), ...(chosen.length === 0 ? enabledByOptions((name) => argv[name] !== undefined) : [])],
    ignore: [...(argv.skip ?? []), ...(argv.ignore ?? [])],
  };
  try {
    selectTransforms(argv.transforms ?? [], argv.skip ?? []);
    checkSelection(selection);
  } catch (error) {
    if (error instanceof UnknownTransformError || error instanceof SelectorError) throw new UsageError(error.message);
    throw error;
  }
  let codes = resolveSelection(selection);
  let transforms = transformsFor(codes);
  let plan: Plan | null = null;
  if (argv.fromReview !== undefined) {
    plan = planReview(readReview(argv.fromReview), argv.fromReview, argv.paths as string[], {
      available: TRANSFORMS.map((t) => t.meta),
      only: argv.transforms ?? [],
      skip: argv.skip ?? [],
    });
    const planned = new Set(plan.transforms);
    const narrowed = resolveSelection({ ...selection, select: argv.select ?? [] }, defaultCodes(plan.transforms));
    codes = new Set([...narrowed].filter((code) => planned.has(findCode(code)!.owner) || findCode(code)!.owner === ENGINE));
    transforms = transformsFor(codes);
    if (argv.planOnly) {
      writeReport(formatPlan(plan, argv.report as ReportFormat, version, argv.unsafe), argv.reportFile ?? '-');
      return EXIT.ok;
    }
    // A JSON or Markdown report on stderr holds the plan, and stays one document.
    if (argv.report === 'text' || argv.reportFile !== undefined) process.stderr.write(formatPlan(plan, 'text', version, argv.unsafe));
    if (transforms.length === 0) return EXIT.ok;
  } else if (transforms.length === 0) {
    throw new UsageError('no transforms left to run');
  }

  const started = performance.now();
  const mode: RunMode = argv.check ? 'check' : argv.dry ? 'dry' : 'fix';
  const color = argv.color === 'always' || (argv.color === 'auto' && process.stdout.isTTY === true && !process.env.NO_COLOR);
  const given = Object.fromEntries(Object.keys(options).filter((name) => argv[name] !== undefined).map((name) => [name, argv[name]]));
  const settings = plan === null ? given : withPlanSettings(given, plan);
  const files = await runPaths(
    argv.paths as string[],
    { allFiles: argv.allFiles, exclude: argv.exclude ?? [], cwd: process.cwd() },
    { transforms: transforms.map((t) => t.meta.name), codes: [...codes], unsafe: argv.unsafe, write: mode === 'fix', diff: argv.dry, settings },
    argv.jobs,
    (result) => {
      if (result.diff) process.stdout.write(color ? colorizeDiff(result.diff) : result.diff);
    },
  );
  if (argv.testIdMap !== undefined) writeFileSync(argv.testIdMap, `${JSON.stringify(testIdMap(files), null, 2)}\n`);
  if (mode === 'check') {
    for (const file of files) if (file.status === 'changed') process.stdout.write(`${file.path}\n`);
  }

  const detail = argv.quiet === true ? 'quiet' : argv.verbose === true ? 'verbose' : 'normal';
  const summary = { version, mode, unsafe: argv.unsafe, transforms, files, elapsedMs: performance.now() - started, detail } as const;
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
