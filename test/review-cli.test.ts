/**
 * `--from-review` and `--plan-only`, run as a user runs them: the built CLI in
 * a temporary tree, with the reviews written for the suite. Only what
 * assert-methods does is checked in the files, so that the tests hold whatever
 * other transforms this version registers.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRANSFORMS } from '../src/core/registry.js';
import { CLI, makeTree, ROOT, runCli, type CliRun } from './helpers.js';

const VOLUMES = [
  'import unittest',
  '',
  '',
  'class VolumeTest(unittest.TestCase):',
  '',
  '    def setUp(self):',
  '        super(VolumeTest, self).setUp()',
  "        self.volumes = {'v1': {'status': 'available'}}",
  '',
  '    def test_volume_status(self):',
  "        status = self.volumes['v1']['status']",
  "        self.assertTrue(status == 'available')",
  '        self.assertTrue(0 < len(self.volumes) < 2)',
  '',
].join('\n');
const FIXED_LINE = "        self.assertEqual(status, 'available')";

function testReview(name: string): string {
  return readFileSync(path.join(ROOT, 'test', 'reviews', name), 'utf8');
}

/** A tree with one test module and the review under review.txt. */
function treeWith(review: string): string {
  return makeTree({ 'tests/test_volumes.py': VOLUMES, 'review.txt': review });
}

/** The CLI with `input` on its standard input. */
function runCliWithInput(args: readonly string[], cwd: string, input: string): CliRun {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** What the plan says of a transform the rule table names: it runs, or this version lacks it. */
function expectedStatus(name: string): string {
  return TRANSFORMS.some((t) => t.meta.name === name) ? 'selected' : 'unavailable';
}

describe('--plan-only', () => {
  it('prints the plan to stdout and touches nothing', () => {
    const dir = treeWith(testReview('numbered.txt'));
    const run = runCli(['--plan-only', '--from-review', 'review.txt', 'tests'], dir);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(/^testmend plan: review\.txt, 7 suggestions, for tests\n/);
    expect(run.stdout).toContain('  2. "Assertions: Several checks are written as…" (line 7)\n     → assert-methods ("assertTrue"): runs\n');
    expect(run.stdout).toContain(`→ rename vol → attached_volume, in the files under review ("Rename the local variable \`vol\` to…"): `);
    expect(run.stdout).toContain('Read as context, not as suggestions: line 1 "The patch looks reasonable and the new…", line 3 "A few suggestions to make the volume…", line 20 "Overall, nice work."');
    expect(run.stdout).toMatch(/\nRuns: (?:[\w-]+, )*assert-methods(?:, [\w-]+)*\.\n$/);
    expect(readFileSync(path.join(dir, 'tests/test_volumes.py'), 'utf8')).toBe(VOLUMES);
  });

  it('prints the plan as JSON, with each transform selected or unavailable as this version has it', () => {
    const run = runCli(['--plan-only', '--report', 'json', '--from-review', 'review.txt', '.'], treeWith(testReview('harmful.txt')));
    expect(run.status).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(plan.suggestions.map((s: { transforms: { name: string; status: string }[] }) => s.transforms.map((t) => [t.name, t.status]))).toEqual([
      [],
      [['assert-methods', 'selected']],
      [],
      [['sleep-to-wait', expectedStatus('sleep-to-wait')]],
      [['naming', expectedStatus('naming')]],
    ]);
    expect(plan.suggestions.map((s: { refused: { kind: string }[] }) => s.refused.map((r) => r.kind))).toEqual([['harmful'], ['harmful'], ['harmful'], ['harmful'], ['harmful']]);
    expect(plan.run).toContain('assert-methods');
  });

  it('reads the review from standard input for -', () => {
    const dir = treeWith('');
    const run = runCliWithInput(['--plan-only', '--from-review', '-', 'tests'], dir, testReview('bullets.md'));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^testmend plan: standard input, 7 suggestions, for tests\n/);
    expect(run.stdout).toContain('  7. "Please also add a release note for the API change." (line 16)\n     ✗ not about code: about the release note, not the code\n');
  });

  it('leaves out what --skip leaves out', () => {
    const run = runCli(['--plan-only', '--skip', 'assert-methods', '--from-review', 'review.txt', '.'], treeWith(testReview('numbered.txt')));
    expect(run.stdout).toContain('→ assert-methods ("assertTrue"): left out by -t/--skip');
    expect(run.stdout).not.toMatch(/Runs: .*assert-methods/);
  });

  it('needs --from-review', () => {
    const run = runCli(['--plan-only', '.'], treeWith(''));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('testmend: --plan-only needs --from-review');
  });
});

describe('--from-review', () => {
  it('prints the plan, runs, and reports by suggestion what changed where and what was refused', () => {
    const dir = treeWith(testReview('numbered.txt'));
    const run = runCli(['--dry', '--from-review', 'review.txt', '.'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`+${FIXED_LINE}\n`);
    const plan = run.stderr.indexOf('testmend plan: review.txt, 7 suggestions, for .');
    const report = run.stderr.indexOf('testmend report for review.txt, grouped by suggestion');
    expect(plan).toBe(0);
    expect(report).toBeGreaterThan(plan);
    expect(run.stderr.slice(report)).toContain(
      [
        '  2. "Assertions: Several checks are written as…" (line 7)',
        '     → assert-methods: 1 applied, 1 no-fix',
        '         tests/test_volumes.py: changed',
        "           12:9    TM101 applied            assertTrue(status == 'available') → assertEqual: the failure message shows the values",
        '           13:9    TM101 no-fix             assertTrue(0 < len(self.volumes) < 2) left alone',
        '                                            a chained comparison has no single assert method; split it into two assertions by hand',
      ].join('\n'),
    );
    expect(run.stderr).toMatch(/testmend \(dry run: nothing written\)\n(?: {2}.*\n)* {2}assert-methods {4}1 applied, 1 no-fix {2}\(use the precise assertion\)\n/);
    expect(readFileSync(path.join(dir, 'tests/test_volumes.py'), 'utf8')).toBe(VOLUMES);
  });

  it('fixes in place and reports in JSON, with the refusals of the harmful requests', () => {
    const dir = treeWith(testReview('harmful.txt'));
    const run = runCli(['--report', 'json', '--from-review', 'review.txt', 'tests'], dir);
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(dir, 'tests/test_volumes.py'), 'utf8')).toContain(`${FIXED_LINE}\n`);
    const report = JSON.parse(run.stderr);
    expect(report.mode).toBe('fix');
    expect(report.review).toBe('review.txt');
    const asserting = report.suggestions[1];
    expect(asserting.refused).toEqual([{ kind: 'harmful', reason: expect.stringMatching(/^assertEqual → assertTrue: weaker assertion .*; applying assert-methods instead$/) }]);
    expect(asserting.findings.map((f: { path: string; line: number; status: string }) => [f.path, f.line, f.status])).toEqual([
      ['tests/test_volumes.py', 12, 'applied'],
      ['tests/test_volumes.py', 13, 'no-fix'],
    ]);
    expect(report.suggestions[0]).toMatchObject({ transforms: [], findings: [], refused: [{ kind: 'harmful', reason: 'renaming setUp/tearDown: unittest hooks would stop running (unittest calls them by name)' }] });
    expect(readFileSync(path.join(dir, 'tests/test_volumes.py'), 'utf8')).toContain('    def setUp(self):\n');
  });

  it('writes a Markdown report to a file and still shows the plan on stderr', () => {
    const dir = treeWith(testReview('bullets.md'));
    const run = runCli(['--dry', '--report', 'markdown', '--report-file', 'report.md', '--from-review', 'review.txt', 'tests'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^testmend plan: review\.txt, 7 suggestions, for tests\n/);
    const markdown = readFileSync(path.join(dir, 'report.md'), 'utf8');
    expect(markdown).toContain('#### 3. "`self.assertTrue(flavor[\'name\'] == \'m1.large\')` hides both values when it fails; use `assertEqual`."\n\n- `assert-methods`: 1 applied, 1 no-fix\n');
    expect(markdown).toContain("| `tests/test_volumes.py` | 12:9 | TM101 | `assert-methods` | applied | assertTrue(status == 'available') → assertEqual: the failure message shows the values |");
  });

  it('lists the files that would change with --check, and exits 1', () => {
    const run = runCli(['--check', '--from-review', 'review.txt', 'tests'], treeWith(testReview('numbered.txt')));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('tests/test_volumes.py\n');
  });

  it('runs nothing when no suggestion maps to a transform, and says so', () => {
    const dir = treeWith('LGTM, thanks!\n\nPlease also update the release note.\n');
    const run = runCli(['--from-review', 'review.txt', 'tests'], dir);
    expect(run).toMatchObject({ status: 0, stdout: '' });
    expect(run.stderr).toContain('  2. "Please also update the release note." (line 3)\n     ✗ not about code: about the release note, not the code\n');
    expect(run.stderr).toMatch(/Nothing to run: no suggestion maps to a transform this version has\.\n$/);
    expect(readFileSync(path.join(dir, 'tests/test_volumes.py'), 'utf8')).toBe(VOLUMES);
  });

  it('treats a review it cannot read as a usage error', () => {
    const missing = runCli(['--from-review', 'nope.txt', '.'], treeWith(''));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('testmend: cannot read the review nope.txt: no such file or directory');
    const directory = runCli(['--from-review', 'tests', '.'], treeWith(''));
    expect(directory.status).toBe(2);
    expect(directory.stderr).toContain('cannot read the review tests: is a directory');
  });

  it('keeps -t names checked', () => {
    const run = runCli(['-t', 'nope', '--from-review', 'review.txt', '.'], treeWith(testReview('numbered.txt')));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown transform 'nope'");
  });

  it('is documented in --help', () => {
    const help = runCli(['--help'], treeWith('')).stdout;
    for (const text of ['testmend --from-review REVIEW [paths..]', 'testmend explain NAME', '--from-review', '--plan-only', 'explain <name>']) expect(help).toContain(text);
  });
});
