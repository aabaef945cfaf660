/**
 * `--from-review` and `--plan-only`, run as a user runs them: the built CLI in
 * a temporary tree, with the reviews written for the suite. Only what
 * assert-methods does is checked in the files, so that the tests hold whatever
 * other transforms this version registers.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRANSFORMS } from '../src/core/registry.js';
import { CLI, makeTree, passingTests, ROOT, runCli, type CliRun } from './helpers.js';

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
function treeWith(review: string, module = 'tests/test_volumes.py'): string {
  return makeTree({ [module]: VOLUMES, 'review.txt': review });
}

/** The module bullets.md is about, by its heading. */
const SERVERS = 'nova/tests/functional/test_servers.py';

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
    expect(run.stdout).toContain('     in every file under the paths\n     → rename vol → attached_volume ("Rename the local variable `vol` to…"): runs\n');
    expect(run.stdout).toContain('     in every file under the paths; it names `test_volume_lifecycle`, which no file under the paths defines\n     → split-tests');
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
    const dir = treeWith('', SERVERS);
    const run = runCliWithInput(['--plan-only', '--from-review', '-', 'nova'], dir, testReview('bullets.md'));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^testmend plan: standard input, 7 suggestions, for nova\n/);
    expect(run.stdout).toContain(`  3. "\`self.assertTrue(flavor['name'] == 'm1.large')\` hides both values when…" (line 8)\n     in ${SERVERS} (the review names ${SERVERS})\n`);
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
    expect(runCli(['--review-scope', 'paths', '.'], treeWith('')).stderr).toContain('testmend: --review-scope needs --from-review');
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
    const dir = treeWith(testReview('bullets.md'), SERVERS);
    const run = runCli(['--dry', '--report', 'markdown', '--report-file', 'report.md', '--from-review', 'review.txt', 'nova'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^testmend plan: review\.txt, 7 suggestions, for nova\n/);
    const markdown = readFileSync(path.join(dir, 'report.md'), 'utf8');
    expect(markdown).toContain(
      `#### 3. "\`self.assertTrue(flavor['name'] == 'm1.large')\` hides both values when it fails; use \`assertEqual\`."\n\nIn ${SERVERS} (the review names ${SERVERS}).\n\n- \`assert-methods\`: 1 applied, 1 no-fix\n`,
    );
    expect(markdown).toContain(`| \`${SERVERS}\` | 12:9 | TM101 | \`assert-methods\` | applied | assertTrue(status == 'available') → assertEqual: the failure message shows the values |`);
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

/** The project of test/reviews/project in a temporary tree, with the review `name` of test/reviews/ beside it. */
function projectWith(name: string): string {
  const project = path.join(ROOT, 'test', 'reviews', 'project');
  const files = Object.fromEntries(readdirSync(path.join(project, 'tests')).map((file) => [`tests/${file}`, readFileSync(path.join(project, 'tests', file), 'utf8')]));
  return makeTree({ ...files, [name]: testReview(name) });
}

function read(dir: string, file: string): string {
  return readFileSync(path.join(dir, file), 'utf8');
}

/** The lines of a file that hold `text`, numbered from 1. */
function linesWith(dir: string, file: string, text: string): number[] {
  return read(dir, file)
    .split('\n')
    .flatMap((line, i) => (line.includes(text) ? [i + 1] : []));
}

describe('--from-review with reviews anchored to files and lines', () => {
  it('applies a Gerrit export where its comments are: the rename said of "this test" in that test, the others in their file', () => {
    const dir = projectWith('gerrit.json');
    const run = runCli(['--from-review', 'gerrit.json', 'tests'], dir);
    expect(run.status).toBe(0);
    expect(linesWith(dir, 'tests/test_ports.py', 'port_body')).toEqual([17, 18, 19]);
    expect(linesWith(dir, 'tests/test_ports.py', "body = self._create_port('p2')")).toEqual([22]);
    expect(linesWith(dir, 'tests/test_ports.py', 'def _attempt(self')).toEqual([26]);
    expect(read(dir, 'tests/test_ports.py')).not.toMatch(/assertTrue\(.*==|portId|attachResp/);
    // In test_volumes.py, only what its own comment and the comment on the change ask for.
    expect(read(dir, 'tests/test_volumes.py')).toContain("        volume = self.volumes['v1']\n        self.assertTrue(volume['status'] == 'available')\n");
    expect(read(dir, 'tests/test_volumes.py')).toContain("        volume_id = 'v1'\n");
    expect(run.stderr).toContain('  1. "Please add Closes-Bug for the bug this fixes." (the commit message)\n     ✗ not about code: a comment on the commit message, not the code\n');
    expect(passingTests(dir, ['discover', '-s', 'tests', '-t', '.'])).toBe(5);
    expect(runCli(['--check', '--from-review', 'gerrit.json', 'tests'], dir)).toMatchObject({ status: 0, stdout: '' });
  });

  it("applies a GitHub export's suggested changes: layout and comments by default, code with --unsafe, never lines that changed or a change that breaks the file", () => {
    const dir = projectWith('github.json');
    const safe = runCli(['--report', 'json', '--from-review', 'github.json', 'tests'], dir);
    expect(safe.status).toBe(0);
    expect(linesWith(dir, 'tests/test_ports.py', '# give the port time to settle')).toEqual([30]);
    expect(linesWith(dir, 'tests/test_ports.py', "status='ACTIVE'")).toEqual([]);
    const report = JSON.parse(safe.stderr);
    const changes = report.suggestions.slice(0, 4).map((s: { findings: { line: number; status: string; reason: string | null }[] }) => s.findings.map((f) => [f.line, f.status, f.reason]));
    expect(changes).toEqual([
      [[30, 'applied', null]],
      [[22, 'unsafe-not-enabled', 'unsafe fix; run with --unsafe to apply it']],
      [[17, 'no-fix', "the lines no longer read as the reviewer saw them: line 17 reads `body = self._create_port('p1')`, the comment saw `body = self._create_port('p0')`"]],
      [[24, 'no-fix', expect.stringMatching(/^the file would not parse with it \(line 26: /)]],
    ]);
    // "Use assertEqual in this test" changes test_volume_status alone.
    expect(read(dir, 'tests/test_volumes.py')).toContain("        self.assertEqual(body['status'], 'available')\n");
    expect(read(dir, 'tests/test_volumes.py')).toContain("        self.assertTrue(self.volumes[volumeId]['status'] == 'in-use')\n");
    expect(read(dir, 'tests/test_ports.py')).toContain("        self.assertTrue(body['status'] == 'ACTIVE')\n");

    const unsafe = runCli(['--unsafe', '--from-review', 'github.json', 'tests'], dir);
    expect(unsafe.status).toBe(0);
    expect(read(dir, 'tests/test_ports.py')).toContain("    def test_update_port(self):\n        body = self._create_port('p2', status='ACTIVE')\n        self.assertTrue");
    expect(linesWith(dir, 'tests/test_ports.py', '# give the port time to settle')).toEqual([29]);
    expect(runCli(['--check', '--unsafe', '--from-review', 'github.json', 'tests'], dir)).toMatchObject({ status: 0, stdout: '' });
  });

  it('keeps the renames of free prose in the file it names, and widens them with --review-scope paths', () => {
    const dir = projectWith('prose.txt');
    const run = runCli(['--from-review', 'prose.txt', 'tests'], dir);
    expect(run.status).toBe(0);
    expect(read(dir, 'tests/test_ports.py')).not.toMatch(/\bbody\b|_try/);
    expect(linesWith(dir, 'tests/test_volumes.py', 'body')).toEqual([11, 12]);
    expect(read(dir, 'tests/test_volumes.py')).not.toContain('assertTrue');
    expect(passingTests(dir, ['discover', '-s', 'tests', '-t', '.'])).toBe(5);

    const widened = runCli(['--from-review', 'prose.txt', '--review-scope', 'paths', 'tests'], dir);
    expect(widened.stderr).toContain('     in every file under the paths (--review-scope paths)\n     → rename body → port_body: 1 applied\n');
    expect(linesWith(dir, 'tests/test_volumes.py', 'port_body')).toEqual([11, 12]);
  });

  it('applies nothing the review places outside the paths, and says where it is', () => {
    const dir = projectWith('sections.md');
    const run = runCli(['--from-review', 'sections.md', 'tests/test_volumes.py'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      '  3. "`_attempt` would be a better name for `_try`." (line 10)\n     nowhere: the review names tests/test_ports.py, which is not among the files under the paths\n     → rename _try → _attempt ("`_attempt` would be a better name"): does not run: the review places it nowhere under the paths\n',
    );
    expect(read(dir, 'tests/test_volumes.py')).toContain("        volume_id = 'v1'\n");
  });

  it('refuses JSON that is no review export before writing anything', () => {
    const dir = makeTree({ 'tests/test_a.py': VOLUMES, 'review.json': '{"comments": 3}\n' });
    const run = runCli(['--from-review', 'review.json', 'tests'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("testmend: cannot read the review review.json: the review is JSON, but neither Gerrit's comments");
    expect(read(dir, 'tests/test_a.py')).toBe(VOLUMES);
  });
});
