/**
 * The worker threads of a run: both passes share them, so each thread
 * starts once, and the results are those of a run in one thread.
 */
import { describe, expect, it } from 'vitest';
import { probeRun } from './helpers.js';

describe('worker threads', () => {
  it('run the first and the second pass of a run, each thread started once', () => {
    const { run, calls } = probeRun(40);
    expect(run.status).toBe(0);
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
