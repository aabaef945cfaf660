/**
 * The worker threads of a run: both passes share them, so each thread
 * starts once; this thread is one of the jobs; the results are those of a
 * run in one thread.
 */
import { describe, expect, it } from 'vitest';
import { batchSize } from '../src/core/pool.js';
import { probeRun } from './helpers.js';

describe('worker threads', () => {
  it('run the first and the second pass of a run, each thread started once', () => {
    const { run, calls } = probeRun(40);
    expect(run.status).toBe(0);
    expect(calls.filter((call) => call.event === 'collect')).toHaveLength(40);
    expect(calls.filter((call) => call.event === 'create')).toHaveLength(40);
    // With two jobs, this thread and one worker share the files; the worker gets the first batch of each pass.
    // One worker did both passes: a worker started for the second pass would have a thread id of its own.
    const workers = (event: string) => new Set(calls.filter((call) => call.event === event && call.thread !== 0).map((call) => call.thread));
    expect(workers('collect').size).toBe(1);
    expect(workers('create')).toEqual(workers('collect'));
    expect(calls.filter((call) => call.event === 'create' && call.thread !== 0).map((call) => call.path)).toEqual(expect.arrayContaining(['tests/test_0.py']));
    expect(run.stderr).toContain('probe             40 no-fix');
    expect(run.stderr).toContain('test_7: 2 lines, 1 of 40 files');
  });

  it('take batches that shrink towards the end of a pass, while this thread takes one file at a time', () => {
    // 100 files left, two executors: a worker takes a full batch, then less as the files run out.
    expect([100, 40, 12, 5, 2, 1].map((left) => batchSize(false, left, 2))).toEqual([8, 8, 3, 2, 1, 1]);
    expect([100, 1].map((left) => batchSize(true, left, 2))).toEqual([1, 1]);
  });
});
