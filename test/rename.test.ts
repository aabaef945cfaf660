/**
 * rename across the files of a run, as a user runs it: the built CLI in a
 * temporary package whose tests pass before and after, with the same tests.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli, runPython } from './helpers.js';

const HELPERS = [
  'def make_server(name, flavor_ref=1):',
  "    return {'name': name, 'flavor': flavor_ref}",
  '',
  '',
  'def _wait(server, timeout=10):',
  '    return server, timeout',
  '',
].join('\n');

const TEST_A = [
  'import unittest',
  '',
  'from pkg import helpers',
  'from pkg.helpers import make_server',
  '',
  '',
  'class BaseTest(unittest.TestCase):',
  '    def _boot(self, name):',
  '        return make_server(name, flavor_ref=2)',
  '',
  '    def test_boot_server_and_check_its_flavor(self):',
  "        self.assertEqual(2, self._boot('a')['flavor'])",
  '',
  '    def test_wait(self):',
  "        self.assertEqual(5, helpers._wait('s', timeout=5)[1])",
  '',
  '',
  'class ChildTest(BaseTest):',
  '    def _boot(self, name):',
  '        server = super()._boot(name)',
  "        return helpers.make_server(server['name'], flavor_ref=server['flavor'])",
  '',
].join('\n');

const TEST_B = [
  'from pkg import test_a',
  '',
  '',
  'class MoreTest(test_a.BaseTest):',
  '    def test_more(self):',
  "        self.assertTrue(self._boot('b'))",
  '',
].join('\n');

/** A package of three modules whose tests pass. */
function project(): string {
  return makeTree({ 'pkg/__init__.py': '', 'pkg/helpers.py': HELPERS, 'pkg/test_a.py': TEST_A, 'pkg/test_b.py': TEST_B });
}

/** Runs the package's tests; returns the ids that ran, failing on any failure. */
function testIds(dir: string): string[] {
  const run = runPython(['-m', 'unittest', '-v', 'pkg.test_a', 'pkg.test_b'], dir);
  expect(run.stderr).toMatch(/\nOK\b/);
  // Python 3.11 prints `test_x (pkg.mod.Class.test_x)`; older versions leave out the method.
  return [...run.stderr.matchAll(/^(\w+) \(([\w.]+)\)/gm)].map((m) => (m[2].endsWith(`.${m[1]}`) ? m[2] : `${m[2]}.${m[1]}`)).sort();
}

function read(dir: string, file: string): string {
  return readFileSync(path.join(dir, file), 'utf8');
}

describe('rename on the command line', () => {
  it('renames a helper parameter in its module and the keyword arguments of calls in another module', () => {
    const dir = project();
    const before = testIds(dir);
    const run = runCli(['-t', 'rename', '--unsafe', '--all-files', '--rename', 'flavor_ref=flavor', 'pkg'], dir);
    expect(run.status).toBe(0);
    expect(read(dir, 'pkg/helpers.py')).toBe(HELPERS.replaceAll('flavor_ref', 'flavor'));
    expect(read(dir, 'pkg/test_a.py')).toBe(TEST_A.replaceAll('flavor_ref=', 'flavor='));
    expect(testIds(dir)).toEqual(before);
  });

  it('leaves a public helper parameter alone without --unsafe, and renames a private one', () => {
    const dir = project();
    const run = runCli(['-t', 'rename', '--all-files', '--rename', 'flavor_ref=flavor', '--rename', 'timeout=wait_seconds', 'pkg'], dir);
    expect(run.status).toBe(0);
    expect(read(dir, 'pkg/helpers.py')).toBe(HELPERS.replaceAll('timeout', 'wait_seconds'));
    expect(read(dir, 'pkg/test_a.py')).toBe(TEST_A.replace('timeout=5', 'wait_seconds=5'));
    expect(run.stderr).toMatch(/unsafe-not-enabled\s+rename parameter flavor_ref of make_server\(\) to flavor/);
  });

  it('renames a method with its override, super() call and uses in a subclass in another module', () => {
    const dir = project();
    const before = testIds(dir);
    const run = runCli(['-t', 'rename', '--all-files', '--rename', '_boot=_create_server', 'pkg'], dir);
    expect(run.status).toBe(0);
    expect(read(dir, 'pkg/test_a.py')).toBe(TEST_A.replace(/\b_boot\b/g, '_create_server'));
    expect(read(dir, 'pkg/test_b.py')).toBe(TEST_B.replace(/\b_boot\b/g, '_create_server'));
    expect(testIds(dir)).toEqual(before);
  });

  it('renames a module-level function with its imports and module.x uses', () => {
    const dir = project();
    const before = testIds(dir);
    const run = runCli(['-t', 'rename', '--unsafe', '--all-files', '--rename', 'make_server=create_server', 'pkg'], dir);
    expect(run.status).toBe(0);
    expect(read(dir, 'pkg/helpers.py')).toBe(HELPERS.replace('def make_server', 'def create_server'));
    expect(read(dir, 'pkg/test_a.py')).toBe(TEST_A.replaceAll('make_server', 'create_server'));
    expect(testIds(dir)).toEqual(before);
  });

  it('renames a test named by path and class, and maps every test id that changes, inherited ones included', () => {
    const dir = project();
    const before = testIds(dir);
    const spec = 'pkg/test_a.py::BaseTest.test_boot_server_and_check_its_flavor=test_boot';
    const run = runCli(['-t', 'rename', '--unsafe', '--all-files', '--rename', spec, '--test-id-map', 'ids.json', 'pkg'], dir);
    expect(run.status).toBe(0);
    const map = JSON.parse(read(dir, 'ids.json'));
    expect(map).toEqual({
      'pkg.test_a.BaseTest.test_boot_server_and_check_its_flavor': ['pkg.test_a.BaseTest.test_boot'],
      'pkg.test_a.ChildTest.test_boot_server_and_check_its_flavor': ['pkg.test_a.ChildTest.test_boot'],
      'pkg.test_b.MoreTest.test_boot_server_and_check_its_flavor': ['pkg.test_b.MoreTest.test_boot'],
    });
    const renamed = before.map((id) => id.replace('test_boot_server_and_check_its_flavor', 'test_boot')).sort();
    expect(testIds(dir)).toEqual(renamed);
    expect(run.stderr).toContain('test id: pkg.test_a.BaseTest.test_boot_server_and_check_its_flavor → pkg.test_a.BaseTest.test_boot');
  });

  it('puts the test ids a rename changes into the JSON and Markdown reports', () => {
    const dir = project();
    const spec = 'pkg/test_a.py::BaseTest.test_boot_server_and_check_its_flavor=test_boot';
    const json = runCli(['-t', 'rename', '--unsafe', '--dry', '--all-files', '--rename', spec, '--report', 'json', 'pkg'], dir);
    const findings = JSON.parse(json.stderr).files.flatMap((file: { findings: { testIds: unknown }[] }) => file.findings);
    expect(findings.map((f: { testIds: unknown }) => f.testIds)).toContainEqual({
      from: 'pkg.test_a.BaseTest.test_boot_server_and_check_its_flavor',
      to: ['pkg.test_a.BaseTest.test_boot'],
    });
    const markdown = runCli(['-t', 'rename', '--unsafe', '--dry', '--all-files', '--rename', spec, '--report', 'markdown', 'pkg'], dir);
    expect(markdown.stderr).toContain('<br>test id: pkg.test_a.BaseTest.test_boot_server_and_check_its_flavor → pkg.test_a.BaseTest.test_boot');
  });

  it('refuses a test name without the test prefix, and a hook, with a reviewer\'s reason', () => {
    const dir = project();
    const run = runCli(['-t', 'rename', '--unsafe', '--all-files', '--rename', 'test_wait=check_wait', '--rename', 'BaseTest.setUp=prepare', 'pkg'], dir);
    expect(run.status).toBe(0);
    expect(read(dir, 'pkg/test_a.py')).toBe(TEST_A);
    expect(run.stderr).toContain('check_wait does not start with test: unittest and pytest would no longer find test_wait');
  });

  it('reads renames from a JSON file and from an old = new file', () => {
    const dir = project();
    writeFileSync(path.join(dir, 'renames.json'), '{"_boot": "_create_server"}');
    runCli(['-t', 'rename', '--all-files', '--rename-file', 'renames.json', 'pkg'], dir);
    expect(read(dir, 'pkg/test_b.py')).toBe(TEST_B.replace(/\b_boot\b/g, '_create_server'));
    writeFileSync(path.join(dir, 'renames.txt'), '# helpers\n_create_server = _start_server\n');
    runCli(['-t', 'rename', '--all-files', '--rename-file', 'renames.txt', 'pkg'], dir);
    expect(read(dir, 'pkg/test_b.py')).toBe(TEST_B.replace(/\b_boot\b/g, '_start_server'));
  });

  it('runs when --rename is given without -t, beside the default transforms', () => {
    const dir = project();
    const run = runCli(['--all-files', '--rename', '_boot=_create_server', 'pkg'], dir);
    expect(run.status).toBe(0);
    expect(read(dir, 'pkg/test_b.py')).toBe(TEST_B.replace(/\b_boot\b/g, '_create_server'));
    expect(run.stderr).toMatch(/rename\s+2 applied/);
    expect(runCli(['--all-files', '--rename', '_create_server=_boot', '--skip', 'rename', 'pkg'], dir).stderr).not.toMatch(/^\s+rename\s/m);
  });

  it('applies the renames a review asks for with --from-review, and refuses the hook it names', () => {
    const dir = project();
    writeFileSync(path.join(dir, 'review.txt'), '1. Rename `_boot` to `_create_server`.\n2. Rename setUp to prepare_servers.\n');
    const run = runCli(['--from-review', 'review.txt', '--all-files', 'pkg'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('     in every file under the paths\n     → rename _boot → _create_server ("Rename `_boot` to `_create_server`"): runs');
    expect(run.stderr).toContain('✗ harmful: renaming setUp: unittest hooks would stop running');
    expect(read(dir, 'pkg/test_b.py')).toBe(TEST_B.replace(/\b_boot\b/g, '_create_server'));
  });

  it('reports a malformed --rename for every file', () => {
    const dir = project();
    const run = runCli(['--dry', '-t', 'rename', '--all-files', '--rename', 'no-equals', 'pkg'], dir);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain("--rename 'no-equals': expected old=new, Class.old=new or path::Class.old=new");
  });

  it('refuses two renames to the same name, which would merge two names into one', () => {
    const dir = project();
    const run = runCli(['--dry', '-t', 'rename', '--all-files', '--rename', 'name=server_name', '--rename', 'server=server_name', 'pkg'], dir);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('--rename: both name and server would become server_name');
  });

  it('refuses a method reached through an object whose class cannot be told, a fake and an override of a base outside the run', () => {
    const dir = makeTree({
      'test_x.py': [
        'import unittest',
        '',
        '',
        'class FakeClient(object):',
        '    def show(self, uuid):',
        '        return uuid',
        '',
        '',
        'class Helper(object):',
        '    def fetch(self):',
        '        return 1',
        '',
        '',
        'class ServerTest(unittest.TestCase):',
        '    def run_case(self, result=None):',
        '        return super().run_case(result)',
        '',
        '    def test_x(self):',
        '        self.assertEqual(1, Helper().fetch())',
        "        self.assertEqual('u', FakeClient().show('u'))",
        '',
      ].join('\n'),
    });
    const run = runCli(['--dry', '-t', 'rename', '--unsafe', '--rename', 'fetch=get', '--rename', 'show=get_server', '--rename', 'run_case=run_one', 'test_x.py'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('fetch is also reached through an object whose class cannot be told (test_x.py:19)');
    expect(run.stderr).toContain('FakeClient is a fake of an external API: show must keep the name the real API has');
    expect(run.stderr).toContain('ServerTest.run_case calls super().run_case: it overrides a method of a base outside the run, which keeps its name');
  });
});
