/**
 * The pre-commit hooks, with the real pre-commit: it installs testmend from
 * this repository at HEAD as it installs any `language: node` hook (npm
 * install, which builds the parser and testmend, then npm pack and a global
 * install of the tarball), then runs the hooks on a throwaway git repository,
 * by `pre-commit run` and by `git commit`. The installed environment lives in
 * the test's temporary pre-commit home, so the install is done once per run
 * of this file.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isTestFile } from '../src/core/files.js';
import { makeTree, ROOT } from './helpers.js';

/** Why the tests cannot run here, or null. */
function missing(): string | null {
  if (spawnSync('pre-commit', ['--version']).status !== 0) return 'pre-commit is not installed (apt-get install pre-commit)';
  if (spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT }).status !== 0) return 'this checkout is not a git repository, which pre-commit installs hooks from';
  return null;
}

const skipped = missing();

const NEEDS_FIX = 'import unittest\n\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.assertTrue(1 == 1)\n';
const FIXED = NEEDS_FIX.replace('assertTrue(1 == 1)', 'assertEqual(1, 1)');
/** Not test code: the hooks leave it alone, as testmend does. */
const APP = 'def check(self):\n    self.assertTrue(1 == 1)\n';

/** Fifteen minutes: the install builds two native modules twice, and the machine may be busy. */
const INSTALL_TIMEOUT = 15 * 60_000;

describe.skipIf(skipped !== null)(`the pre-commit hooks${skipped ? ` (skipped: ${skipped})` : ''}`, () => {
  let project = '';
  let env: NodeJS.ProcessEnv = {};

  const run = (command: string, args: readonly string[], timeout = 120_000) => {
    const result = spawnSync(command, args, { cwd: project, env, encoding: 'utf8', timeout });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };
  const read = (file: string) => readFileSync(path.join(project, file), 'utf8');

  beforeAll(() => {
    const rev = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
    project = makeTree({
      '.pre-commit-config.yaml': `repos:\n  - repo: ${ROOT}\n    rev: ${rev}\n    hooks:\n      - id: testmend-check\n      - id: testmend\n`,
      'tests/test_a.py': NEEDS_FIX,
      'src/app.py': APP,
    });
    env = {
      ...process.env,
      PRE_COMMIT_HOME: path.join(project, '.pre-commit-home'),
      GIT_AUTHOR_NAME: 'T',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 'T',
      GIT_COMMITTER_EMAIL: 't@example.com',
    };
    writeFileSync(path.join(project, '.gitignore'), '.pre-commit-home/\n');
    expect(run('git', ['init', '-q']).status).toBe(0);
    expect(run('git', ['add', '-A']).status).toBe(0);
  });

  it("installs testmend from this repository's .pre-commit-hooks.yaml", () => {
    const install = run('pre-commit', ['install-hooks'], INSTALL_TIMEOUT);
    expect(install.status, install.output).toBe(0);
  }, INSTALL_TIMEOUT);

  it('checks: lists the test files that would change, fails, and writes nothing', () => {
    const check = run('pre-commit', ['run', 'testmend-check', '--all-files']);
    expect(check.status).toBe(1);
    expect(check.output).toMatch(/testmend \(check\)\.+Failed/);
    expect(check.output).toContain('\ntests/test_a.py\n');
    expect(check.output).not.toContain('src/app.py');
    expect(read('tests/test_a.py')).toBe(NEEDS_FIX);
  });

  it('applies: fixes the test files in place, and pre-commit fails the run because files changed', () => {
    const apply = run('pre-commit', ['run', 'testmend', '--all-files']);
    expect(apply.status).toBe(1);
    expect(apply.output).toContain('files were modified by this hook');
    expect(read('tests/test_a.py')).toBe(FIXED);
    expect(read('src/app.py')).toBe(APP);
    const again = run('pre-commit', ['run', '--all-files']);
    expect(again.output).toMatch(/testmend \(check\)\.+Passed/);
    expect(again.status).toBe(0);
  });

  it('stops a commit that needs fixes, fixing them, and lets the fixed one through', () => {
    expect(run('pre-commit', ['install']).status).toBe(0);
    writeFileSync(path.join(project, 'tests/test_b.py'), NEEDS_FIX);
    expect(run('git', ['add', '-A']).status).toBe(0);
    const stopped = run('git', ['commit', '-qm', 'tests']);
    expect(stopped.status).not.toBe(0);
    expect(stopped.output).toContain('\ntests/test_b.py\n');
    expect(stopped.output).toContain('files were modified by this hook');
    expect(read('tests/test_b.py')).toBe(FIXED);
    expect(run('git', ['add', '-A']).status).toBe(0);
    const committed = run('git', ['commit', '-qm', 'tests']);
    expect(committed.output).toMatch(/testmend \(check\)\.+Passed/);
    expect(committed.status).toBe(0);
  });

  it('take the same files as testmend: the hooks file pattern, read by Python as pre-commit reads it, agrees with isTestFile', () => {
    const paths = ['tests/foo.py', 'a/test/x.py', 'test_a.py', 'pkg/a_test.py', 'conftest.py', 'src/app.py', 'attest_x.py', 'mytests/a.py', 'contest.py', 'x/latest/y.py', 'pkg/tests/data/helpers.py'];
    const script = 'import json, re, sys, yaml\nhooks = yaml.safe_load(open(sys.argv[1]))\nprint(json.dumps([[bool(re.search(h["files"], p)) for p in sys.argv[2:]] for h in hooks]))';
    const taken = spawnSync('/usr/bin/python3', ['-c', script, path.join(ROOT, '.pre-commit-hooks.yaml'), ...paths], { encoding: 'utf8' });
    expect(taken.stderr).toBe('');
    expect(JSON.parse(taken.stdout)).toEqual([paths.map(isTestFile), paths.map(isTestFile)]);
  });
});
