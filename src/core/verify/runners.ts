/**
 * Runner adapters: how to run a user's test command so that it reports each
 * test's outcome in a form testmend reads, and how to run only chosen tests.
 *
 * - unittest: `python -m unittest …` runs as `python -m _testmend_unittest …`,
 *   the same program with a result class that writes each outcome as it
 *   comes; another command that runs unittest (a script, tox) is read from
 *   its verbose output (`-v`).
 * - pytest: `-p _testmend_pytest --junitxml=FILE`; the outcomes come from
 *   the JUnit XML.
 * - stestr: `stestr run --subunit`, read as a subunit v2 stream.
 * - subunit: a command that writes a subunit v2 stream to stdout
 *   (`python -m subunit.run discover`).
 *
 * The helpers named `_testmend_*` live in ./python/ and reach the tests'
 * interpreter through PYTHONPATH.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { record, type Outcome, type RunResults, type Status } from './outcomes.js';
import { readSubunit } from './subunit.js';

export const RUNNER_NAMES = ['unittest', 'pytest', 'stestr', 'subunit'] as const;
export type RunnerName = (typeof RUNNER_NAMES)[number];

/** Files of one run: where the runner writes its results, and the ids to run (null: all). */
export interface RunFiles {
  readonly results: string;
  readonly tests: string | null;
}

/** The command line of one run and the environment it adds. */
export interface PreparedCommand {
  readonly command: string;
  readonly env: Readonly<Record<string, string>>;
}

/** What one run left behind. */
export interface RunOutput {
  readonly stdout: Buffer;
  readonly stderr: Buffer;
  readonly results: string;
}

/** One test runner, as `--verify` drives it. */
export interface Runner {
  readonly name: RunnerName;
  /** Whether a run can be limited to chosen tests (otherwise every run runs everything the command runs). */
  readonly narrows: boolean;
  /** The command to run (placeholders already filled in) with the changes this runner needs. */
  prepare(command: string, files: RunFiles): PreparedCommand;
  /** The outcomes of a finished (or stopped) run. */
  read(output: RunOutput): RunResults;
}

const UNITTEST = /(^|\s)-m\s+unittest(?=\s|$)/;
const PYTEST = /(?:^|[\s/])(?:py\.test|pytest)(?=\s|$)|(?:^|\s)-m\s+pytest(?=\s|$)/;
const STESTR_RUN = /(?:^|[\s/])stestr\b.*?\srun(?=\s|$)/;
const SUBUNIT_RUN = /(?:^|\s)-m\s+subunit\.run(?=\s|$)/;

/** The runner a command uses, as far as its words tell; null when they do not. */
export function detectRunner(command: string): RunnerName | null {
  if (STESTR_RUN.test(command)) return 'stestr';
  if (SUBUNIT_RUN.test(command)) return 'subunit';
  if (PYTEST.test(command)) return 'pytest';
  if (UNITTEST.test(command)) return 'unittest';
  return null;
}

/** The adapter for a runner. */
export function makeRunner(name: RunnerName, command: string): Runner {
  switch (name) {
    case 'unittest':
      return UNITTEST.test(command) ? unittestRunner : verboseUnittestRunner;
    case 'pytest':
      return pytestRunner;
    case 'stestr':
      return stestrRunner;
    case 'subunit':
      return SUBUNIT_RUN.test(command) ? subunitRunRunner : subunitStreamRunner;
  }
}

/** A word for a POSIX shell, quoted. */
export function shellQuote(word: string): string {
  return /^[\w./=:@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The environment a run adds: the helpers on PYTHONPATH, and where the results and the chosen tests are. */
function helperEnv(files: RunFiles): Record<string, string> {
  const pythonPath = [helpersDir(), process.env.PYTHONPATH].filter(Boolean).join(path.delimiter);
  return { PYTHONPATH: pythonPath, TESTMEND_VERIFY_RESULTS: files.results, ...(files.tests === null ? {} : { TESTMEND_VERIFY_TESTS: files.tests }) };
}

/** The folder of the Python helpers: ./python/ beside this module in the sources, whether running from src/ or dist/. */
function helpersDir(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'src', 'core', 'verify', 'python');
    if (path.dirname(dir) === dir) throw new Error('cannot find the testmend package for the --verify helpers');
  }
}

/** Inserts `words` right after what `pattern` matches in `command`. */
function insertAfter(command: string, pattern: RegExp, words: string): string {
  const match = pattern.exec(command)!;
  const at = match.index + match[0].length;
  return `${command.slice(0, at)} ${words}${command.slice(at)}`;
}

const unittestRunner: Runner = {
  name: 'unittest',
  narrows: true,
  prepare: (command, files) => ({ command: command.replace(UNITTEST, '$1-m _testmend_unittest'), env: helperEnv(files) }),
  read: ({ results }) => {
    const outcomes = new Map<string, Outcome>();
    const started = new Set<string>();
    for (const line of readText(results).split('\n')) {
      if (line.trim() === '') continue;
      const { id, status, message } = JSON.parse(line) as { id: string; status: Status | 'started'; message: string };
      if (status === 'started') started.add(id);
      else record(outcomes, id, { status, message });
    }
    return { outcomes, started };
  },
};

/** `test_name (module.Class.test_name) ... ok`; Python 3.10 and older say `(module.Class)`; a docstring's first line may sit before the dots. */
const VERBOSE_LINE = /^(\w+) \(([\w.]+)\)(?:\n[^\n]*?)? \.\.\. (ok|FAIL|ERROR|skipped(?: .*)?|expected failure|unexpected success)$/gm;
const VERBOSE_BLOCK = /^(FAIL|ERROR): (\w+) \(([\w.]+)\)[^\n]*\n(?:[^\n]*\n)?-{70}\n([\s\S]*?)(?=^={70}$|^-{70}$)/gm;
const VERBOSE_STATUS: Readonly<Record<string, Status>> = { ok: 'passed', FAIL: 'failed', ERROR: 'error', 'expected failure': 'xfail', 'unexpected success': 'xpass' };

const verboseUnittestRunner: Runner = {
  name: 'unittest',
  narrows: false,
  prepare: (command) => ({ command, env: {} }),
  read: ({ stdout, stderr }) => {
    const text = `${stdout.toString('utf8')}\n${stderr.toString('utf8')}`;
    const testId = (name: string, holder: string) => (holder.endsWith(`.${name}`) ? holder : `${holder}.${name}`);
    const messages = new Map<string, string>();
    for (const [, , name, holder, traceback] of text.matchAll(VERBOSE_BLOCK)) messages.set(testId(name, holder), traceback.trimEnd());
    const outcomes = new Map<string, Outcome>();
    for (const [, name, holder, said] of text.matchAll(VERBOSE_LINE)) {
      const id = testId(name, holder);
      const skipped = said.startsWith('skipped');
      record(outcomes, id, { status: skipped ? 'skipped' : VERBOSE_STATUS[said], message: skipped ? said.slice(8) : (messages.get(id) ?? '') });
    }
    return { outcomes, started: new Set() };
  },
};

/** The JUnit XML reader, loaded on first use: only --verify with pytest reads XML, and loading it costs any run about 0.04 s. */
let xml: import('fast-xml-parser').XMLParser | undefined;
function junitReader(): import('fast-xml-parser').XMLParser {
  if (xml !== undefined) return xml;
  const { XMLParser } = createRequire(import.meta.url)('fast-xml-parser') as typeof import('fast-xml-parser');
  return (xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', textNodeName: 'text', isArray: (name) => ['testsuite', 'testcase'].includes(name) }));
}

interface JunitCase {
  readonly classname?: string;
  readonly name: string;
  readonly failure?: JunitDetail | string;
  readonly error?: JunitDetail | string;
  readonly skipped?: JunitDetail | string;
}
type JunitDetail = { readonly message?: string; readonly type?: string; readonly text?: string };

const pytestRunner: Runner = {
  name: 'pytest',
  narrows: true,
  prepare: (command, files) => ({ command: insertAfter(command, PYTEST, `-p _testmend_pytest --junitxml=${shellQuote(files.results)}`), env: helperEnv(files) }),
  read: ({ results }) => {
    const text = readText(results);
    if (text === '') return { outcomes: new Map(), started: new Set() };
    const document = junitReader().parse(text) as { testsuites?: { testsuite?: { testcase?: JunitCase[] }[] }; testsuite?: { testcase?: JunitCase[] }[] };
    const suites = document.testsuites?.testsuite ?? document.testsuite ?? [];
    const outcomes = new Map<string, Outcome>();
    for (const testcase of suites.flatMap((suite) => suite.testcase ?? [])) {
      const id = [testcase.classname, String(testcase.name)].filter(Boolean).join('.');
      record(outcomes, id, junitOutcome(testcase));
    }
    return { outcomes, started: new Set() };
  },
};

function junitOutcome(testcase: JunitCase): Outcome {
  const detail = (value: JunitDetail | string | undefined) => (typeof value === 'string' ? value : [value?.message, value?.text].filter(Boolean).join('\n'));
  if (testcase.error !== undefined) return { status: 'error', message: detail(testcase.error) };
  if (testcase.failure !== undefined) return { status: 'failed', message: detail(testcase.failure) };
  if (testcase.skipped !== undefined) {
    const xfail = typeof testcase.skipped !== 'string' && testcase.skipped.type === 'pytest.xfail';
    return { status: xfail ? 'xfail' : 'skipped', message: detail(testcase.skipped) };
  }
  return { status: 'passed', message: '' };
}

const stestrRunner: Runner = {
  name: 'stestr',
  narrows: true,
  prepare: (command, files) => ({
    command: insertAfter(command, STESTR_RUN, ['--subunit', ...(files.tests === null ? [] : ['--load-list', shellQuote(files.tests)])].join(' ')),
    env: {},
  }),
  read: ({ stdout }) => readSubunit(stdout),
};

const subunitRunRunner: Runner = {
  name: 'subunit',
  narrows: true,
  // subunit.run reads --load-list after `discover`, so it goes last.
  prepare: (command, files) => ({ command: files.tests === null ? command : `${command} --load-list ${shellQuote(files.tests)}`, env: {} }),
  read: ({ stdout }) => readSubunit(stdout),
};

const subunitStreamRunner: Runner = {
  name: 'subunit',
  narrows: false,
  prepare: (command) => ({ command, env: {} }),
  read: ({ stdout }) => readSubunit(stdout),
};

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
