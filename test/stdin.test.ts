/** `-`: one source from standard input to standard output, as an editor or a wrapper runs it; nothing on disk is touched. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, makeTree, runCli } from './helpers.js';

const NEEDS_FIX = 'import unittest\n\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.assertTrue(1 == 1)\n';
const FIXED = NEEDS_FIX.replace('assertTrue(1 == 1)', 'assertEqual(1, 1)');

/** Every file of a tree with its size and modification time, to show nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const file = path.join(at, entry.name);
      if (entry.isDirectory()) walk(file);
      else files[path.relative(dir, file)] = `${statSync(file).mtimeMs} ${readFileSync(file, 'utf8')}`;
    }
  };
  walk(dir);
  return files;
}

describe('- reads the source from stdin', () => {
  it('no longer means the working directory: `echo x = 1 | testmend -` prints the source and touches no file', () => {
    const dir = makeTree({ 'tests/test_a.py': NEEDS_FIX, 'test_b.py': NEEDS_FIX });
    const before = snapshot(dir);
    const run = runCli(['-'], dir, {}, 'x = 1\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('x = 1\n');
    expect(snapshot(dir)).toEqual(before);
  });

  it('writes the fixed source to stdout and the report to stderr', () => {
    const dir = makeTree({});
    const run = runCli(['-'], dir, {}, NEEDS_FIX);
    expect([run.status, run.stdout]).toEqual([0, FIXED]);
    expect(run.stderr).toContain('<stdin>: changed');
    expect(run.stderr).toContain('testmend (fixed source written to stdout)');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--dry prints the diff, --check exits 1 with the name when it would change', () => {
    const dir = makeTree({});
    const dry = runCli(['--dry', '--stdin-filename', 'tests/test_a.py', '-'], dir, {}, NEEDS_FIX);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toBe(
      '--- a/tests/test_a.py\n+++ b/tests/test_a.py\n@@ -3,4 +3,4 @@\n \n class T(unittest.TestCase):\n     def test_a(self):\n-        self.assertTrue(1 == 1)\n+        self.assertEqual(1, 1)\n',
    );
    const check = runCli(['--check', '--stdin-filename', 'tests/test_a.py', '-'], dir, {}, NEEDS_FIX);
    expect([check.status, check.stdout]).toEqual([1, 'tests/test_a.py\n']);
    const clean = runCli(['--check', '-'], dir, {}, FIXED);
    expect([clean.status, clean.stdout]).toEqual([0, '']);
  });

  it('--stdin-filename chooses the configuration, per-file-ignores included, and names the source in messages', () => {
    const dir = makeTree({
      'pyproject.toml': '[tool.testmend]\ntransforms = ["assert-methods", "style"]\n\n[tool.testmend.per-file-ignores]\n"legacy/*.py" = ["assert-methods"]\n',
    });
    const source = 'x=1\nassert_me = 1\n' + NEEDS_FIX.replace('import unittest\n', '');
    const fresh = runCli(['--stdin-filename', 'tests/test_a.py', '-'], dir, {}, source);
    const spaced = source.replace('x=1\n', 'x = 1\n');
    expect(fresh.stdout).toBe(spaced.replace('self.assertTrue(1 == 1)', 'self.assertEqual(1, 1)'));
    const legacy = runCli(['--stdin-filename', 'legacy/test_old.py', '-'], dir, {}, source);
    expect(legacy.stdout).toBe(spaced);
    expect(legacy.stderr).toContain('legacy/test_old.py: changed');
    expect(readdirSync(dir)).toEqual(['pyproject.toml']);
  });

  it('gives a source that does not parse back as it came, and reports it (exit 3)', () => {
    const run = runCli(['-'], makeTree({}), {}, 'def broken(:\n    pass\n');
    expect(run.status).toBe(3);
    expect(run.stdout).toBe('def broken(:\n    pass\n');
    expect(run.stderr).toContain('<stdin>: skipped (syntax error in the input');
  });

  it('keeps the bytes of a latin-1 source', () => {
    const source = Buffer.from('# -*- coding: latin-1 -*-\nclass T(object):\n    def test_a(self):\n        self.assertTrue(u"\u00e9" == x)\n', 'latin1');
    const run = spawnSync(process.execPath, [CLI, '-'], { cwd: makeTree({}), input: source });
    expect(run.status).toBe(0);
    expect(Buffer.compare(run.stdout, Buffer.from(source.toString('latin1').replace('assertTrue(u"\u00e9" == x)', 'assertEqual(u"\u00e9", x)'), 'latin1'))).toBe(0);
  });

  it('runs transforms that learn from the whole run on this one source', () => {
    const source = 'def test_a():\n    first_value = 1\n    second_value = 2\n    thirdValue = 3\n    assert first_value + second_value == thirdValue\n';
    const run = runCli(['-t', 'naming', '--verbose', '-'], makeTree({}), {}, source);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(source.replaceAll('thirdValue', 'third_value'));
    expect(run.stderr).toContain('locals and parameters of the run are mostly snake_case (2 snake_case, 1 mixedCase)');
  });

  it('is a usage error with another path, or with the report on stdout in place of the source', () => {
    const dir = makeTree({ 'test_a.py': NEEDS_FIX });
    const other = runCli(['-', 'test_a.py'], dir, {}, NEEDS_FIX);
    expect([other.status, other.stderr]).toEqual([2, 'testmend: - reads one source from stdin: give no other paths with it\nRun testmend --help for usage.\n']);
    const report = runCli(['--report-file', '-', '-'], dir, {}, NEEDS_FIX);
    expect(report.status).toBe(2);
    expect(report.stderr).toContain('--report-file - would mix the report into the fixed source on stdout');
    expect(readFileSync(path.join(dir, 'test_a.py'), 'utf8')).toBe(NEEDS_FIX);
  });
});
