/** Shared helpers for the test suite. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { applyEdits } from '../src/core/edits.js';
import { transformSource } from '../src/core/engine.js';
import type { ReportedEdit, Transform, TransformSettings } from '../src/core/types.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI = path.join(ROOT, 'dist', 'src', 'core', 'cli.js');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI, as a user would, in `cwd`, with `input` on its standard input. */
export function runCli(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}, input?: string): CliRun {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', ...env } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The probe plugin, which logs each call of its transform (event, path, thread) to --probe-log. */
export const PROBE = path.join(ROOT, 'test', 'plugins', 'probe.js');

/** One call of the probe transform, as its log line gives it. */
export interface ProbeCall {
  readonly event: string;
  readonly path: string;
  readonly thread: number;
}

/** Runs the probe with --jobs 2 and --check over `count` small test modules; returns the run, the files and the probe's calls. */
export function probeRun(count: number): { run: CliRun; files: Record<string, string>; calls: ProbeCall[] } {
  const files = Object.fromEntries(Array.from({ length: count }, (_, i) => [`tests/test_${i}.py`, `x = ${i}\n`]));
  const dir = makeTree(files);
  const log = path.join(dir, 'probe.log');
  const run = runCli(['--plugin', PROBE, '-t', 'probe', '--probe-log', log, '--jobs', '2', '--check', 'tests'], dir);
  const calls = readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as ProbeCall);
  return { run, files, calls };
}

/**
 * Runs an ES module script with node in `cwd`, where node_modules/testmend is
 * this package, as after `npm i testmend`: the script imports it by name.
 */
export function runScript(script: string, cwd: string): CliRun {
  mkdirSync(path.join(cwd, 'node_modules'), { recursive: true });
  symlinkSync(ROOT, path.join(cwd, 'node_modules', 'testmend'));
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const madeTrees: string[] = [];

/** A fresh temporary directory holding `files` (path → content); removed after the test file by {@link removeTrees}. */
export function makeTree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'testmend-'));
  madeTrees.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

/** Removes every directory {@link makeTree} made. */
export function removeTrees(): void {
  for (const dir of madeTrees.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Runs python3 on `args` in `cwd`, with `input` on its standard input. */
export function runPython(args: readonly string[], cwd: string, input?: string): CliRun {
  const run = spawnSync('python3', args, { cwd, encoding: 'utf8', input });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs `python3 -m unittest ARGS` in `dir`, expects every test to pass, and returns how many ran. */
export function passingTests(dir: string, args: readonly string[]): number {
  const run = runPython(['-m', 'unittest', ...args], dir);
  expect(run.stderr).toMatch(/\nOK\b/);
  expect(run.status).toBe(0);
  return Number(/Ran (\d+) tests?/.exec(run.stderr)![1]);
}

/** Applies transforms to a snippet, with these option values, and returns the new text. */
export function fix(source: string, transforms: readonly Transform[], unsafe = false, settings: TransformSettings = {}): string {
  return transformSource('snippet.py', source, { transforms, unsafe, settings }).output;
}

export const FIXTURES = path.join(ROOT, '__fixtures__');

/**
 * One fixture case under __fixtures__/<transform>/: `<case>.input.py`, and
 * `<case>.output.py` when the transform changes it. A case without an output
 * file is a refusal: it must come out byte-identical, reporting what it left
 * alone.
 */
export interface FixtureCase {
  readonly transform: string;
  readonly name: string;
  readonly input: string;
  /** The file the result must equal: `<case>.output.py`, or the input itself for a refusal. */
  readonly output: string;
  /** No `.output.py`: the input comes out as it went in. */
  readonly refusal: boolean;
  readonly unsafe: boolean;
  /** The transforms' option values, by option name (`{"rename": ["a=b"]}`). */
  readonly settings: TransformSettings;
}

/** The cases of one fixture folder (its subfolders are cases of their own). An optional <case>.options.json sets `unsafe` and `settings`. */
export function fixtureCasesIn(dir: string): FixtureCase[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.input.py'))
    .map((file) => {
      const name = file.slice(0, -'.input.py'.length);
      const base = path.join(dir, name);
      const options = existsSync(`${base}.options.json`) ? JSON.parse(readFileSync(`${base}.options.json`, 'utf8')) : {};
      const refusal = !existsSync(`${base}.output.py`);
      return {
        transform: path.relative(FIXTURES, dir).split(path.sep)[0],
        name,
        input: `${base}.input.py`,
        output: refusal ? `${base}.input.py` : `${base}.output.py`,
        refusal,
        unsafe: options.unsafe === true,
        settings: options.settings ?? {},
      };
    });
}

/** Every case directly under __fixtures__/<transform>/. */
export function fixtureCases(): FixtureCase[] {
  return readdirSync(FIXTURES).flatMap((transform) => fixtureCasesIn(path.join(FIXTURES, transform)));
}

/**
 * Applies edits placed by line and column (1-based, in UTF-16 code units) to
 * a text, as a report gives them: the same edit given by several fixes applies
 * once, and a combined edit applies in place of the edits it contains.
 */
export function applyPlacedEdits(text: string, placed: readonly ReportedEdit[]): string {
  const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  const index = (line: number, column: number) => starts[line - 1] + column - 1;
  const edits = placed
    .map((e) => ({ start: index(e.line, e.column), end: index(e.endLine, e.endColumn), text: e.text, combined: e.combined }))
    .filter((e, i, all) => all.findIndex((o) => o.start === e.start && o.end === e.end && o.text === e.text) === i);
  const superseded = (e: (typeof edits)[number]) =>
    edits.some((o) => o !== e && o.combined && o.start <= e.start && e.end <= o.end && (o.start < e.start || e.end < o.end || !e.combined));
  return applyEdits(
    text,
    edits.filter((e) => !superseded(e)),
  );
}
