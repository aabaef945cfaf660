/**
 * The worker threads of a run: both passes share them, so each thread
 * starts once, and the results are those of a run in one thread.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, ROOT, runCli } from './helpers.js';

const PROBE = path.join(ROOT, 'test', 'plugins', 'probe.js');

describe('worker threads', () => {
  it('run the first and the second pass of a run, each thread started once', () => {
    const files = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`tests/test_${i}.py`, `x = ${i}\n`]));
    const dir = makeTree(files);
    const log = path.join(dir, 'probe.log');
    const run = runCli(['--plugin', PROBE, '-t', 'probe', '--probe-log', log, '--jobs', '2', '--check', 'tests'], dir);
    expect(run.status).toBe(0);
    const calls: { event: string; path: string; thread: number }[] = readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(calls.filter((call) => call.event === 'collect')).toHaveLength(40);
    expect(calls.filter((call) => call.event === 'create')).toHaveLength(40);
    // Two threads at most did both passes: a worker started for the second pass would have a thread id of its own.
    const threads = new Set(calls.map((call) => call.thread));
    expect(threads.size).toBeLessThanOrEqual(2);
    expect(threads.has(0)).toBe(false);
    expect(run.stderr).toContain('probe             40 no-fix');
    expect(run.stderr).toContain('test_7: 2 lines, 1 of 40 files');
  });
});
