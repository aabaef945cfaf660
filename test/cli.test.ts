/** The command line, run as a user runs it: the built CLI in a temporary tree. */
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRANSFORMS } from '../src/core/registry.js';
import { makeTree, runCli } from './helpers.js';

const NEEDS_FIX = 'import unittest\n\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.assertTrue(1 == 1)\n';
const CLEAN = 'import unittest\n\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.assertEqual(1, 1)\n';
const FIXED = CLEAN;

/** All files under a directory, relative, sorted. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
    .sort();
}

describe('--dry', () => {
  it('prints a unified diff with a/ and b/ headers and writes nothing', () => {
    const dir = makeTree({ 'tests/test_a.py': NEEDS_FIX, 'tests/test_clean.py': CLEAN });
    const run = runCli(['--dry', '.'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      '--- a/tests/test_a.py\n+++ b/tests/test_a.py\n@@ -3,4 +3,4 @@\n \n class T(unittest.TestCase):\n     def test_a(self):\n-        self.assertTrue(1 == 1)\n+        self.assertEqual(1, 1)\n',
    );
    expect(readFileSync(path.join(dir, 'tests/test_a.py'), 'utf8')).toBe(NEEDS_FIX);
    expect(run.stderr).toContain('tests/test_a.py: changed');
    expect(run.stderr).toContain('dry run: nothing written');
  });

  it('colors the diff only when asked or on a terminal', () => {
    const dir = makeTree({ 'test_a.py': NEEDS_FIX });
    expect(runCli(['--dry', '--color', 'always', '.'], dir).stdout).toContain('\x1b[31m-        self.assertTrue(1 == 1)\x1b[0m');
    expect(runCli(['--dry', '--color', 'never', '.'], dir).stdout).not.toContain('\x1b[');
    expect(runCli(['--dry', '.'], dir).stdout).not.toContain('\x1b[');
  });
});

describe('fixing in place', () => {
  it('writes only the files that change, keeps their mode and leaves no temporary files', () => {
    const dir = makeTree({ 'test_a.py': NEEDS_FIX, 'test_clean.py': CLEAN });
    chmodSync(path.join(dir, 'test_a.py'), 0o751);
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(path.join(dir, 'test_clean.py'), old, old);
    const run = runCli(['.'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(path.join(dir, 'test_a.py'), 'utf8')).toBe(FIXED);
    expect(statSync(path.join(dir, 'test_a.py')).mode & 0o777).toBe(0o751);
    expect(statSync(path.join(dir, 'test_clean.py')).mtime.getTime()).toBe(old.getTime());
    expect(listFiles(dir).filter((file) => !file.startsWith('.testmend_cache/'))).toEqual(['test_a.py', 'test_clean.py']);
  });

  it('keeps CRLF, a BOM and a missing final newline', () => {
    const source = '\ufeffimport unittest\r\n\r\nclass T(unittest.TestCase):\r\n    def test_a(self):\r\n        self.assertTrue(1 == 1)';
    const dir = makeTree({ 'test_a.py': Buffer.from(source, 'utf8') });
    runCli(['.'], dir);
    expect(readFileSync(path.join(dir, 'test_a.py')).equals(Buffer.from(source.replace('assertTrue(1 == 1)', 'assertEqual(1, 1)'), 'utf8'))).toBe(true);
  });

  it('writes through a symbolic link, which stays a link', () => {
    const dir = makeTree({ 'real/module_checks.py': NEEDS_FIX });
    symlinkSync(path.join(dir, 'real/module_checks.py'), path.join(dir, 'test_link.py'));
    runCli(['test_link.py'], dir);
    expect(lstatSync(path.join(dir, 'test_link.py')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'real/module_checks.py'), 'utf8')).toBe(FIXED);
  });

  it('applies unsafe fixes only with --unsafe', () => {
    const source = 'class T(object):\n    def test_a(self):\n        self.assertEqual(flag, True)\n';
    const dir = makeTree({ 'test_a.py': source });
    const safe = runCli(['.'], dir);
    expect(readFileSync(path.join(dir, 'test_a.py'), 'utf8')).toBe(source);
    expect(safe.stderr).toContain('unsafe-not-enabled');
    runCli(['--unsafe', '.'], dir);
    expect(readFileSync(path.join(dir, 'test_a.py'), 'utf8')).toContain('self.assertTrue(flag)');
  });
});

describe('tests of deprecated names', () => {
  it('keep calling the name they exercise, and the report says why, while their other aliases go', () => {
    const source = [
      'import unittest',
      '',
      '',
      'class SynchronousAssertionsTests(unittest.TestCase):',
      '    def test_failIfEqual_basic(self):',
      '        ret = self.failIfEqual(1, 2)',
      '        self.failUnlessRaises(self.failureException, self.failIfEqual, 1, 1)',
      '',
    ].join('\n');
    const dir = makeTree({ 'test_assertions.py': source });
    const run = runCli(['--report', 'json', '.'], dir);
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(dir, 'test_assertions.py'), 'utf8')).toBe(source.replace('self.failUnlessRaises(', 'self.assertRaises('));
    const [kept, fixed] = JSON.parse(run.stderr).files[0].findings;
    expect(kept).toMatchObject({ line: 6, code: 'TM110', status: 'no-fix', reason: 'test test_failIfEqual_basic is named after failIfEqual: it exists to exercise the deprecated name, so it keeps calling it' });
    expect(fixed).toMatchObject({ line: 7, code: 'TM110', status: 'applied' });
  });
});

describe('--check', () => {
  it('lists the files that would change and exits 1, writing nothing', () => {
    const dir = makeTree({ 'test_a.py': NEEDS_FIX, 'test_b.py': CLEAN, 'tests/c_test.py': NEEDS_FIX });
    const run = runCli(['--check', '.'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('test_a.py\ntests/c_test.py\n');
    expect(readFileSync(path.join(dir, 'test_a.py'), 'utf8')).toBe(NEEDS_FIX);
  });

  it('exits 0 when nothing would change', () => {
    const run = runCli(['--check', '.'], makeTree({ 'test_b.py': CLEAN }));
    expect(run).toMatchObject({ status: 0, stdout: '' });
  });
});

describe('choosing files', () => {
  const tree = {
    'test_a.py': NEEDS_FIX,
    'a_test.py': NEEDS_FIX,
    'conftest.py': NEEDS_FIX,
    'tests/helpers.py': NEEDS_FIX,
    'pkg/test/fakes.py': NEEDS_FIX,
    'pkg/module.py': NEEDS_FIX,
    'notes.txt': NEEDS_FIX,
    '.venv/lib/test_venv.py': NEEDS_FIX,
    'env2/pyvenv.cfg': '',
    'env2/test_env.py': NEEDS_FIX,
    'node_modules/x/test_nm.py': NEEDS_FIX,
    '.git/test_git.py': NEEDS_FIX,
    '.gitignore': 'build/\ngenerated_*.py\n',
    'build/test_built.py': NEEDS_FIX,
    'tests/generated_test_x.py': NEEDS_FIX,
    'tests/legacy/test_old.py': NEEDS_FIX,
  };
  const checked = (args: string[]) => runCli(['--check', ...args], makeTree(tree)).stdout.trim().split('\n');

  it('takes test code by default and skips virtualenvs, node_modules, .git and .gitignored paths', () => {
    expect(checked(['.'])).toEqual(['a_test.py', 'conftest.py', 'pkg/test/fakes.py', 'test_a.py', 'tests/helpers.py', 'tests/legacy/test_old.py']);
  });

  it('takes every .py file with --all-files', () => {
    expect(checked(['--all-files', '.'])).toContain('pkg/module.py');
  });

  it('always takes a file named on the command line', () => {
    expect(checked(['pkg/module.py'])).toEqual(['pkg/module.py']);
  });

  it('leaves out --exclude patterns, gitignore style and repeatable', () => {
    expect(checked(['--exclude', 'tests/legacy/', '--exclude', 'conftest.py', '.'])).toEqual(['a_test.py', 'pkg/test/fakes.py', 'test_a.py', 'tests/helpers.py']);
  });

  it('honours a .gitignore above the directory it walks, inside a repository', () => {
    const dir = makeTree({ ...tree, '.git/HEAD': 'ref: refs/heads/main\n' });
    expect(runCli(['--check', 'tests'], dir).stdout).toBe('tests/helpers.py\ntests/legacy/test_old.py\n');
  });
});

describe('choosing transforms', () => {
  it('lists every transform with its codes, safety, default set, suggestion and summary', () => {
    const run = runCli(['--list'], makeTree({}));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^name\s+codes\s+safety\s+set\s+review suggestion\s+summary\n/);
    expect(run.stdout).toMatch(/assert-methods\s+TM101-TM111\s+safe\s+default\s+use the precise assertion\s+Use the assert method/);
    expect(run.stdout).toMatch(/split-tests\s+TM701\s+unsafe\s+opt-in/);
  });

  it('rejects an unknown transform as a usage error that lists the valid names', () => {
    const run = runCli(['-t', 'assert-methods,nope', '.'], makeTree({}));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown transform 'nope'; valid names: .*\bassert-methods\b/);
  });

  it('runs nothing when every transform is skipped, as a usage error', () => {
    const run = runCli(['--skip', TRANSFORMS.map((t) => t.meta.name).join(','), '.'], makeTree({}));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no transforms left to run');
  });

  it.each([[['--bogus']], [['--jobs', '0']], [['--report', 'xml']], [['--color', 'sometimes']], [['--dry', '--report', 'sarif', '--report-file', '-']]])('treats %j as a usage error', (args) => {
    const run = runCli([...args, '.'], makeTree({}));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Run testmend --help for usage.');
  });

  it('documents the exit codes in --help', () => {
    const run = runCli(['--help'], makeTree({}));
    expect(run.status).toBe(0);
    for (const line of ['0  done, or nothing to do', '1  --check found', '2  usage error', '3  at least one file could not be processed']) {
      expect(run.stdout).toContain(line);
    }
  });
});

describe('bad input', () => {
  it('reports each bad file, processes the rest and exits 3', () => {
    const dir = makeTree({
      'test_good.py': NEEDS_FIX,
      'test_syntax.py': 'x = 1\ndef broken(:\n    pass\n',
      'test_latin.py': Buffer.from([0x78, 0x20, 0x3d, 0x20, 0x27, 0xe9, 0x27, 0x0a]),
      'test_binary.py': Buffer.from([0x00, 0x01, 0x02]),
    });
    const run = runCli(['--report', 'json', '.', 'test_missing.py'], dir);
    expect(run.status).toBe(3);
    expect(readFileSync(path.join(dir, 'test_good.py'), 'utf8')).toBe(FIXED);
    const files = JSON.parse(run.stderr).files.map((f: { path: string; status: string; reason: string }) => [f.path, f.status, f.reason]);
    expect(files).toEqual([
      ['test_binary.py', 'error', 'binary file (it contains NUL bytes)'],
      ['test_good.py', 'changed', null],
      ['test_latin.py', 'error', 'not valid UTF-8: byte 0xe9 on line 1; add a PEP 263 coding line if the file uses another encoding'],
      ['test_missing.py', 'error', 'no such file or directory'],
      ['test_syntax.py', 'skipped', "syntax error in the input at line 2: missing ')'"],
    ]);
    expect(existsSync(path.join(dir, 'test_missing.py'))).toBe(false);
  });
});

describe('reports', () => {
  const tree = Object.fromEntries(
    Array.from({ length: 30 }, (_, i) => [`tests/test_m${String(i).padStart(2, '0')}.py`, i % 3 === 0 ? CLEAN : NEEDS_FIX.replace('1 == 1', `${i} == ${i}`)]),
  );

  it('are the same, in path order, whatever the number of jobs', () => {
    const dir = makeTree(tree);
    const one = runCli(['--dry', '--jobs', '1', '--report', 'json', '.'], dir);
    const two = runCli(['--dry', '--jobs', '2', '--report', 'json', '.'], dir);
    expect(two.stdout).toBe(one.stdout);
    const strip = (text: string) => ({ ...JSON.parse(text), timing: null });
    expect(strip(two.stderr)).toEqual(strip(one.stderr));
    const paths = JSON.parse(one.stderr).files.map((f: { path: string }) => f.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toHaveLength(30);
  });

  it('give JSON with a schema version, statuses, findings and totals', () => {
    const dir = makeTree({ 'test_a.py': NEEDS_FIX, 'test_b.py': CLEAN });
    const report = JSON.parse(runCli(['--dry', '--report', 'json', '--report-file', '-', '.'], dir).stdout.replace(/^[\s\S]*?\n(?=\{)/, ''));
    expect(report.schemaVersion).toBe(4);
    expect(Object.keys(report)).toEqual(['schemaVersion', 'tool', 'mode', 'unsafe', 'transforms', 'files', 'totals', 'timing']);
    expect(report.files[0]).toEqual({
      path: 'test_a.py',
      status: 'changed',
      reason: null,
      formatter: null,
      findings: [
        {
          code: 'TM101',
          transform: 'assert-methods',
          suggestion: 'use the precise assertion',
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 32,
          message: 'assertTrue(1 == 1) → assertEqual: the failure message shows the values',
          status: 'applied',
          safety: 'safe',
          reason: null,
          testIds: null,
          edits: [
            { line: 6, column: 14, endLine: 6, endColumn: 24, text: 'assertEqual', combined: false },
            { line: 6, column: 26, endLine: 6, endColumn: 30, text: ', ', combined: false },
          ],
        },
      ],
    });
    expect(report.totals.files).toEqual({ changed: 1, unchanged: 1, skipped: 0, error: 0 });
    expect(report.totals.transforms['assert-methods'].applied).toBe(1);
  });

  it('write Markdown to a file, fit for a code review', () => {
    const dir = makeTree({ 'test_a.py': NEEDS_FIX });
    const run = runCli(['--dry', '--report', 'markdown', '--report-file', 'report.md', 'test_a.py'], dir);
    expect(run.stderr).toBe('');
    expect(readFileSync(path.join(dir, 'report.md'), 'utf8')).toContain('#### `test_a.py` — changed\n\nFixes: 1 applied (TM101).\n');
    runCli(['--dry', '--verbose', '--report', 'markdown', '--report-file', 'report.md', 'test_a.py'], dir);
    const markdown = readFileSync(path.join(dir, 'report.md'), 'utf8');
    expect(markdown).toContain('| `assert-methods` | use the precise assertion | 1 | 0 | 0 | 0 | 0 | 0 |');
    expect(markdown).toContain('#### `test_a.py` — changed');
    expect(markdown).toContain('| 6:9 | TM101 | `assert-methods` | use the precise assertion | applied | assertTrue(1 == 1) → assertEqual: the failure message shows the values |');
  });

  it('end the text report with totals per transform and per status, time and speed', () => {
    const run = runCli(['--dry', '.'], makeTree({ 'test_a.py': NEEDS_FIX, 'test_b.py': CLEAN }));
    expect(run.stderr).toMatch(/assert-methods\s+1 applied\s+\(use the precise assertion\)/);
    expect(run.stderr).toContain('files: 1 changed, 1 unchanged, 0 skipped, 0 error');
    expect(run.stderr).toMatch(/2 files in \d+\.\d\d s \(\d+ files\/s\)/);
  });
});

describe('file surroundings', () => {
  it('name a module by its packages and find the nearest configuration file', async () => {
    const { moduleNameOf, findNearestFile } = await import('../src/core/nearby.js');
    const dir = makeTree({
      'nova/__init__.py': '',
      'nova/tests/__init__.py': '',
      'nova/tests/unit/__init__.py': '',
      'nova/tests/unit/test_api.py': '',
      'setup.cfg': '[flake8]\nignore = E123\n',
      'nova/tox.ini': '[tox]\n',
    });
    expect(moduleNameOf(path.join(dir, 'nova/tests/unit/test_api.py'))).toBe('nova.tests.unit.test_api');
    expect(moduleNameOf(path.join(dir, 'setup.cfg'))).toBe('setup.cfg');
    const found = findNearestFile(path.join(dir, 'nova/tests/unit/test_api.py'), ['setup.cfg', 'tox.ini']);
    expect(found).toEqual({ path: path.join(dir, 'nova/tox.ini'), text: '[tox]\n' });
    expect(findNearestFile(path.join(dir, 'test_x.py'), ['no-such-config.cfg'])).toBeNull();
  });
});
