/** The project's formatter lays out the changed lines: real black on real files, and refusals when it cannot run. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, makeTree, runCli } from './helpers.js';

const hasBlack = spawnSync('black', ['--version']).status === 0;
const hasRuff = spawnSync('ruff', ['--version']).status === 0;
const NEEDS_BLACK = '(needs black on PATH: apt-get install black; .ci/run installs it)';

/** black-formatted; the fix shortens the call so that black joins it onto one line. */
const JOINS = [
  'import unittest',
  '',
  '',
  'class T(unittest.TestCase):',
  '    def test_a(self):',
  '        self.failUnlessEqual(',
  '            function_name_here(argument_one, argument_two), 1234567890123',
  '        )',
  '',
].join('\n');
const JOINED = JOINS.replace('self.failUnlessEqual(\n            function_name_here(argument_one, argument_two), 1234567890123\n        )', 'self.assertEqual(function_name_here(argument_one, argument_two), 1234567890123)');

function blackCheck(dir: string, file: string): number | null {
  return spawnSync('black', ['--check', '--quiet', file], { cwd: dir }).status;
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('a project that configures black', () => {
  it.skipIf(!hasBlack)(`gets the changed lines laid out by black, so the file stays black-clean ${NEEDS_BLACK}`, () => {
    const dir = makeTree({ 'pyproject.toml': '[tool.black]\n', 'tests/test_a.py': JOINS });
    expect(blackCheck(dir, 'tests/test_a.py')).toBe(0);
    const run = runCli(['.'], dir);
    expect(run.status).toBe(0);
    expect(read(dir, 'tests/test_a.py')).toBe(JOINED);
    expect(blackCheck(dir, 'tests/test_a.py')).toBe(0);
    expect(run.stderr).toContain('tests/test_a.py: changed (laid out by black)');
    expect(run.stderr).toContain('  formatter: black laid out the changed lines of 1 file\n');
    const again = runCli(['--check', '.'], dir);
    expect([again.status, again.stdout]).toEqual([0, '']);
  });

  it.skipIf(!hasBlack)(`leaves every line the fixes did not change as it was, black-clean or not ${NEEDS_BLACK}`, () => {
    const source = JOINS.replace('import unittest\n', 'import unittest\nx = [1,2]  # not black-clean, and not ours\n');
    const dir = makeTree({ 'pyproject.toml': '[tool.black]\n', 'tests/test_a.py': source });
    runCli(['.'], dir);
    expect(read(dir, 'tests/test_a.py')).toBe(JOINED.replace('import unittest\n', 'import unittest\nx = [1,2]  # not black-clean, and not ours\n'));
  });

  it.skipIf(!hasBlack)(`shows black's layout in --dry and --check, and on stdout for stdin ${NEEDS_BLACK}`, () => {
    const dir = makeTree({ 'pyproject.toml': '[tool.black]\nline-length = 88\n', 'tests/test_a.py': JOINS });
    const dry = runCli(['--dry', '.'], dir);
    expect(dry.stdout).toContain('+        self.assertEqual(function_name_here(argument_one, argument_two), 1234567890123)\n');
    expect(read(dir, 'tests/test_a.py')).toBe(JOINS);
    expect(runCli(['--check', '.'], dir).stdout).toBe('tests/test_a.py\n');
    const stdin = spawnSync(process.execPath, [CLI, '--stdin-filename', 'tests/test_a.py', '-'], { cwd: dir, input: JOINS, encoding: 'utf8' });
    expect(stdin.stdout).toBe(JOINED);
  });

  it.skipIf(!hasBlack)(`keeps the original text when black fails, and says why ${NEEDS_BLACK}`, () => {
    const dir = makeTree({ 'pyproject.toml': '[tool.black]\nline-length = "long"\n', 'tests/test_a.py': JOINS });
    const run = runCli(['.'], dir);
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/tests\/test_a.py: error \(black failed: .*; the file keeps its original text\)/);
    expect(read(dir, 'tests/test_a.py')).toBe(JOINS);
  });

  it('keeps the transforms\' own layout with --formatter none', () => {
    const dir = makeTree({ 'pyproject.toml': '[tool.black]\n', 'tests/test_a.py': JOINS });
    runCli(['--formatter', 'none', '.'], dir);
    expect(read(dir, 'tests/test_a.py')).toBe(JOINS.replace('failUnlessEqual', 'assertEqual'));
  });

  it('is a usage error, before any file is written, when the formatter is not installed', () => {
    const dir = makeTree({ 'pyproject.toml': '[tool.black]\n', 'tests/test_a.py': JOINS });
    const run = runCli(['.'], dir, { PATH: path.join(dir, 'no-tools-here') });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "testmend: the project's pyproject.toml configures black, but black is not installed (not found on PATH); install it, or run with --formatter none to keep the transforms' own layout\nRun testmend --help for usage.\n",
    );
    expect(read(dir, 'tests/test_a.py')).toBe(JOINS);
    const named = makeTree({ 'pyproject.toml': '[tool.testmend]\nformatter = "ruff"\n', 'tests/test_a.py': JOINS });
    const ruff = runCli(['.'], named, { PATH: path.join(dir, 'no-tools-here') });
    expect(ruff.stderr).toContain(`testmend: [tool.testmend] in ${path.join(named, 'pyproject.toml')} sets formatter = "ruff", but ruff is not installed`);
  });

  it.skipIf(hasRuff)('names ruff format when pyproject.toml configures it (ruff is not installed here)', () => {
    const dir = makeTree({ 'pyproject.toml': '[tool.ruff]\nline-length = 100\n\n[tool.ruff.format]\nquote-style = "single"\n', 'tests/test_a.py': JOINS });
    const run = runCli(['.'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("the project's pyproject.toml configures ruff, but ruff is not installed");
  });
});
