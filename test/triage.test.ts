/** The report of a large run: changed files first, --quiet, --verbose, and a summary that says where to look first. */
import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from './helpers.js';

const HEAD = 'import unittest\n\n\nclass T(unittest.TestCase):\n    def test_a(self):\n';

/** A suite with a file of many fixes, one with an unsafe fix, one only with a refusal, a suppressed line, a skipped file and one left out by a comment. */
const SUITE = {
  'tests/test_a_refused.py': `${HEAD}        self.assertTrue(a < b < c)\n`,
  'tests/test_b_many.py': `${HEAD}        self.assertEquals(1, 1)\n        self.assertEquals(2, 2)\n        self.assertTrue(a == b)\n        self.assertEquals(3, 3)  # testmend: ignore\n`,
  'tests/test_c_unsafe.py': `${HEAD}        self.assertEqual(flag, True)\n        self.assertTrue(x is None)\n`,
  'tests/test_d_broken.py': 'def test(:\n',
  'tests/test_e_generated.py': `# testmend: skip-file\n${HEAD}        self.assertEquals(1, 1)\n`,
};

const lineOf = (text: string, start: string) => text.split('\n').findIndex((line) => line.startsWith(start));

describe('the text report', () => {
  it('lists changed files first, counts their fixes by code, and lists only what needs a look', () => {
    const run = runCli(['--dry', 'tests'], makeTree(SUITE));
    expect(run.status).toBe(3);
    const report = run.stderr;
    expect(report).toContain('tests/test_b_many.py: changed — 3 applied (TM110 ×2, TM101), 1 suppressed\n');
    expect(report).toContain(
      'tests/test_c_unsafe.py: changed — 1 applied (TM102)\n    6:9     TM105 unsafe-not-enabled assertEqual(flag, True) → assertTrue: looser, any truthy value passes\ntests/',
    );
    expect(report).toContain('tests/test_a_refused.py: unchanged\n    6:9     TM101 no-fix             assertTrue(a < b < c) left alone\n');
    expect(report).toContain('a chained comparison has no single assert method');
    expect(report).not.toContain('TM110 applied');
    expect(report).not.toContain('test_e_generated');
    const order = ['tests/test_b_many.py', 'tests/test_c_unsafe.py', 'tests/test_a_refused.py', 'tests/test_d_broken.py'].map((path) => lineOf(report, path));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBe(0);
  });

  it('ends with counts by code and where to look first', () => {
    const report = runCli(['--dry', 'tests'], makeTree(SUITE)).stderr;
    const summary = report.slice(report.indexOf('testmend (dry run'));
    expect(summary).toContain(
      [
        '  by code:',
        '    TM101 comparison-in-assert-true  1 applied, 1 no-fix',
        '    TM102 comparison-with-none       1 applied',
        '    TM105 assert-equal-bool          1 unsafe-not-enabled',
        '    TM110 deprecated-alias           2 applied, 1 suppressed',
        '  where to look first:',
        '    most fixes: tests/test_b_many.py (3), tests/test_c_unsafe.py (1)',
        '    needs --unsafe: 1 fix in 1 file (TM105), listed above; --unsafe applies them, --ignore TM105 leaves them out',
        '    left alone: 1 finding in 1 file (TM101), listed above with their reasons',
        '    suppressed by comments: 1 finding in 1 file (TM110); --verbose lists them',
        '    not processed: 1 file, listed above with the reason',
      ].join('\n'),
    );
  });

  it('--quiet gives the summary only, with the files not processed', () => {
    const run = runCli(['--dry', '--quiet', 'tests'], makeTree(SUITE));
    expect(run.stderr.startsWith('testmend (dry run: nothing written)\n')).toBe(true);
    expect(run.stderr).not.toContain('tests/test_a_refused.py');
    expect(run.stderr).toContain('    left alone: 1 finding in 1 file (TM101), run without --quiet to list them with their reasons\n');
    expect(run.stderr).toMatch(/ {2}files not processed:\n {4}tests\/test_d_broken\.py: skipped \(syntax error in the input at line 1[^\n]*\)\n/);
    const untimed = (text: string) => text.replace(/\d+ files in [\d.]+ s \(\d+ files\/s\)/, 'TIMING');
    expect(untimed(runCli(['--dry', '-q', 'tests'], makeTree(SUITE)).stderr)).toBe(untimed(run.stderr));
  });

  it('--verbose lists every finding, the suppressed ones, the reasons that repeat the status, and the files left out by a comment', () => {
    const report = runCli(['--dry', '--verbose', 'tests'], makeTree(SUITE)).stderr;
    expect(report).toContain('tests/test_b_many.py: changed\n    6:9     TM110 applied            assertEquals is a deprecated alias of assertEqual');
    expect(report).toContain("    9:9     TM110 suppressed         assertEquals is a deprecated alias of assertEqual, removed in Python 3.12\n                                     suppressed by '# testmend: ignore' on line 9\n");
    expect(report).toContain('                                     unsafe fix; run with --unsafe to apply it\n');
    expect(report).toContain("tests/test_e_generated.py: unchanged (left out by '# testmend: skip-file' on line 1)\n");
    expect(report).toContain('    suppressed by comments: 1 finding in 1 file (TM110), listed above\n');
  });

  it('takes --quiet or --verbose, not both', () => {
    const run = runCli(['--quiet', '--verbose', 'tests'], makeTree(SUITE));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('mutually exclusive');
  });
});

describe('the Markdown report', () => {
  it('says where to look first, and with --quiet gives no file sections', () => {
    const normal = runCli(['--dry', '--report', 'markdown', 'tests'], makeTree(SUITE)).stderr;
    expect(normal).toContain('#### Where to look first\n\n- most fixes: tests/test_b_many.py (3), tests/test_c_unsafe.py (1)\n');
    expect(normal.indexOf('#### `tests/test_b_many.py` — changed')).toBeLessThan(normal.indexOf('#### `tests/test_a_refused.py` — unchanged'));
    const quiet = runCli(['--dry', '--quiet', '--report', 'markdown', 'tests'], makeTree(SUITE)).stderr;
    expect(quiet).toContain('#### Where to look first');
    expect(quiet).not.toContain('#### `tests/');
  });

  it('counts findings by code in Markdown and JSON as the text report does', () => {
    const markdown = runCli(['--dry', '--quiet', '--report', 'markdown', 'tests'], makeTree(SUITE)).stderr;
    expect(markdown).toContain(
      [
        '| code | name | applied | unsafe-not-enabled | declined | conflict | no-fix | suppressed | reverted |',
        '|---|---|---:|---:|---:|---:|---:|---:|---:|',
        '| TM101 | comparison-in-assert-true | 1 | 0 | 0 | 0 | 1 | 0 | 0 |',
        '| TM102 | comparison-with-none | 1 | 0 | 0 | 0 | 0 | 0 | 0 |',
        '| TM105 | assert-equal-bool | 0 | 1 | 0 | 0 | 0 | 0 | 0 |',
        '| TM110 | deprecated-alias | 2 | 0 | 0 | 0 | 0 | 1 | 0 |',
      ].join('\n'),
    );
    const { codes } = JSON.parse(runCli(['--dry', '--report', 'json', 'tests'], makeTree(SUITE)).stderr).totals;
    expect(Object.keys(codes)).toEqual(['TM101', 'TM102', 'TM105', 'TM110']);
    expect(codes.TM110).toEqual({ applied: 2, 'unsafe-not-enabled': 0, declined: 0, conflict: 0, 'no-fix': 0, suppressed: 1, reverted: 0 });
  });

  it('JSON holds every finding whatever the detail asked', () => {
    const json = (args: string[]) => JSON.parse(runCli(['--dry', '--report', 'json', ...args, 'tests'], makeTree(SUITE)).stderr);
    const strip = (report: { timing: unknown }) => ({ ...report, timing: null });
    expect(strip(json(['--quiet']))).toEqual(strip(json([])));
    expect(json([]).files.find((f: { path: string }) => f.path === 'tests/test_b_many.py').findings).toHaveLength(4);
  });
});
