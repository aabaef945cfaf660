/**
 * Progress on a terminal: the built CLI run in a real pseudo-terminal (by
 * `script`) and through pipes, on a run the probe plugin slows to seconds;
 * and the line itself, drawn on a fake terminal with a fake clock.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../src/core/progress.js';
import { CLI, makeTree, ROOT, runCli } from './helpers.js';

const PROBE = path.join(ROOT, 'test', 'plugins', 'probe.js');
const CLEAR = '\r\x1b[K';

/** 60 files the probe spends 25 ms on in each pass: 3 s on one job. */
function slowRun(): { dir: string; args: string[] } {
  const dir = makeTree(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`tests/test_${i}.py`, `x = ${i}\n`])));
  return { dir, args: ['--no-cache', '--plugin', PROBE, '-t', 'probe', '--probe-delay', '25', '--jobs', '1', '--check', 'tests'] };
}

const noScript = spawnSync('script', ['--version']).status !== 0;

describe('progress', () => {
  it.skipIf(noScript)(`shows files done, the phase and an ETA on a terminal, then clears the line; not with --quiet${noScript ? ' (skipped: the script command is not installed)' : ''}`, () => {
    const { dir, args } = slowRun();
    const command = [process.execPath, CLI, ...args].map((arg) => `'${arg}'`).join(' ');
    const run = spawnSync('script', ['-qfec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, TERM: 'xterm' } });
    expect(run.status).toBe(0);
    const terminal = run.stdout;
    expect(terminal).toMatch(/\r\x1b\[Ktestmend: collecting facts \d+\/60 files \(\d+%\), ETA \d+:\d\d/);
    expect(terminal).toMatch(/\r\x1b\[Ktestmend: transforming \d+\/60 files \(\d+%\), ETA \d+:\d\d/);
    const cleared = terminal.lastIndexOf(CLEAR);
    expect(terminal.slice(cleared + CLEAR.length)).toMatch(/^tests\/test_0\.py: unchanged\r\n/);
    expect(terminal.slice(cleared)).not.toContain('testmend: transforming');
    const quiet = spawnSync('script', ['-qfec', `${command} --quiet`, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, TERM: 'xterm' } });
    expect(quiet.stdout).toContain('files: 0 changed, 60 unchanged');
    expect(quiet.stdout).not.toContain('testmend: transforming');
  });

  it('is never written where stderr is not a terminal', () => {
    const { dir, args } = slowRun();
    const run = runCli(args, dir);
    expect(run.status).toBe(0);
    expect(run.stderr).not.toContain('\r');
    expect(run.stderr).not.toContain('testmend: transforming');
    expect(run.stderr).toContain('files: 0 changed, 60 unchanged');
  });
});

describe('the progress line', () => {
  /** A terminal that keeps what is written, and a clock the test moves. */
  function fake(columns = 80, isTTY = true) {
    const written: string[] = [];
    let time = 0;
    const progress = createProgress({ isTTY, columns, write: (text: string) => written.push(text) }, true, () => time);
    return { written, progress, at: (ms: number) => (time = ms) };
  }

  it('waits a second, redraws at most ten times a second, and estimates from the pace of the phase since its first report', () => {
    const { written, progress, at } = fake();
    at(500);
    progress.update('collecting facts', 10, 100);
    expect(written).toEqual([]);
    at(1000);
    progress.update('collecting facts', 20, 100);
    at(1050);
    progress.update('collecting facts', 21, 100);
    at(2000);
    progress.update('transforming', 0, 100);
    at(3000);
    progress.update('transforming', 25, 100);
    expect(written).toEqual([
      `${CLEAR}testmend: collecting facts 20/100 files (20%), ETA 0:04`,
      `${CLEAR}testmend: transforming 0/100 files (0%)`,
      `${CLEAR}testmend: transforming 25/100 files (25%), ETA 0:03`,
    ]);
    progress.clear();
    progress.clear();
    expect(written.slice(3)).toEqual([CLEAR]);
  });

  it('fits the terminal, writes hours when it must, and clears nothing it did not draw', () => {
    const { written, progress, at } = fake(30);
    progress.clear();
    at(1000);
    progress.update('transforming', 1, 10_000);
    expect(written).toEqual([`${CLEAR}testmend: transforming 1/1000`]);
    const wide = fake(200);
    wide.at(1000);
    wide.progress.update('transforming', 0, 10_000);
    wide.at(2000);
    wide.progress.update('transforming', 1, 10_000);
    expect(wide.written.at(-1)).toBe(`${CLEAR}testmend: transforming 1/10000 files (0%), ETA 2:46:39`);
  });

  it('draws nothing on what is not a terminal, or when not wanted', () => {
    const pipe = fake(80, false);
    pipe.at(5000);
    pipe.progress.update('transforming', 1, 2);
    pipe.progress.clear();
    expect(pipe.written).toEqual([]);
    const written: string[] = [];
    const unwanted = createProgress({ isTTY: true, write: (text: string) => written.push(text) }, false, () => 5000);
    unwanted.update('transforming', 1, 2);
    expect(written).toEqual([]);
  });
});
