/**
 * `--verify`, with real test runners on a small project where one fix is
 * known to change an outcome (test/projects/verify/), and its parts alone:
 * reading subunit streams, comparing through the id map, bisecting.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { findCulprits } from '../src/core/verify/bisect.js';
import { compareOutcomes, IdMap, KnownIds, type Difference } from '../src/core/verify/compare.js';
import { combine, type Outcome } from '../src/core/verify/outcomes.js';
import { detectRunner, makeRunner } from '../src/core/verify/runners.js';
import { Sandbox } from '../src/core/verify/sandbox.js';
import { readSubunit } from '../src/core/verify/subunit.js';
import { CLI, makeTree, ROOT, runCli } from './helpers.js';
import { projectFiles, runAndSignal } from './reliability/support.js';

const PROJECT = path.join(ROOT, 'test', 'projects', 'verify');
const DEBIAN_PYTHON = '/usr/bin/python3';

/** A fresh copy of the verify project. */
function project(): string {
  const dir = makeTree({});
  cpSync(PROJECT, dir, { recursive: true });
  return dir;
}

/** Whether `python` can import `module`: the tests of a runner are skipped, with the reason, when it cannot. */
function hasModule(python: string, module: string): boolean {
  return spawnSync(python, ['-c', `import ${module}`]).status === 0;
}

function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

const FIXES = ['-t', 'split-tests,assert-methods', '--unsafe', '--report', 'json'];

interface JsonFinding {
  transform: string;
  message: string;
  status: string;
  reason: string | null;
  verification?: { verifiedBy: number; changed: { test: string; before: string; after: string; message: string } | null };
}

function findings(report: string): JsonFinding[] {
  return JSON.parse(report).files.flatMap((file: { findings: JsonFinding[] }) => file.findings);
}

/** The checks every runner must pass on the project: the harmful split found and reverted, the other fixes kept and verified. */
function expectVerified(run: { status: number | null; stdout: string; stderr: string }, report: string): void {
  expect(run.status, run.stderr).toBe(0);
  const all = findings(report);
  const reverted = all.filter((f) => f.status === 'reverted');
  expect(reverted.map((f) => f.message)).toEqual([expect.stringMatching(/^test_registry .*→ test_registry_zeta_item/)]);
  expect(reverted[0].verification?.changed).toMatchObject({ test: expect.stringMatching(/RegistryTests\.test_registry$/), before: 'passed', after: 'failed' });
  expect(reverted[0].verification?.changed?.message).toContain('AssertionError');
  const applied = all.filter((f) => f.status === 'applied');
  expect(applied.map((f) => f.transform).sort()).toEqual(['assert-methods', 'split-tests', 'split-tests']);
  for (const f of applied) expect(f.verification?.verifiedBy).toBeGreaterThan(0);
  // The split of an inherited test is verified in the three classes that run it.
  expect(applied.find((f) => f.message.startsWith('test_server '))?.verification?.verifiedBy).toBe(9);
  expect(JSON.parse(report).verification).toMatchObject({ matchesBaseline: true, reverted: 1, kept: 3, baselineTests: 5 });
  // The baseline, every fix, the differing test on both trees, one run of the fixes that test points at (its split), the confirmation.
  expect(JSON.parse(report).verification.runs).toBe(6);
}

describe('--verify with python -m unittest', () => {
  it('reverts the split that changes an outcome, keeps the others, and the suite then matches the baseline', () => {
    const dir = project();
    const run = runCli([...FIXES, '--report-file', 'report.json', '--verify', 'python3 -m unittest', 'tests'], dir);
    expectVerified(run, readFileSync(path.join(dir, 'report.json'), 'utf8'));
    const registry = readFileSync(path.join(dir, 'tests/test_registry.py'), 'utf8');
    expect(registry).toContain('    def test_registry(self):');
    expect(registry).toContain('    def test_parse_small(self):');
    expect(registry).toContain("self.assertEqual(int('1'), 1)");
    const after = spawnSync('python3', ['-m', 'unittest', '-v'], { cwd: dir, encoding: 'utf8' });
    expect(after.status).toBe(0);
    expect(after.stderr).toMatch(/Ran 13 tests/);
    expect(readdirSync(dir).sort()).toEqual(['.stestr.conf', '.testmend_cache', 'README.md', 'report.json', 'tests']);
  });

  it('with --dry writes nothing and shows the diff without the reverted fix', () => {
    const dir = project();
    const run = runCli([...FIXES, '--dry', '--verify', 'python3 -m unittest {files}', 'tests'], dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('+    def test_parse_small(self):');
    expect(run.stdout).not.toContain('test_registry_zeta_item');
    expect(readFileSync(path.join(dir, 'tests/test_registry.py'), 'utf8')).toBe(readFileSync(path.join(PROJECT, 'tests/test_registry.py'), 'utf8'));
  });

  it('again with the cache reverts the same fix, says so in SARIF, and a run without --verify, sharing the cache, applies it', () => {
    const dir = project();
    const first = runCli([...FIXES, '--dry', '--report-file', 'report.json', '--verify', 'python3 -m unittest', 'tests'], dir);
    expectVerified(first, readFileSync(path.join(dir, 'report.json'), 'utf8'));
    const again = runCli([...FIXES.slice(0, 3), '--dry', '--report', 'sarif', '--report-file', 'report.sarif', '--verify', 'python3 -m unittest', 'tests'], dir);
    expect(again.status, again.stderr).toBe(0);
    const sarif = JSON.parse(readFileSync(path.join(dir, 'report.sarif'), 'utf8')).runs[0];
    const split = sarif.results.find((r: { message: { text: string } }) => /^test_registry .*→ test_registry_zeta_item/.test(r.message.text));
    expect(split).toMatchObject({ level: 'warning', properties: { status: 'reverted', verification: { changed: { before: 'passed', after: 'failed' } } } });
    expect(split.fixes).toBeUndefined();
    expect(sarif.properties.verification).toMatchObject({ matchesBaseline: true, reverted: 1, kept: 3 });
    const plain = runCli([...FIXES, '--dry', 'tests'], dir);
    expect(plain.status, plain.stderr).toBe(0);
    expect(plain.stdout).toContain('test_registry_zeta_item');
    expect(findings(plain.stderr).filter((f) => f.status === 'reverted')).toEqual([]);
  });

  it('says in the text report which test changed and what the runner said', () => {
    const dir = project();
    const run = runCli([...FIXES.slice(0, 3), '--dry', '--verify', 'python3 -m unittest', '--verify-jobs', '2', 'tests'], dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('testmend --verify: python3 -m unittest (unittest)');
    expect(run.stderr).toContain('fixes: 3 kept (3 verified by tests), 1 reverted');
    expect(run.stderr).toMatch(/tests\.test_registry\.RegistryTests\.test_registry: passed → failed\n.*Traceback/);
    expect(run.stderr).toContain('AssertionError: 1 != 2');
    expect(run.stderr).toContain('verified by 9 tests');
    expect(run.stderr).toContain('The tests have the outcomes of the baseline on the tree as written.');
  });

  it('verifies what a review asks for, and the grouped report says so in Markdown', () => {
    const dir = project();
    writeFileSync(path.join(dir, 'review.md'), '- `test_registry` and `test_parse` are too long: split them into focused tests.\n- Use `assertEqual` rather than `assertTrue(a == b)`.\n');
    const run = runCli(['--unsafe', '--dry', '--from-review', 'review.md', '--report', 'markdown', '--report-file', 'report.md', '--verify', 'python3 -m unittest', 'tests'], dir);
    expect(run.status, run.stderr).toBe(0);
    const report = readFileSync(path.join(dir, 'report.md'), 'utf8');
    expect(report).toContain('#### Verified with `python3 -m unittest` (unittest)');
    // The review names two tests: the split of test_server, which it does not name, is not made.
    expect(report).toContain('Fixes: 2 kept (2 verified by tests), 1 reverted.');
    expect(report).toMatch(/\| `tests\/test_registry\.py` \| 7 \| `split-tests` \| test_registry .*\| `tests\.test_registry\.RegistryTests\.test_registry` \| passed → failed \| AssertionError: 1 != 2 \|/);
  });

  it('reads the verbose output of a command that runs unittest its own way', () => {
    const dir = project();
    writeFileSync(path.join(dir, 'run_tests.py'), 'import unittest\n\nunittest.main(module=None, argv=["run_tests", "discover"], verbosity=2)\n');
    const run = runCli([...FIXES, '--report-file', 'report.json', '--verify', 'python3 run_tests.py', '--verify-runner', 'unittest', 'tests'], dir);
    expectVerified(run, readFileSync(path.join(dir, 'report.json'), 'utf8'));
  });

  it('never blames a test whose outcome flips on the untouched tree', () => {
    const dir = project();
    const counter = path.join(dir, 'runs');
    writeFileSync(counter, '');
    writeFileSync(
      path.join(dir, 'tests/test_flaky.py'),
      'import os\nimport unittest\n\n\nclass FlakyTests(unittest.TestCase):\n    def test_first_run_only(self):\n' +
        "        with open(os.environ['FLAKY_COUNTER'], 'a+') as runs:\n            runs.write('.')\n            runs.seek(0)\n            self.assertEqual('.', runs.read())\n",
    );
    const run = runCli([...FIXES, '--report-file', 'report.json', '--verify', 'python3 -m unittest', 'tests'], dir, { FLAKY_COUNTER: counter });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
    expect(report.verification.flaky).toEqual([{ test: 'tests.test_flaky.FlakyTests.test_first_run_only', outcomes: ['passed', 'failed'], tree: 'baseline' }]);
    expect(report.verification.reverted).toBe(1);
  });

  it('never blames fixes for a test that differs on the fixed tree once, but neither with half of them nor with all of them again', () => {
    const counter = path.join(makeTree({}), 'runs');
    writeFileSync(counter, '');
    const dir = makeTree({
      'tests/__init__.py': '',
      // Passes on every run of the command but the second and the fourth: the whole fixed tree, then its tests that differ.
      'tests/test_a.py':
        'import os\nimport unittest\n\n\nclass A(unittest.TestCase):\n    def test_a(self):\n        self.assertTrue(1 == 1)\n\n    def test_sometimes(self):\n' +
        "        with open(os.environ['FLAKY_COUNTER'], 'a+') as runs:\n            runs.write('.')\n            runs.seek(0)\n            count = len(runs.read())\n        self.assertNotIn(count, (2, 4))\n",
      'tests/test_b.py': 'import unittest\n\n\nclass B(unittest.TestCase):\n    def test_b(self):\n        self.assertTrue(2 == 2)\n',
    });
    const run = runCli(['-t', 'assert-methods', '--report', 'json', '--verify', 'python3 -m unittest', 'tests'], dir, { FLAKY_COUNTER: counter });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stderr);
    expect(report.verification).toMatchObject({ runs: 8, kept: 2, reverted: 0, matchesBaseline: true });
    expect(report.verification.flaky).toEqual([{ test: 'tests.test_a.A.test_sometimes', outcomes: ['passed', 'failed', 'passed'], tree: 'fixed' }]);
  });

  it('finds a split whose part hangs: the run is stopped, the running test times out, and the tests it never reached run next, in the same search', () => {
    const dir = project();
    writeFileSync(path.join(dir, 'tests/signals.py'), 'import threading\n\nREADY = threading.Event()\n\n\ndef set_ready():\n    READY.set()\n\n\ndef wait_ready():\n    READY.wait()\n');
    writeFileSync(
      // Before the other test files: the stopped run never reaches them, which says nothing about their fixes.
      path.join(dir, 'tests/test_early_wait.py'),
      'import unittest\n\nfrom tests.signals import set_ready, wait_ready\n\n\nclass WaitTests(unittest.TestCase):\n    def test_wait(self):\n' +
        "        # Zeta set\n        set_ready()\n        self.assertEqual(1, 1)\n\n        # Alpha wait\n        wait_ready()\n        self.assertEqual(2, 2)\n\n        # Names\n        self.assertEqual('ab', 'a' + 'b')\n",
    );
    const run = runCli([...FIXES, '--dry', '--report-file', 'report.json', '--verify', 'python3 -m unittest', '--verify-timeout', '5', 'tests'], dir);
    expect(run.status, run.stderr).toBe(0);
    const report = readFileSync(path.join(dir, 'report.json'), 'utf8');
    const wait = findings(report).find((f) => f.message.startsWith('test_wait '));
    expect(wait).toMatchObject({ status: 'reverted', verification: { changed: { test: 'tests.test_early_wait.WaitTests.test_wait', before: 'passed', after: 'timeout' } } });
    // The harmful split after it is found in the same search, never taken for a flaky test because a stopped run did not reach it.
    const registry = findings(report).find((f) => f.message.startsWith('test_registry '));
    expect(registry).toMatchObject({ status: 'reverted', verification: { changed: { test: 'tests.test_registry.RegistryTests.test_registry', before: 'passed', after: 'failed' } } });
    expect(run.stderr).toContain('verify: run 3 (every fix applied: the 5 tests the stopped run never reached)');
    expect(run.stderr.match(/ fixes? to revert/g)).toEqual([' fixes to revert']);
    expect(JSON.parse(report).verification).toMatchObject({ matchesBaseline: true, reverted: 2, kept: 3, flaky: [] });
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('on %s during its test runs, stops them, removes its copies, writes nothing and exits with %i', async (signal, status) => {
    const dir = project();
    const tmp = makeTree({});
    const pidFile = path.join(tmp, 'pid');
    // The baseline reaches a test that says where it runs, then waits far longer than the test does.
    writeFileSync(
      path.join(dir, 'tests/test_slow.py'),
      "import os\nimport time\nimport unittest\n\n\nclass SlowTests(unittest.TestCase):\n    def test_slow(self):\n        with open(os.environ['SLOW_PID'] + '.tmp', 'w') as out:\n            out.write(str(os.getpid()))\n        os.rename(os.environ['SLOW_PID'] + '.tmp', os.environ['SLOW_PID'])\n        time.sleep(120)\n",
    );
    const before = projectFiles(dir).map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]);
    const run = await runAndSignal([...FIXES, '--verify', 'python3 -m unittest', 'tests'], dir, signal, () => existsSync(pidFile), 60_000, { TMPDIR: tmp, SLOW_PID: pidFile });
    expect(run.status, run.stderr).toBe(status);
    expect(run.stderr).toContain(`testmend: stopped by ${signal} during --verify: its test runs were stopped and their copies removed; no file was written`);
    expect(readdirSync(tmp)).toEqual(['pid']);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    await vi.waitFor(() => expect(() => process.kill(pid, 0)).toThrow(), { timeout: 5000 });
    expect(projectFiles(dir).map((file) => [file, readFileSync(path.join(dir, file), 'utf8')])).toEqual(before);
  });

  it('with --unsafe, reverts an unsafe fix that no test which ran covers (its tests are skipped here), and confirms the tree with one more run', () => {
    const dir = project();
    writeFileSync(
      path.join(dir, 'tests/test_plan9.py'),
      "import sys\nimport unittest\n\n\n@unittest.skipUnless(sys.platform == 'plan9', 'runs on Plan 9 only')\nclass PlanNineTests(unittest.TestCase):\n    def test_paths(self):\n" +
        "        # Root\n        self.assertEqual('/', '/')\n\n        # Home\n        self.assertEqual('/usr/glenda', '/usr/' + 'glenda')\n\n        # Bin\n        self.assertEqual('/bin', '/' + 'bin')\n",
    );
    const run = runCli([...FIXES, '--report-file', 'report.json', '--verify', 'python3 -m unittest', 'tests'], dir);
    expect(run.status, run.stderr).toBe(0);
    const report = readFileSync(path.join(dir, 'report.json'), 'utf8');
    const paths = findings(report).find((f) => f.message.startsWith('test_paths '));
    expect(paths).toMatchObject({ status: 'reverted', reason: expect.stringContaining('no test that ran covers this unsafe fix'), verification: { verifiedBy: 0, changed: null } });
    expect(readFileSync(path.join(dir, 'tests/test_plan9.py'), 'utf8')).toContain('    def test_paths(self):\n');
    expect(JSON.parse(report).verification).toMatchObject({ matchesBaseline: true, reverted: 2, kept: 3 });
    // The first run of the fixed tree reached every test: the uncovered fix goes with the culprit, and one run confirms both.
    expect(run.stderr.match(/verify: run \d+ \([^)]*reverted\)/g)).toEqual([expect.stringContaining('(2 fixes reverted)')]);
  });

  it('reverts every fix still under suspicion when the run limit stops the search, and says the tree was not confirmed', () => {
    const dir = project();
    const run = runCli([...FIXES, '--dry', '--report-file', 'report.json', '--verify', 'python3 -m unittest', '--verify-max-runs', '3', 'tests'], dir);
    expect(run.status, run.stderr).toBe(0);
    const report = readFileSync(path.join(dir, 'report.json'), 'utf8');
    expect(JSON.parse(report).verification).toMatchObject({ runs: 3, kept: 0, reverted: 4, matchesBaseline: false, stopped: expect.stringContaining('the limit of 3 runs was reached') });
    expect(findings(report).every((f) => f.status === 'reverted' && f.reason!.includes('run limit'))).toBe(true);
  });

  it('takes the command from verify = "…" in [tool.testmend]; --verify on the command line replaces it', () => {
    const dir = project();
    writeFileSync(path.join(dir, 'pyproject.toml'), '[tool.testmend]\nverify = "python3 -m unittest discover -s tests -t ."\nverify-max-runs = 5\n');
    const configured = runCli(['-t', 'assert-methods', '--dry', '--report', 'json', 'tests'], dir);
    expect(configured.status, configured.stderr).toBe(0);
    expect(JSON.parse(configured.stderr).verification).toMatchObject({ command: 'python3 -m unittest discover -s tests -t .', runner: 'unittest', baselineTests: 5, matchesBaseline: true, kept: 1 });
    const given = runCli(['-t', 'assert-methods', '--dry', '--report', 'json', '--verify', 'python3 -m unittest tests.test_registry', 'tests'], dir);
    expect(given.status, given.stderr).toBe(0);
    expect(JSON.parse(given.stderr).verification).toMatchObject({ command: 'python3 -m unittest tests.test_registry', baselineTests: 2, matchesBaseline: true });
    writeFileSync(path.join(dir, 'pyproject.toml'), '[tool.testmend]\nverify = " "\n');
    const blank = runCli(['-t', 'assert-methods', 'tests'], dir);
    expect(blank.status).toBe(2);
    expect(blank.stderr).toContain("pyproject.toml [tool.testmend]: 'verify': --verify needs a test command");
  });

  it.skipIf(!hasCommand('black'))('tests each file as the run writes it: its own configuration, and the lines black lays out (needs black)', () => {
    // black-clean; the fix shortens the assertion so that black joins it onto one line.
    const joins =
      'import unittest\n\nfirst_value = second_value = 1\n\n\ndef compute_the_total_of(first, second):\n    return 1234567890123\n\n\n' +
      'class T(unittest.TestCase):\n    def test_total(self):\n        self.assertTrue(\n            compute_the_total_of(first_value, second_value) == 1234567890123\n        )\n';
    const ignored = 'import unittest\n\n\nclass U(unittest.TestCase):\n    def test_b(self):\n        self.assertTrue(1 == 1)\n';
    const dir = makeTree({
      'pyproject.toml': '[tool.black]\n\n[tool.testmend]\ntransforms = ["assert-methods"]\n\n[tool.testmend.per-file-ignores]\n"tests/test_b.py" = ["assert-methods"]\n',
      'tests/__init__.py': '',
      'tests/test_a.py': joins,
      'tests/test_b.py': ignored,
    });
    // The command keeps a copy of the files each run tests, outside the project (whose path it would get as the copy's).
    const seen = path.join(makeTree({}), 'seen.log');
    const command = `cat tests/test_a.py tests/test_b.py >> ${seen} && echo '#--' >> ${seen} && python3 -m unittest`;
    const run = runCli(['--report', 'json', '--verify', command, 'tests'], dir);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stderr).verification).toMatchObject({ runs: 2, matchesBaseline: true, kept: 1, reverted: 0 });
    const written = readFileSync(path.join(dir, 'tests/test_a.py'), 'utf8');
    expect(written).toContain('        self.assertEqual(compute_the_total_of(first_value, second_value), 1234567890123)\n');
    expect(readFileSync(seen, 'utf8').split('#--\n')).toEqual([joins + ignored, written + ignored, '']);
  });

  it('refuses a command whose runner it cannot tell, and a baseline without tests, before writing anything', () => {
    const dir = project();
    const unknown = runCli([...FIXES, '--verify', 'make test', 'tests'], dir);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("cannot tell which test runner 'make test' uses; name it with --verify-runner");
    const empty = runCli([...FIXES, '--verify', 'python3 -m unittest discover -s nowhere', 'tests'], dir);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('the baseline run reported no tests');
    const stdin = spawnSync(process.execPath, [CLI, '--verify', 'python3 -m unittest', '-'], { cwd: dir, input: 'x = 1\n', encoding: 'utf8' });
    expect([stdin.status, stdin.stdout]).toEqual([2, '']);
    expect(stdin.stderr).toContain('--verify runs the suite on the files of the tree; it cannot verify a source read from stdin');
    expect(readFileSync(path.join(dir, 'tests/test_registry.py'), 'utf8')).toBe(readFileSync(path.join(PROJECT, 'tests/test_registry.py'), 'utf8'));
  });
});

describe.skipIf(!hasModule(DEBIAN_PYTHON, 'pytest'))('--verify with pytest (python3-pytest)', () => {
  it('reads the JUnit XML and finds the same culprit', () => {
    const dir = project();
    const run = runCli([...FIXES, '--dry', '--report-file', 'report.json', '--verify', `${DEBIAN_PYTHON} -m pytest -q -p no:cacheprovider tests`, 'tests'], dir);
    expectVerified(run, readFileSync(path.join(dir, 'report.json'), 'utf8'));
  });
});

describe.skipIf(!hasCommand('stestr') || !hasModule(DEBIAN_PYTHON, 'subunit'))('--verify with stestr and subunit (python3-stestr, python3-subunit)', () => {
  it('reads the subunit stream of stestr run', () => {
    const dir = project();
    const run = runCli([...FIXES, '--dry', '--report-file', 'report.json', '--verify', 'stestr run --serial', '--verify-jobs', '2', 'tests'], dir);
    expectVerified(run, readFileSync(path.join(dir, 'report.json'), 'utf8'));
  });

  it('reads the subunit stream of python -m subunit.run', () => {
    const dir = project();
    const run = runCli([...FIXES, '--dry', '--report-file', 'report.json', '--verify', `${DEBIAN_PYTHON} -m subunit.run discover`, 'tests'], dir);
    expectVerified(run, readFileSync(path.join(dir, 'report.json'), 'utf8'));
  });
});

describe('runners', () => {
  it('are told from the command', () => {
    expect(detectRunner('python3 -m unittest discover -s tests')).toBe('unittest');
    expect(detectRunner('/usr/bin/python3 -m pytest -q')).toBe('pytest');
    expect(detectRunner('.venv/bin/pytest tests')).toBe('pytest');
    expect(detectRunner('stestr --test-path ./nova/tests/unit run --serial')).toBe('stestr');
    expect(detectRunner('python -m subunit.run discover | subunit2pyunit')).toBe('subunit');
    expect(detectRunner('tox -e py3')).toBeNull();
  });

  it('get the result class, the JUnit XML and the list of tests through their own options', () => {
    const files = { results: '/tmp/r', tests: '/tmp/t' };
    expect(makeRunner('unittest', 'python3 -m unittest -v').prepare('python3 -m unittest -v', files).command).toBe('python3 -m _testmend_unittest -v');
    expect(makeRunner('pytest', 'pytest -q').prepare('pytest -q', files).command).toBe('pytest -p _testmend_pytest --junitxml=/tmp/r -q');
    expect(makeRunner('stestr', 'stestr run x').prepare('stestr run x', files).command).toBe('stestr run --subunit --load-list /tmp/t x');
    expect(makeRunner('subunit', 'python -m subunit.run discover').prepare('python -m subunit.run discover', files).command).toBe('python -m subunit.run discover --load-list /tmp/t');
  });

  it("read unittest's verbose output, old and new forms, docstrings and tracebacks included", () => {
    const stderr = [
      'test_a (m.T) ... ok',
      'test_b (m.T.test_b)',
      'Checks b. ... FAIL',
      "test_c (m.T.test_c) ... skipped 'no network'",
      'test_d (m.T.test_d) ... ERROR',
      '',
      '======================================================================',
      'FAIL: test_b (m.T.test_b)',
      'Checks b.',
      '----------------------------------------------------------------------',
      'Traceback (most recent call last):',
      'AssertionError: 1 != 2',
      '',
      '======================================================================',
      'ERROR: test_d (m.T.test_d)',
      '----------------------------------------------------------------------',
      'KeyError: 1',
      '',
      '----------------------------------------------------------------------',
      'Ran 4 tests in 0.001s',
    ].join('\n');
    const { outcomes } = makeRunner('unittest', 'python3 run.py').read({ stdout: Buffer.from(''), stderr: Buffer.from(stderr), results: '/nonexistent' });
    expect(Object.fromEntries(outcomes)).toEqual({
      'm.T.test_a': { status: 'passed', message: '' },
      'm.T.test_b': { status: 'failed', message: 'Traceback (most recent call last):\nAssertionError: 1 != 2' },
      'm.T.test_c': { status: 'skipped', message: "'no network'" },
      'm.T.test_d': { status: 'error', message: 'KeyError: 1' },
    });
  });

  it('stop a run that takes too long, with everything it started', async () => {
    const sandbox = new Sandbox(makeTree({}), () => Buffer.from(''));
    const end = await sandbox.run('sleep 30 & sleep 30; echo never', process.env, { ms: 300, silentMs: null, watch: null });
    expect(end.timedOut).toBe(true);
    expect(end.ms).toBeLessThan(10_000);
    expect(end.stdout.toString()).toBe('');
  });

  it('stops a run that stays silent too long, and lets one that shows progress go on', async () => {
    const tree = makeTree({});
    const sandbox = new Sandbox(tree, () => Buffer.from(''));
    const hung = await sandbox.run('echo started; sleep 30; echo never', process.env, { ms: null, silentMs: 2000, watch: null });
    expect(hung).toMatchObject({ timedOut: true, silenced: true });
    expect(hung.stdout.toString()).toBe('started\n');
    const results = path.join(tree, 'results');
    const busy = await sandbox.run(`for i in 1 2 3 4 5 6; do echo $i >> ${results}; sleep 0.5; done; echo done`, process.env, { ms: null, silentMs: 2500, watch: results });
    expect(busy).toMatchObject({ timedOut: false, silenced: false, code: 0 });
    expect(busy.stdout.toString()).toBe('done\n');
  });
});

/** One subunit v2 packet: flags, a test id, an optional attachment. */
function packet(id: string, status: number, file?: { name: string; text: string }): Buffer {
  const utf8 = (text: string) => Buffer.concat([Buffer.from([Buffer.byteLength(text)]), Buffer.from(text)]);
  const fields = [utf8(id)];
  let flags = 0x2000 | 0x0800 | status;
  if (file !== undefined) {
    flags |= 0x0040;
    fields.push(utf8(file.name), utf8(file.text));
  }
  const body = Buffer.concat(fields);
  const head = Buffer.from([0xb3, flags >> 8, flags & 0xff, body.length + 8]);
  const crc = Buffer.alloc(4);
  const without = Buffer.concat([head, body]);
  crc.writeUInt32BE(crc32(without));
  return Buffer.concat([without, crc]);
}

describe('subunit v2', () => {
  it('gives each test its last status and its traceback, past output mixed into the stream', () => {
    const stream = Buffer.concat([
      packet('m.T.test_a', 2),
      Buffer.from('noise printed by a test\n'),
      packet('m.T.test_a', 0, { name: 'traceback', text: 'AssertionError: 1 != 2' }),
      packet('m.T.test_a', 6),
      packet('m.T.test_b', 3),
      packet('m.T.test_c', 5, { name: 'reason', text: 'no network' }),
    ]);
    const { outcomes, started } = readSubunit(stream);
    expect([...started]).toEqual(['m.T.test_a']);
    expect(Object.fromEntries(outcomes)).toEqual({
      'm.T.test_a': { status: 'failed', message: 'AssertionError: 1 != 2' },
      'm.T.test_b': { status: 'passed', message: '' },
      'm.T.test_c': { status: 'skipped', message: 'no network' },
    });
  });

  it.skipIf(!hasModule(DEBIAN_PYTHON, 'subunit'))('reads what python -m subunit.run writes', () => {
    const dir = makeTree({
      'test_s.py': "import unittest\n\n\nclass T(unittest.TestCase):\n    def test_ok(self):\n        pass\n\n    def test_fail(self):\n        self.assertEqual(1, 2)\n\n    @unittest.skip('no')\n    def test_skip(self):\n        pass\n",
    });
    const stream = spawnSync(DEBIAN_PYTHON, ['-m', 'subunit.run', 'test_s'], { cwd: dir }).stdout;
    const { outcomes } = readSubunit(stream);
    expect([...outcomes].map(([id, o]) => [id, o.status]).sort()).toEqual([['test_s.T.test_fail', 'failed'], ['test_s.T.test_ok', 'passed'], ['test_s.T.test_skip', 'skipped']]);
    expect(outcomes.get('test_s.T.test_fail')!.message).toContain('AssertionError: 1 != 2');
  });
});

const passed: Outcome = { status: 'passed', message: '' };
const failed: Outcome = { status: 'failed', message: 'boom' };
const skipped: Outcome = { status: 'skipped', message: 'later' };

describe('comparing with the baseline', () => {
  it('combines the parts of a split test: all pass, any fails, or partial', () => {
    expect(combine([passed, passed]).status).toBe('passed');
    expect(combine([passed, failed]).status).toBe('failed');
    expect(combine([passed, skipped]).status).toBe('partial');
    expect(combine([skipped, skipped]).status).toBe('skipped');
    expect(combine([passed, { status: 'missing', message: '' }]).status).toBe('missing');
  });

  it("maps ids through the test-id map in the runner's spelling of the module, parametrised cases included", () => {
    const known = new KnownIds(['tests.test_x.T.test_a[1]', 'tests.test_x.T.test_a[2]', 'tests.test_x.T.test_b']);
    const map = new IdMap([{ path: 'tests/test_x.py', module: 'test_x', from: 'test_x.T.test_a', to: ['test_x.T.test_a_one', 'test_x.T.test_a_two'] }], known);
    expect(map.images('tests.test_x.T.test_a[2]')).toEqual(['tests.test_x.T.test_a_one[2]', 'tests.test_x.T.test_a_two[2]']);
    expect(map.images('tests.test_x.T.test_b')).toEqual(['tests.test_x.T.test_b']);
  });

  it('follows a part that a later round splits again to its final parts (CPython test_collections: test_union_operators)', () => {
    const before = new Map([['m.T.test_u', passed]]);
    const after = new Map([['m.T.test_u_1', passed], ['m.T.test_u_chain_ror', passed], ['m.T.test_u_chain_map', passed]]);
    const changes = [
      { path: 'm.py', module: 'm', from: 'm.T.test_u', to: ['m.T.test_u_1', 'm.T.test_u_chain'] },
      { path: 'm.py', module: 'm', from: 'm.T.test_u_chain', to: ['m.T.test_u_chain_ror', 'm.T.test_u_chain_map'] },
    ];
    const map = new IdMap(changes, new KnownIds(before.keys()));
    expect(map.images('m.T.test_u')).toEqual(['m.T.test_u_1', 'm.T.test_u_chain_ror', 'm.T.test_u_chain_map']);
    expect(compareOutcomes(before, after, map, null, new Set())).toEqual([]);
  });

  it('reports tests that changed, went missing or are new, and leaves flaky ones out', () => {
    const before = new Map([['m.T.test_a', passed], ['m.T.test_b', passed], ['m.T.test_c', passed]]);
    const after = new Map([['m.T.test_a_one', passed], ['m.T.test_a_two', failed], ['m.T.test_c', failed], ['m.T.test_new', passed]]);
    const map = new IdMap([{ path: 'm.py', module: 'm', from: 'm.T.test_a', to: ['m.T.test_a_one', 'm.T.test_a_two'] }], new KnownIds(before.keys()));
    const differences = compareOutcomes(before, after, map, null, new Set(['m.T.test_c']));
    expect(differences.map((d) => [d.test, d.before.status, d.after.status])).toEqual([
      ['m.T.test_a', 'passed', 'failed'],
      ['m.T.test_b', 'passed', 'missing'],
      ['m.T.test_new', 'missing', 'passed'],
    ]);
  });
});

describe('bisection', () => {
  /** A probe over suspects 0..n-1 where `culprits` each break their test, and `pair` breaks one only together. */
  function probeOf(culprits: Record<number, string>, pair: [number, number, string] | null, runs: { count: number }) {
    return async (applied: readonly number[], tests: ReadonlySet<string>) => {
      runs.count++;
      const broken = new Map<string, Difference>();
      const differ = (test: string) => tests.has(test) && broken.set(test, { test, before: passed, after: failed });
      for (const suspect of applied) if (culprits[suspect] !== undefined) differ(culprits[suspect]);
      if (pair !== null && applied.includes(pair[0]) && applied.includes(pair[1])) differ(pair[2]);
      return broken;
    };
  }

  it('finds each culprit among many with a few runs', async () => {
    const runs = { count: 0 };
    const suspects = Array.from({ length: 64 }, (_, i) => i);
    const all = new Map(['t5', 't40'].map((test) => [test, { test, before: passed, after: failed }]));
    const found = await findCulprits(suspects, all, probeOf({ 5: 't5', 40: 't40' }, null, runs));
    expect(found.map((c) => [c.suspects, [...c.differences.keys()], c.why])).toEqual([
      [[5], ['t5'], 'alone'],
      [[40], ['t40'], 'alone'],
    ]);
    expect(runs.count).toBeLessThanOrEqual(24);
  });

  it('blames the members of a group that cause a difference only together, and no other', async () => {
    const all = new Map([['t', { test: 't', before: passed, after: failed }]]);
    expect((await findCulprits([0, 1, 2, 3], all, probeOf({}, [1, 2, 't'], { count: 0 }))).map((c) => [c.suspects, c.why])).toEqual([[[1, 2], 'together']]);
    const runs = { count: 0 };
    const suspects = Array.from({ length: 16 }, (_, i) => i);
    expect((await findCulprits(suspects, all, probeOf({}, [3, 12, 't'], runs))).map((c) => [c.suspects, c.why])).toEqual([[[3, 12], 'together']]);
    expect(runs.count).toBeLessThanOrEqual(20);
  });

  it('blames nothing for a difference that neither half shows and the whole group no longer shows', async () => {
    const runs = { count: 0 };
    const all = new Map([['t', { test: 't', before: passed, after: failed }]]);
    const found = await findCulprits([0, 1, 2, 3], all, probeOf({}, null, runs));
    expect(found.map((c) => [c.suspects, [...c.differences.keys()], c.why])).toEqual([[[], ['t'], 'unconfirmed']]);
    expect(runs.count).toBe(3);
  });
});

describe('the sandbox', () => {
  it('writes each version of a file with a new mtime, so Python never reuses a stale bytecode cache', () => {
    const root = makeTree({ 'test_a.py': 'A = 1\n' });
    const sandbox = new Sandbox(root, () => Buffer.from('A = 1\n'));
    const seen = new Set<number>();
    const python = (code: string) => spawnSync('python3', ['-c', code], { cwd: root, encoding: 'utf8' }).stdout.trim();
    for (const value of ['2', '3', '4']) {
      sandbox.apply(new Map([['test_a.py', Buffer.from(`A = ${value}\n`)]]));
      seen.add(Number(python('import os; print(int(os.stat("test_a.py").st_mtime))')));
      expect(python('import test_a; print(test_a.A)')).toBe(value);
    }
    sandbox.apply(new Map());
    expect(python('import test_a; print(test_a.A)')).toBe('1');
    expect(seen.size).toBe(3);
  });
});
