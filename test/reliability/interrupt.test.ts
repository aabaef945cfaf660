/**
 * Runs killed at random points: every file is exactly the original or
 * exactly the finished version, and no temporary file is left. SIGINT and
 * SIGTERM stop the run cleanly (exit 130 and 143) and report what was
 * written; SIGKILL cannot be handled, and the next run removes what it left.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from '../helpers.js';
import { projectFiles, runAndSignal, tempFiles } from './support.js';

/** A suite of modules with much to fix, so that a run takes a while. */
function fixableSuite(count: number): Record<string, string> {
  const body = Array.from({ length: 150 }, (_, i) => `        self.assertTrue(result_${i} == ${i})\n        self.assertEquals(len(items), ${i})\n`).join('');
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`tests/test_${i}.py`, `import unittest\n\n\nclass Test${i}(unittest.TestCase):\n    def test_all(self):\n${body}`]));
}

/** The files of `dir` that are neither their original nor their finished text. */
function halfDone(dir: string, original: Record<string, string>, finished: string): string[] {
  return Object.keys(original).filter((file) => {
    const now = readFileSync(path.join(dir, file), 'utf8');
    return now !== original[file] && now !== readFileSync(path.join(finished, file), 'utf8');
  });
}

/** `count` interruptions, SIGINT and SIGTERM in turn, with one worker thread or two: `npm run fuzz` runs many more (TESTMEND_INTERRUPT_RUNS). */
function interruptions(count: number): (readonly ['SIGINT' | 'SIGTERM', number, number])[] {
  return Array.from({ length: count }, (_, i) => {
    const jobs = 1 + (((i + 1) >> 1) % 2);
    return i % 2 === 0 ? (['SIGINT', 130, jobs] as const) : (['SIGTERM', 143, jobs] as const);
  });
}

/** Whether some file of `dir` no longer has its original text: the run has started writing. */
function someWritten(dir: string, original: Record<string, string>): () => boolean {
  return () => Object.keys(original).some((file) => readFileSync(path.join(dir, file), 'utf8') !== original[file]);
}

/** The files a text report lists as changed. */
function reportedChanged(stderr: string): string[] {
  return [...stderr.matchAll(/^(\S+): changed/gm)].map((match) => match[1]);
}

describe('a run interrupted at a random point', () => {
  const original = fixableSuite(24);
  const finished = makeTree(original);
  runCli(['.'], finished);

  it.each(interruptions(Number(process.env.TESTMEND_INTERRUPT_RUNS ?? 6)))('by %s leaves each file original or finished, reports what it wrote, and leaves no temporary file (run %#)', async (signal, code, jobs) => {
    const dir = makeTree(original);
    // Stopped once the run writes, after a random number of its files.
    const after = Math.floor(Math.random() * 8);
    let seen = 0;
    const run = await runAndSignal(['-j', String(jobs), '.'], dir, signal, () => someWritten(dir, original)() && seen++ >= after);
    expect(halfDone(dir, original, finished)).toEqual([]);
    expect(tempFiles(dir)).toEqual([]);
    if (run.status === code) {
      expect(run.stderr).toMatch(new RegExp(`testmend: stopped by ${signal}: \\d+ files? written`));
      // Every file the report lists was written; every other file is untouched.
      const listed = reportedChanged(run.stderr);
      for (const file of Object.keys(original)) {
        expect(readFileSync(path.join(dir, file), 'utf8') !== original[file]).toBe(listed.includes(file));
      }
    } else {
      // The signal came after the run had finished.
      expect(run.status).toBe(0);
    }
  });

  it('by SIGKILL leaves each file original or finished, and the next run finishes the job and removes any temporary file', async () => {
    const dir = makeTree(original);
    await runAndSignal(['.'], dir, 'SIGKILL', someWritten(dir, original));
    expect(halfDone(dir, original, finished)).toEqual([]);
    expect(runCli(['.'], dir).status).toBe(0);
    expect(projectFiles(dir)).toEqual(projectFiles(finished));
    expect(tempFiles(dir)).toEqual([]);
    for (const file of Object.keys(original)) expect(readFileSync(path.join(dir, file), 'utf8')).toBe(readFileSync(path.join(finished, file), 'utf8'));
  });
});
