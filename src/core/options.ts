/**
 * The command line as data: its usage, commands, options and exit codes.
 * `--help` (through yargs, in cli.ts) and docs/cli.md (through `npm run docs`)
 * both read these tables, so they cannot say different things.
 */
import type { Options, PositionalOptions } from 'yargs';
import { checked, someNames, wholeNumber } from './option-checks.js';
import { defaultJobs } from './pool.js';
import { TRANSFORMS } from './registry.js';
import { STOP_EXIT } from './stop.js';
import { RUNNER_NAMES } from './verify/runners.js';

/** Exit codes, as documented in the README and `--help`. */
export const EXIT = {
  ok: 0,
  changesFound: 1,
  usage: 2,
  fileErrors: 3,
  outputFailed: 4,
  interrupted: STOP_EXIT.SIGINT,
  closedPipe: STOP_EXIT.EPIPE,
  terminated: STOP_EXIT.SIGTERM,
} as const;

/** What each exit code means. */
export const EXIT_MEANINGS: Readonly<Record<(typeof EXIT)[keyof typeof EXIT], string>> = {
  [EXIT.ok]: 'done, or nothing to do',
  [EXIT.changesFound]: '--check found files that would change',
  [EXIT.usage]: 'usage error',
  [EXIT.fileErrors]: 'at least one file could not be processed (it is reported; the other files are still done)',
  [EXIT.outputFailed]: 'the output could not be written',
  [EXIT.interrupted]: 'stopped by SIGINT',
  [EXIT.closedPipe]: 'standard output was closed',
  [EXIT.terminated]: 'stopped by SIGTERM',
};

/** The first lines of `--help`. */
export const USAGE =
  '$0 [paths..]\n$0 - [--stdin-filename PATH] < FILE\n$0 --from-review REVIEW [paths..]\n$0 explain NAME|CODE\n\nApplies code-review suggestions to Python test suites: each transform rewrites one kind of suggestion, safely and in place.';

/** The commands, each with its positional argument. */
export const COMMANDS = {
  run: {
    command: '$0 [paths..]',
    describe: 'Fix the Python test files under the given paths (default: .); - reads one source from stdin and writes it, fixed, to stdout',
    positional: 'paths',
    argument: { type: 'string', array: true, default: ['.'], describe: 'Files and directories to walk for .py files' },
  },
  explain: {
    command: 'explain <name>',
    describe: "Print a transform's documentation, codes and the review wordings that select it; or what a code, or the codes under a prefix, stand for",
    positional: 'name',
    argument: { type: 'string', demandOption: true, describe: 'A transform name, as --list shows it, a code (TM110) or a prefix of codes (TM1; TM for every code)' },
  },
} as const satisfies Record<string, { command: string; describe: string; positional: string; argument: PositionalOptions }>;

/** Reads a repeatable, comma-separated option: `-t a,b -t c` → [a, b, c]. */
function splitNames(value: unknown): string[] {
  return [value ?? []].flat().flatMap((item) => String(item).split(',')).map((name) => name.trim()).filter(Boolean);
}

/** A repeatable, comma-separated option that must name at least one thing. */
function someNamesOf(option: string): (value: unknown) => string[] {
  return (value) => checked<string[]>(option, someNames)(splitNames(value));
}

/** A check that a number of seconds is above zero. */
function positiveSeconds(option: string): (value: number) => number {
  return (value) => {
    if (!(value > 0)) throw new Error(`${option} must be a number of seconds above 0`);
    return value;
  };
}

/** A check that a command is not blank. */
function testCommand(value: string): string {
  if (String(value).trim() === '') throw new Error('--verify needs a test command');
  return value;
}

/** Reads a repeatable option whose values may hold commas. */
function repeated(value: unknown): string[] {
  return [value ?? []].flat().map(String);
}

/** testmend's own options, in the order `--help` lists them. */
export const CLI_OPTIONS = {
  dry: { type: 'boolean', default: false, describe: 'Write nothing; print a unified diff of every change to stdout' },
  check: { type: 'boolean', default: false, describe: 'Write nothing; list the files that would change; exit 1 if there are any' },
  transforms: { alias: 't', type: 'string', coerce: someNamesOf('-t, --transforms'), describe: 'Run only these transforms (comma-separated, repeatable)' },
  skip: { type: 'string', coerce: someNamesOf('--skip'), describe: 'Leave out these transforms (comma-separated, repeatable)' },
  select: {
    type: 'string',
    coerce: splitNames,
    describe: 'Report and fix only these codes: codes (TM110), prefixes (TM1) or transform names, comma-separated, repeatable; -t names count as --select',
  },
  'extend-select': { type: 'string', coerce: splitNames, describe: 'Add these codes, prefixes or transforms to the selection' },
  ignore: {
    type: 'string',
    coerce: splitNames,
    describe: 'Leave out these codes, prefixes or transforms; --skip names count as --ignore, and the more specific selector wins',
  },
  list: { type: 'boolean', default: false, describe: 'List every transform with its codes and exit' },
  'from-review': {
    type: 'string',
    describe:
      "Read a code review (text or Markdown, or Gerrit's or GitHub's review comments as JSON; - for stdin), plan the transforms its suggestions ask for, run them where it places them, and report by suggestion",
  },
  'plan-only': { type: 'boolean', default: false, describe: 'With --from-review: print the plan and stop' },
  'review-scope': {
    choices: ['comment', 'paths'],
    default: 'comment',
    describe: 'With --from-review: apply each suggestion where the review places it (comment: its file, and its test for "this test"), or everywhere under the paths (paths)',
  },
  unsafe: { type: 'boolean', default: false, describe: 'Also apply fixes marked unsafe' },
  'all-files': { type: 'boolean', default: false, describe: 'Take every .py file, not only test code (test_*.py, *_test.py, conftest.py, test/ and tests/)' },
  exclude: { type: 'string', coerce: repeated, describe: 'Leave out paths matching this gitignore-style pattern (repeatable)' },
  report: {
    choices: ['text', 'json', 'markdown', 'github', 'sarif', 'html'],
    default: 'text',
    describe:
      'Report format: text, json, markdown; github (workflow commands that annotate the diff) or sarif (code scanning), for CI; html, a page to browse the run (needs --report-file)',
  },
  'report-file': { type: 'string', describe: 'Write the report here instead of stderr (- for stdout)' },
  quiet: { alias: 'q', type: 'boolean', describe: 'Text and Markdown reports: only the totals and where to look first' },
  verbose: {
    type: 'boolean',
    describe: 'Text and Markdown reports: every finding, applied and suppressed ones too (by default a file lists what needs a look; its applied fixes are counted by code)',
  },
  jobs: { alias: 'j', type: 'number', default: defaultJobs(), defaultDescription: 'CPU count', coerce: checked('--jobs', wholeNumber(1)), describe: 'Threads that transform files: this one and N-1 worker threads' },
  color: { choices: ['auto', 'always', 'never'], default: 'auto', describe: 'Color the diff' },
  cache: {
    type: 'boolean',
    default: true,
    describe: "Reuse the results of files unchanged since the last run, kept in .testmend_cache/ beside the project's configuration (--no-cache: read every file again)",
  },
  'cache-dir': { type: 'string', describe: 'Keep the cache in this directory instead' },
  plugins: {
    alias: 'plugin',
    type: 'string',
    coerce: repeated,
    describe: 'Load the transforms a JavaScript module exports; they run as built-in ones do (repeatable; in a configuration, plugins = [...])',
  },
  'test-id-map': { type: 'string', describe: 'Write the test ids the fixes rename or split (old id → new ids), in every class that runs the test, to this JSON file' },
  'extend-exclude': { type: 'string', coerce: repeated, describe: 'Leave out paths matching this pattern too, keeping the configured exclude (repeatable)' },
  formatter: {
    choices: ['auto', 'black', 'ruff', 'none'],
    default: 'auto',
    describe: 'Lay out the changed lines with this formatter; auto: black or ruff format when pyproject.toml configures it',
  },
  verify: {
    type: 'string',
    coerce: testCommand,
    describe: 'Run this test command before and after the fixes (in copies of the current directory), compare outcomes test by test, and revert the fixes that change one; {files} and {modules} stand for the test files the fixes reach',
  },
  'verify-runner': { choices: RUNNER_NAMES, describe: 'The runner --verify reads (default: told from the command)' },
  'verify-jobs': { type: 'number', default: 1, coerce: checked('--verify-jobs', wholeNumber(1)), describe: 'Runs of the --verify command at once, each in its own copy' },
  'verify-timeout': {
    type: 'number',
    coerce: positiveSeconds('--verify-timeout'),
    describe: 'Seconds one --verify run may take (default: none for the baseline, then 3 times its time, at least 60)',
  },
  'verify-max-runs': { type: 'number', default: 200, coerce: checked('--verify-max-runs', wholeNumber(1)), describe: 'Runs of the --verify command in all; past it, fixes still under suspicion are reverted' },
  config: { type: 'string', describe: 'Read settings from this file only ([tool.testmend] of a .toml, [testmend] of a .cfg or .ini)' },
  isolated: { type: 'boolean', default: false, describe: 'Read no configuration file' },
  'show-settings': { type: 'boolean', default: false, describe: 'Print the settings in force for each path, and where each comes from; change nothing' },
  'stdin-filename': { type: 'string', describe: 'With - (stdin): the path the source stands for, for configuration, selection and messages' },
} as const satisfies Record<string, Options>;

/**
 * How the options are configuration keys ([tool.testmend], [testmend]): every
 * option is one, with its type, default and checks, except those of one
 * command. Options that shape what is done to each file take their value from
 * that file's nearest configuration; the others (report, jobs...) shape the
 * whole run and take it from the working directory's. Every transform option
 * is per file.
 */
export const CONFIG_ROLES = {
  /** Options of one command, never keys. */
  commandOnly: ['dry', 'check', 'list', 'from-review', 'plan-only', 'review-scope', 'config', 'isolated', 'show-settings', 'stdin-filename'],
  /** Options read per file. */
  perFile: ['transforms', 'skip', 'select', 'extend-select', 'ignore', 'unsafe', 'all-files', 'exclude', 'extend-exclude', 'formatter'],
  /** Options whose values name files: a configuration gives them relative to its own directory. */
  paths: ['report-file', 'test-id-map', 'plugins', 'cache-dir'],
} as const;

/** The options every transform declares, as yargs options, in registry order. */
export function transformOptions(): Record<string, Options> {
  return Object.fromEntries(
    TRANSFORMS.flatMap((t) => Object.entries(t.meta.options ?? {})).map(([name, option]): [string, Options] => [
      name,
      option.type === 'array'
        ? { type: 'string', coerce: repeated, describe: `${option.describe} (repeatable)` }
        : { type: option.type, describe: option.describe, choices: option.choices, default: option.default },
    ]),
  );
}

/** The heading `--help` gives the transforms' options. */
export const TRANSFORM_OPTIONS_GROUP = 'Transform options:';

/** The last lines of `--help`: the exit codes, then how to start. */
export const EPILOG = `Exit codes:
${Object.entries(EXIT_MEANINGS)
  .map(([code, meaning]) => `  ${code}  ${meaning}`)
  .join('\n')}

By default testmend fixes files in place. Start with --dry to see the diff first.
With --from-review, the transforms are those the review's suggestions ask for: see the plan with --plan-only.

Every finding has a code (TM110): testmend explain TM lists them, --select/--ignore choose them.
In the code, # testmend: ignore[CODES] keeps a statement as it is (on a def or class line, the whole
definition), # testmend: skip-file a whole file, and a bare # noqa its line; --extend-select TM001
lists the comments that suppress nothing.`;
