/** Project configuration, tried as a user does: fixture projects under test/projects, run with the built CLI. */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, makeTree, ROOT, runCli } from './helpers.js';

const PROJECTS = path.join(ROOT, 'test', 'projects');

/** A fresh copy of a fixture project. */
function copyProject(name: string): string {
  const dir = makeTree({});
  cpSync(path.join(PROJECTS, name), dir, { recursive: true });
  return dir;
}

/** Every file under a directory, relative path → content; the cache a run keeps for itself is no part of the project. */
function readTree(dir: string, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.name !== '.testmend_cache').flatMap((entry) =>
      entry.isDirectory()
        ? Object.entries(readTree(path.join(dir, entry.name), `${prefix}${entry.name}/`))
        : [[`${prefix}${entry.name}`, readFileSync(path.join(dir, entry.name), 'utf8')]],
    ),
  );
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('a project configured in', () => {
  it.each([
    ['pyproject', 'pyproject.toml [tool.testmend]: transforms, exclude, unsafe, per-file-ignores; [tool.pycodestyle] ignores E226 and E231'],
    ['setup-cfg', 'setup.cfg [testmend], keys in snake_case, lists on continuation lines with comments, flake8-style per-file-ignores'],
    ['tox-ini', 'tox.ini [testmend]: the tempest wait helper, a comma-separated transform list'],
    ['nested', 'nested configurations: each file takes its nearest, passing over a pyproject.toml without [tool.testmend]'],
  ])('%s: every file is fixed as its nearest configuration says (%s)', (name) => {
    const dir = copyProject(name);
    const run = runCli(['.'], dir);
    expect(run.stderr).not.toContain('testmend: ');
    expect(run.status).toBe(0);
    expect(readTree(dir)).toEqual(readTree(path.join(PROJECTS, `${name}.fixed`)));
  });

  it('takes run-wide keys (the report, jobs) from the configuration of the working directory', () => {
    const root = copyProject('nested');
    expect(JSON.parse(runCli(['--dry', '.'], root).stderr).files.map((file: { path: string }) => file.path)).toEqual([
      'services/billing/tests/test_billing.py',
      'services/search/tests/test_search.py',
      'tests/test_root.py',
    ]);
    const search = runCli(['--dry', '.'], path.join(root, 'services/search'));
    expect(search.stderr).toContain('### testmend (dry run: nothing written)');
    expect(search.stdout).toContain('+        hits = 3');
  });
});

describe('the command line over a configuration', () => {
  it('-t replaces the configured transforms, --no-unsafe the configured unsafe', () => {
    const dir = copyProject('pyproject');
    runCli(['-t', 'assert-methods', '--no-unsafe', '.'], dir);
    expect(read(dir, 'tests/test_api.py')).toContain('        total = 2*3\n        self.assertEqual(total, 6)\n        self.assertEqual(total>5, True)\n');
  });

  it('--exclude replaces the configured exclude; --extend-exclude adds to it', () => {
    const replaced = copyProject('pyproject');
    runCli(['--exclude', 'tests/legacy/', '.'], replaced);
    expect(read(replaced, 'tests/generated/test_gen.py')).toContain('self.assertEqual(1, 1)');
    expect(read(replaced, 'tests/legacy/test_old.py')).toContain('failUnlessEqual');
    const extended = copyProject('pyproject');
    runCli(['--extend-exclude', 'tests/legacy/', '.'], extended);
    expect(read(extended, 'tests/generated/test_gen.py')).toContain('assertTrue(1 == 1)');
    expect(read(extended, 'tests/legacy/test_old.py')).toContain('failUnlessEqual');
  });

  it('--isolated reads no configuration', () => {
    const dir = copyProject('pyproject');
    runCli(['--isolated', '.'], dir);
    expect(read(dir, 'tests/generated/test_gen.py')).toContain('self.assertEqual(1, 1)');
    expect(read(dir, 'tests/test_api.py')).toContain('        total = 2*3\n        self.assertEqual(total, 6)\n        self.assertEqual(total>5, True)\n');
  });

  it('--config FILE applies one file to every path: a setup.cfg, or a .toml with its keys at the top', () => {
    const dir = copyProject('nested');
    const run = runCli(['--config', path.join(PROJECTS, 'tox-ini/tox.ini'), '--dry', '.'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('+        self.assertEqual(amount, 10)');
    expect(run.stdout).not.toContain('hits = 3');
    const toml = makeTree({ 'testmend.toml': 'transforms = ["style"]\n', 'tests/test_a.py': 'x=1\n' });
    expect(runCli(['--config', 'testmend.toml', '--dry', '.'], toml).stdout).toContain('+x = 1');
  });

  it('refuses --config with --isolated, a missing file, and a file without a testmend section', () => {
    const dir = makeTree({ 'setup.cfg': '[flake8]\nignore = E1\n', 'pyproject.toml': '[project]\nname = "x"\n', 'test_a.py': 'x=1\n' });
    const cases: [string[], string][] = [
      [['--config', 'setup.cfg', '--isolated'], '--isolated reads no configuration file; leave out --config'],
      [['--config', 'missing.toml'], 'cannot read --config missing.toml: no such file'],
      [['--config', 'setup.cfg'], '--config setup.cfg has no [testmend] section'],
      [['--config', 'pyproject.toml'], '--config pyproject.toml has no [tool.testmend] table'],
    ];
    for (const [args, message] of cases) {
      const run = runCli([...args, '.'], dir);
      expect([run.status, run.stderr]).toEqual([2, `testmend: ${message}\nRun testmend --help for usage.\n`]);
    }
  });

  it('reads a comment after a value in setup.cfg or tox.ini as a comment', () => {
    const dir = makeTree({ 'tox.ini': '[testmend]\ntransforms = style  # the rest later\nexclude =\n    build/  # generated\n', 'tests/test_a.py': 'x=1\n', 'build/tests/test_b.py': 'x=1\n' });
    const run = runCli(['.'], dir);
    expect(run.status).toBe(0);
    expect([read(dir, 'tests/test_a.py'), read(dir, 'build/tests/test_b.py')]).toEqual(['x = 1\n', 'x=1\n']);
  });

  it('leaves a file alone when per-file-ignores leave out every transform it would get, on disk and from stdin', () => {
    const source = 'import unittest\n\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.assertTrue(1 == 1)\n';
    const dir = makeTree({
      'pyproject.toml': '[tool.testmend]\ntransforms = ["assert-methods"]\n\n[tool.testmend.per-file-ignores]\n"tests/test_kept.py" = ["assert-methods"]\n',
      'tests/test_kept.py': source,
      'tests/test_fixed.py': source,
    });
    const run = runCli(['.'], dir);
    expect(run.status, run.stderr).toBe(0);
    expect(read(dir, 'tests/test_kept.py')).toBe(source);
    expect(read(dir, 'tests/test_fixed.py')).toContain('self.assertEqual(1, 1)');
    const stdin = spawnSync(process.execPath, [CLI, '--stdin-filename', 'tests/test_kept.py', '-'], { cwd: dir, input: source, encoding: 'utf8' });
    expect(stdin.stdout).toBe(source);
  });

  it('reads paths in a configuration from its own directory, and an option it sets runs its transform', () => {
    const dir = makeTree({
      'pkg/pyproject.toml': '[tool.testmend]\nrename-file = "renames.txt"\n',
      'pkg/renames.txt': 'old_value = new_value\n',
      'pkg/tests/test_a.py': 'def test_a():\n    old_value = 1\n    assert old_value == 1\n',
    });
    const run = runCli(['.'], dir);
    expect(run.status).toBe(0);
    expect(read(dir, 'pkg/tests/test_a.py')).toBe('def test_a():\n    new_value = 1\n    assert new_value == 1\n');
  });
});

describe('a configuration that cannot be used is a usage error naming the file, the key and the fix', () => {
  const NEEDS_FIX = 'import unittest\n\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.assertTrue(1 == 1)\n';
  it.each([
    { file: 'pyproject.toml', text: '[tool.testmend]\nexlude = ["x"]\n', message: "pyproject.toml [tool.testmend]: 'exlude' is not a key testmend knows; did you mean 'exclude'?" },
    { file: 'setup.cfg', text: '[metadata]\nname = x\n\n[testmend]\nwait_helpr = tempest\n', message: "setup.cfg:5 [testmend]: 'wait_helpr' is not a key testmend knows; did you mean 'wait-helper'?" },
    { file: 'tox.ini', text: '[testmend]\nnaming-style = kebab\n', message: `tox.ini:2 [testmend]: 'naming-style': Invalid values: Argument: naming-style, Given: "kebab", Choices: "snake", "camel"` },
    { file: 'pyproject.toml', text: '[tool.testmend]\nunsafe = "yes"\n', message: "pyproject.toml [tool.testmend]: 'unsafe' takes true or false" },
    { file: 'setup.cfg', text: '[testmend]\nunsafe = maybe\n', message: "setup.cfg:2 [testmend]: 'unsafe' takes true or false" },
    { file: 'pyproject.toml', text: '[tool.testmend]\nextract-depth = "deep"\n', message: "pyproject.toml [tool.testmend]: 'extract-depth' takes a number" },
    { file: 'pyproject.toml', text: '[tool.testmend]\njobs = 0\n', message: "pyproject.toml [tool.testmend]: 'jobs': --jobs: '0': give a whole number of at least 1" },
    { file: 'pyproject.toml', text: '[tool.testmend]\ntransforms = ["asert-methods"]\n', message: "pyproject.toml [tool.testmend]: 'transforms': 'asert-methods' is not a transform; did you mean 'assert-methods'?" },
    { file: 'tox.ini', text: '[testmend]\nper-file-ignores =\n    tests/*.py: stlye\n', message: "tox.ini:2 [testmend]: 'per-file-ignores' for 'tests/*.py': unknown code, prefix or transform 'stlye'; did you mean style?" },
    { file: 'pyproject.toml', text: '[tool.testmend]\ndry = true\n', message: "pyproject.toml [tool.testmend]: 'dry' is given on the command line only (--dry)" },
    { file: 'pyproject.toml', text: '[tool.testmend]\nall-files = true\nall_files = false\n', message: "pyproject.toml [tool.testmend]: 'all_files' is set twice (as 'all-files' and with underscores)" },
    { file: 'pyproject.toml', text: '[tool.testmend]\nexclude = [\n  "a",\n  "b"\n', message: 'pyproject.toml:5: not valid TOML' },
    { file: 'pyproject.toml', text: '[tool.testmend]\nreport-file = "../../report.txt"\n', message: "pyproject.toml [tool.testmend]: 'report-file' names " },
    { file: 'setup.cfg', text: '[testmend]\nskip = naming\nskip = style\n', message: "setup.cfg:3: not a valid INI file: option 'skip' appears twice in [testmend]" },
  ])('$file: $message', ({ file, text, message }) => {
    const dir = makeTree({ [file]: text, 'tests/test_a.py': NEEDS_FIX });
    const run = runCli(['.'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`testmend: ${message}`);
    expect(read(dir, 'tests/test_a.py')).toBe(NEEDS_FIX);
  });
});

describe('--show-settings', () => {
  it('prints the settings in force for a path, each with where it comes from, and changes nothing', () => {
    const dir = copyProject('nested');
    const run = runCli(['--show-settings', 'services/search/tests/test_search.py'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Settings for services/search/tests/test_search.py\n  configuration: services/search/setup.cfg [testmend]\n  transforms that run: style\n  codes that run: TM501-TM505\n');
    expect(run.stdout).toMatch(/\n {2}transforms = \["style"\] +# services\/search\/setup.cfg \[testmend\]\n/);
    expect(run.stdout).toMatch(/\n {2}unsafe = false +# default\n/);
    expect(run.stdout).toMatch(/\n {2}report = "json" +# pyproject.toml \[tool.testmend\]\n/);
    expect(readTree(dir)).toEqual(readTree(path.join(PROJECTS, 'nested')));
  });

  it('shows what per-file-ignores leave out, and the command line over the file', () => {
    const dir = copyProject('pyproject');
    const run = runCli(['--show-settings', '--no-unsafe', 'tests/legacy/test_old.py'], dir);
    expect(run.stdout).toContain('  transforms that run: assert-methods (per-file-ignores leave out style)\n');
    expect(run.stdout).toMatch(/\n {2}unsafe = false +# command line\n/);
    expect(run.stdout).toContain('  [per-file-ignores]  # pyproject.toml\n  "tests/legacy/*.py" = ["style"]\n');
    expect(run.stdout).toContain('  line length: 100 (linter settings: pyproject.toml)\n');
  });
});

describe('docs/configuration.md', () => {
  it('describes every key', () => {
    const docs = readFileSync(path.join(ROOT, 'docs', 'configuration.md'), 'utf8');
    const shown = runCli(['--isolated', '--show-settings', '.'], makeTree({})).stdout;
    const keys = [...shown.matchAll(/^ {2}(?:# )?([a-z][\w-]*)(?: = .*)? +# /gm)].map((match) => match[1]);
    expect(keys).toContain('wait-helper');
    expect(keys).toContain('jobs');
    expect([...keys, 'per-file-ignores'].filter((key) => !docs.includes(`| \`${key}\` |`))).toEqual([]);
  });
});
