/**
 * Properties of every run, on generated and mutated test modules, with
 * CPython (python3) as the judge of what compiles:
 * - a run never crashes;
 * - a file CPython compiles is never made one it refuses;
 * - a file CPython refuses is never changed;
 * - a second run changes nothing;
 * - style keeps the syntax tree (ast.dump) as it was.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { transformSource } from '../../src/core/engine.js';
import { selectTransforms, TRANSFORMS } from '../../src/core/registry.js';
import type { Transform } from '../../src/core/types.js';
import { FIXTURES } from '../helpers.js';
import { mutantsOf, mutatedModule, testModule } from './generators.js';
import { PythonJudge } from './python-judge.js';

/** The transforms that are safe to run on any suite, as a team would run them together. */
const SAFE = selectTransforms(['assert-methods', 'naming', 'docstrings', 'style', 'extract-helpers', 'sleep-to-wait'], []);

const judge = new PythonJudge();
afterAll(() => judge.close());

/**
 * Runs `transforms` and checks the outcome against CPython's verdicts, then,
 * when `settles`, that a second run changes nothing.
 */
async function holds(source: string, transforms: readonly Transform[], unsafe: boolean, settles = true): Promise<void> {
  const first = transformSource('tests/test_generated.py', source, { transforms, unsafe });
  expect(first.reason ?? '').not.toMatch(/failed: /);
  const before = await judge.judge(source);
  if (!before.compiles) {
    expect(first.output).toBe(source);
    return;
  }
  if (first.status !== 'changed') return;
  const after = await judge.judge(first.output);
  expect(after.error ?? 'compiles').toBe('compiles');
  if (!settles) return;
  const second = transformSource('tests/test_generated.py', first.output, { transforms, unsafe });
  expect(second.output).toBe(first.output);
}

/** Runs of the tests in CI: a few minutes at most; `npm run fuzz` runs many more (TESTMEND_FUZZ_RUNS). */
const RUNS = Number(process.env.TESTMEND_FUZZ_RUNS ?? 120);
/** Each property's time limit grows with its runs. */
const TIMEOUT = Math.max(60_000, RUNS * 1_000);

/** Found by this property: sleep-to-wait named a second poll _poll_2, which naming renamed on the next run in a mixedCase module. */
const SECOND_POLL = [
  'import time',
  'import unittest',
  '',
  '',
  'class ServerTest(unittest.TestCase):',
  '    def _helperMethod(self):',
  '        for _ in range(2):',
  "            server = self.api.get('s1')",
  "            if server['status'] == 'ACTIVE':",
  '                break',
  '            time.sleep(0.5)',
  '        else:',
  "            self.fail('timed out')",
  '        for _ in range(2):',
  "            result = self.api.get('s1')",
  "            if result['status'] == 'ACTIVE':",
  '                break',
  '            time.sleep(0.5)',
  '        else:',
  "            self.fail('timed out')",
  '',
  '    def testDelete(self):',
  '        pass',
  '',
].join('\n');

/** Found by this property: extract-helpers named a helper _check_the_server in a mixedCase module, which naming renamed on the next run. */
const MIXED_CASE_HELPER = [
  'import unittest',
  '',
  '',
  'class ServerTest(unittest.TestCase):',
  '',
  '    def _helperMethod(self):',
  '        pass',
  '',
  '    def testDelete(self):',
  '        while True:',
  '            while True:',
  '                for server in items:',
  '                    # check the server',
  '                    while True:',
  '                        self.assertEquals(server, 1)',
  '                        break',
  '                    self.assertEquals(server, 1)',
  '                break',
  '            break',
  '',
].join('\n');

describe('on generated and mutated test modules', () => {
  it('the safe transforms never crash, never break a file, never change one CPython refuses, and settle in one run', async () => {
    await fc.assert(fc.asyncProperty(mutatedModule, (source) => holds(source, SAFE, false)), { numRuns: RUNS, examples: [[SECOND_POLL], [MIXED_CASE_HELPER]] });
  }, TIMEOUT);

  // With --unsafe, naming may rename on a second run the wait_until that sleep-to-wait inserted in the first.
  it('every transform with --unsafe never crashes, never breaks a file and never changes one CPython refuses', async () => {
    await fc.assert(fc.asyncProperty(mutatedModule, (source) => holds(source, TRANSFORMS, true, false)), { numRuns: RUNS / 2 });
  }, TIMEOUT);

  it('style keeps the syntax tree', async () => {
    const style = selectTransforms(['style'], []);
    await fc.assert(
      fc.asyncProperty(testModule, async (source) => {
        const outcome = transformSource('tests/test_generated.py', source, { transforms: style, unsafe: false });
        const [before, after] = await Promise.all([judge.judge(source), judge.judge(outcome.output)]);
        expect(after.ast).toBe(before.ast);
      }),
      { numRuns: RUNS / 2 },
    );
  }, TIMEOUT);
});

describe('on mutated fixtures', () => {
  const inputs = readdirSync(FIXTURES).flatMap((transform) =>
    readdirSync(path.join(FIXTURES, transform))
      .filter((file) => file.endsWith('.input.py'))
      .map((file) => readFileSync(path.join(FIXTURES, transform, file), 'utf8')),
  );

  it('the safe transforms keep the same promises', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...inputs).chain(mutantsOf), (source) => holds(source, SAFE, false)),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
