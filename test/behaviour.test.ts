/**
 * Behaviour: transformed code still runs and passes. Every fixture named
 * behaviour-* is a unittest module; it must pass under `python3 -m unittest`
 * before and after, with the same number of tests. Every fixture output must
 * compile under CPython.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { transformBytes } from '../src/core/process.js';
import { selectTransforms } from '../src/core/registry.js';
import assertMethods from '../transforms/assert-methods/index.js';
import { fix, fixtureCases, makeTree, passingTests, ROOT, runPython } from './helpers.js';

/** Runs one module with unittest and returns how many tests ran; fails on any failure. */
function runUnittest(file: string): number {
  const dir = makeTree({});
  copyFileSync(file, path.join(dir, 'module_under_test.py'));
  return passingTests(dir, ['-v', 'module_under_test']);
}

describe.each(fixtureCases().filter((c) => c.name.startsWith('behaviour-')))('$transform: $name', ({ input, output }) => {
  it('passes under python3 -m unittest before and after, running the same tests', () => {
    const before = runUnittest(input);
    const after = runUnittest(output);
    expect(before).toBeGreaterThan(0);
    expect(after).toBe(before);
  });
});

describe('fixture outputs', () => {
  it('all compile under CPython', () => {
    const outputs = fixtureCases().map((c) => c.output);
    const run = runPython(['-c', 'import sys\nfor name in sys.argv[1:]:\n    compile(open(name, "rb").read(), name, "exec")\nprint(len(sys.argv) - 1)', ...outputs], process.cwd());
    expect(run.stderr).toBe('');
    expect(Number(run.stdout.trim())).toBe(outputs.length);
  });
});

describe('assert-methods failure messages', () => {
  it('name both values where assertTrue said "False is not true"', () => {
    const source = [
      'import unittest',
      '',
      'class T(unittest.TestCase):',
      '    def test_status(self):',
      "        server = {'status': 'ERROR'}",
      "        self.assertTrue(server['status'] == 'ACTIVE')",
      '',
    ].join('\n');
    const dir = makeTree({ 'before_fix.py': source, 'after_fix.py': fix(source, [assertMethods]) });
    const before = runPython(['-m', 'unittest', 'before_fix'], dir);
    const after = runPython(['-m', 'unittest', 'after_fix'], dir);
    expect(before.stderr).toContain('AssertionError: False is not true');
    expect(after.stderr).toContain("AssertionError: 'ERROR' != 'ACTIVE'");
  });
});

describe('examples/', () => {
  it('passes before and after the default transforms, running the same tests, and a second run changes nothing', () => {
    const example = path.join(ROOT, 'examples', 'test_server_actions.py');
    const outcome = transformBytes('example.py', readFileSync(example), { transforms: selectTransforms([]), unsafe: false });
    expect(outcome.status).toBe('changed');
    const fixed = path.join(makeTree({ 'fixed.py': outcome.bytes! }), 'fixed.py');
    expect(runUnittest(fixed)).toBe(runUnittest(example));
    const again = transformBytes('example.py', outcome.bytes!, { transforms: selectTransforms([]), unsafe: false });
    expect(again.status).toBe('unchanged');
  });
});
