/** Choosing codes: --select, --extend-select and --ignore, with -t and --skip, resolved as Ruff resolves rules. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codesOf } from '../src/core/codes.js';
import { checkSelection, defaultCodes, resolveSelection, SelectorError } from '../src/core/selection.js';
import { makeTree, runCli } from './helpers.js';

const codes = (owner: string) => codesOf(owner).map((entry) => entry.code);
const sorted = (set: Iterable<string>) => [...set].sort();

describe('resolving a selection', () => {
  it('runs the codes of the default transforms, and the codes of testmend itself but TM001, when nothing is selected', () => {
    expect(sorted(defaultCodes())).toEqual(sorted(['TM002', 'TM010', ...codes('assert-methods'), ...codes('sleep-to-wait')]));
    expect(sorted(resolveSelection({}))).toEqual(sorted(defaultCodes()));
  });

  it('replaces the default set with --select, adds with --extend-select and takes away with --ignore', () => {
    expect(sorted(resolveSelection({ select: ['TM110'] }))).toEqual(['TM110']);
    expect(sorted(resolveSelection({ select: ['TM11'] }))).toEqual(['TM110', 'TM111']);
    expect(resolveSelection({ extendSelect: ['style'] })).toEqual(new Set([...defaultCodes(), ...codes('style')]));
    expect(resolveSelection({ ignore: ['TM105'] })).toEqual(new Set(defaultCodes().filter((code) => code !== 'TM105')));
    expect(sorted(resolveSelection({ select: ['ALL'] }))).toEqual(sorted(['testmend', 'suggested-change', 'assert-methods', 'rename', 'naming', 'docstrings', 'style', 'extract-helpers', 'split-tests', 'sleep-to-wait'].flatMap(codes)));
    expect(sorted(resolveSelection({ select: ['TM0'] }))).toEqual(['TM001', 'TM002', 'TM010']);
  });

  it('lets the more specific selector win, and --ignore at the same specificity', () => {
    const narrowed = resolveSelection({ extendSelect: ['TM110'], ignore: ['TM1'] });
    expect(narrowed.has('TM110')).toBe(true);
    expect(narrowed.has('TM101')).toBe(false);
    const widened = resolveSelection({ select: ['assert-methods'], ignore: ['TM105'] });
    expect(sorted(widened)).toEqual(codes('assert-methods').filter((code) => code !== 'TM105'));
    expect(resolveSelection({ select: ['TM110'], ignore: ['TM110'] }).size).toBe(0);
    expect(resolveSelection({ select: ['TM1'], ignore: ['assert-methods'] }).size).toBe(0);
    expect(sorted(resolveSelection({ select: ['TM801'], ignore: ['sleep-to-wait'] }))).toEqual(['TM801']);
  });

  it('names the nearest valid selector for an unknown one, and the option it was given to', () => {
    const error = (selection: Parameters<typeof checkSelection>[0]) => {
      try {
        checkSelection(selection);
      } catch (caught) {
        return caught as SelectorError;
      }
      throw new Error('no error');
    };
    expect(error({ ignore: ['TM1100'] })).toMatchObject({ selector: 'TM1100', where: '--ignore', nearest: 'TM110' });
    expect(error({ select: ['tm110'] }).nearest).toBe('TM110');
    expect(error({ extendSelect: ['TM9'] }).message).toMatch(/^unknown code, prefix or transform 'TM9' in --extend-select; did you mean TM\d?\?$/);
    expect(error({ select: ['asert-methods'] }).nearest).toBe('assert-methods');
    expect(error({ select: ['something-else-entirely'] }).message).toContain('a code looks like TM110 (testmend explain TM lists them), a transform is one of assert-methods, rename');
  });
});

const SOURCE = 'import unittest\n\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.assertEquals(1, 1)\n        self.assertTrue(1 == 1)\n        self.assertEqual(flag, True)\n';

describe('choosing codes on the command line', () => {
  it('--ignore leaves one kind of finding out of the report and the fixes', () => {
    const dir = makeTree({ 'test_a.py': SOURCE });
    const run = runCli(['--ignore', 'TM105', '--verbose', '.'], dir);
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(dir, 'test_a.py'), 'utf8')).toBe(SOURCE.replace('assertEquals(1, 1)', 'assertEqual(1, 1)').replace('assertTrue(1 == 1)', 'assertEqual(1, 1)'));
    expect(run.stderr).toMatch(/TM110 applied/);
    expect(run.stderr).toMatch(/TM101 applied/);
    expect(run.stderr).not.toContain('TM105');
  });

  it('--select runs only the codes it names, and -t names add to it', () => {
    const dir = makeTree({ 'test_a.py': SOURCE });
    const run = runCli(['--dry', '--select', 'TM110', '--report', 'json', '.'], dir);
    const findings = JSON.parse(run.stderr).files[0].findings.map((f: { code: string }) => f.code);
    expect(findings).toEqual(['TM110']);
    expect(run.stdout).toContain('+        self.assertEqual(1, 1)\n         self.assertTrue(1 == 1)\n');
    const both = JSON.parse(runCli(['--dry', '-t', 'style', '--select', 'TM110', '--report', 'json', '.'], dir).stderr);
    expect(both.transforms.map((t: { name: string }) => t.name)).toEqual(['assert-methods', 'style']);
  });

  it('--extend-select adds a transform to the default set', () => {
    const dir = makeTree({ 'test_a.py': SOURCE.replace('self.assertTrue(1 == 1)', 'self.assertTrue(1 == 1)   ') });
    const run = runCli(['--dry', '--extend-select', 'TM502', '--report', 'json', '.'], dir);
    const found = JSON.parse(run.stderr).files[0].findings.map((f: { code: string }) => f.code);
    expect(found).toEqual(['TM110', 'TM101', 'TM502', 'TM105']);
  });

  it('lets a transform skip what the selection drops: a polling loop left out does not hide the bare sleep after it', () => {
    const source = [
      'import time',
      'import unittest',
      '',
      '',
      'class T(unittest.TestCase):',
      '    def test_poll(self):',
      '        for _ in range(10):',
      "            if self.api.status() == 'ACTIVE':",
      '                break',
      '            time.sleep(1)',
      '        else:',
      "            self.fail('never active')",
      '',
      '    def test_bare(self):',
      '        self.api.boot()',
      '        time.sleep(0.05)',
      "        self.assertEqual('ACTIVE', self.api.status())",
      '',
    ].join('\n');
    const run = runCli(['--dry', '--unsafe', '--select', 'TM802', '--report', 'json', '.'], makeTree({ 'test_sleep.py': source }));
    expect(JSON.parse(run.stderr).files[0].findings.map((f: { code: string; status: string }) => `${f.code} ${f.status}`)).toEqual(['TM802 applied']);
    expect(run.stdout).toContain('-        time.sleep(0.05)\n+        wait_until(');
    expect(run.stdout).toContain('         for _ in range(10):\n');
  });

  it('narrows the codes of the transforms a review plans', () => {
    const dir = makeTree({ 'test_a.py': SOURCE, 'review.txt': '1. Use the precise assertion: assertTrue(a == b) hides the values.\n' });
    const run = runCli(['--dry', '--from-review', 'review.txt', '--ignore', 'TM110', '--report', 'json', '.'], dir);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stderr);
    expect(report.suggestions[0].findings.map((f: { code: string }) => f.code)).toEqual(['TM101', 'TM105']);
    expect(run.stdout).toContain('-        self.assertTrue(1 == 1)\n');
    expect(run.stdout).not.toContain('-        self.assertEquals(1, 1)\n');
  });

  it('treats an unknown selector as a usage error naming the nearest valid one, before anything is written', () => {
    const dir = makeTree({ 'test_a.py': SOURCE });
    const run = runCli(['--ignore', 'TM1100', '.'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("testmend: unknown code, prefix or transform 'TM1100' in --ignore; did you mean TM110?");
    expect(readFileSync(path.join(dir, 'test_a.py'), 'utf8')).toBe(SOURCE);
    expect(runCli(['--select', 'assert-method', '.'], dir).stderr).toContain("'assert-method' in --select; did you mean assert-methods?");
  });

  it('reads select, ignore and per-file-ignores from a configuration, codes included', () => {
    const dir = makeTree({
      'pyproject.toml': '[tool.testmend]\nignore = ["TM105"]\n\n[tool.testmend.per-file-ignores]\n"tests/legacy/*.py" = ["TM110"]\n',
      'tests/test_a.py': SOURCE,
      'tests/legacy/test_old.py': SOURCE,
    });
    const report = JSON.parse(runCli(['--dry', '--report', 'json', 'tests'], dir).stderr);
    const codesOf = (file: string) => report.files.find((f: { path: string }) => f.path === file).findings.map((f: { code: string }) => f.code);
    expect(codesOf('tests/test_a.py')).toEqual(['TM110', 'TM101']);
    expect(codesOf('tests/legacy/test_old.py')).toEqual(['TM101']);
    const bad = runCli(['--dry', '.'], makeTree({ 'pyproject.toml': '[tool.testmend]\nselect = ["TM1100"]\n', 'test_a.py': SOURCE }));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('pyproject.toml');
    expect(bad.stderr).toContain('did you mean TM110?');
  });

  it('takes each file\'s selection from its nearest configuration: select, extend-select and ignore in setup.cfg and tox.ini, per-file-ignores by prefix and transform name', () => {
    const dir = makeTree({
      'pyproject.toml': '[tool.testmend]\nselect = ["TM110"]\n',
      'test_root.py': SOURCE,
      'legacy/setup.cfg': '[testmend]\nextend-select = TM001\nignore =\n    TM105  # looser\nper-file-ignores =\n    old/*.py: TM11, assert-methods\n',
      'legacy/test_kept.py': SOURCE.replace('assertTrue(1 == 1)', 'assertTrue(1 == 1)  # testmend: ignore[TM101]'),
      'legacy/old/test_old.py': SOURCE,
      'plugin/tox.ini': '[testmend]\nselect = TM1\n',
      'plugin/test_plugin.py': SOURCE,
    });
    const report = JSON.parse(runCli(['--dry', '--report', 'json', '--unsafe', '.'], dir).stderr);
    const codesOf = (file: string) => report.files.find((f: { path: string }) => f.path === file)?.findings.map((f: { code: string; status: string }) => `${f.code} ${f.status}`);
    expect(codesOf('test_root.py')).toEqual(['TM110 applied']);
    expect(codesOf('legacy/test_kept.py')).toEqual(['TM110 applied', 'TM101 suppressed']);
    expect(codesOf('legacy/old/test_old.py')).toEqual([]);
    expect(codesOf('plugin/test_plugin.py')).toEqual(['TM110 applied', 'TM101 applied', 'TM105 applied']);
    const replaced = JSON.parse(runCli(['--dry', '--report', 'json', '--select', 'TM101', 'test_root.py'], dir).stderr);
    expect(replaced.files[0].findings.map((f: { code: string }) => f.code)).toEqual(['TM101']);
  });

  it('applies the command line\'s selection after the configuration\'s, as Ruff does: --select starts over, --extend-select and --ignore add', () => {
    const dir = makeTree({ 'pyproject.toml': '[tool.testmend]\nselect = ["TM1"]\nignore = ["TM105"]\n', 'test_a.py': SOURCE });
    const codesWith = (...args: string[]) => JSON.parse(runCli(['--dry', '--unsafe', '--report', 'json', ...args, 'test_a.py'], dir).stderr).files[0].findings.map((f: { code: string }) => f.code);
    expect(codesWith()).toEqual(['TM110', 'TM101']);
    expect(codesWith('--ignore', 'TM110')).toEqual(['TM101']);
    expect(codesWith('--extend-select', 'TM105')).toEqual(['TM110', 'TM101', 'TM105']);
    expect(codesWith('--select', 'TM105')).toEqual(['TM105']);
    expect(codesWith('--isolated', '--ignore', 'TM110')).toEqual(['TM101', 'TM105']);
    const shown = runCli(['--show-settings', '--ignore', 'TM110', 'test_a.py'], dir).stdout;
    expect(shown).toMatch(/\n {2}ignore = \["TM110"\] +# command line, after \["TM105"\] from pyproject.toml \[tool.testmend\]\n/);
    expect(shown).toContain('  codes that run: TM101-TM104, TM106-TM107, TM111\n');
  });

  it('shows the codes that run on a file with --show-settings, and where each selection key comes from', () => {
    const dir = makeTree({
      'pyproject.toml': '[tool.testmend]\nselect = ["assert-methods"]\nignore = ["TM105"]\n\n[tool.testmend.per-file-ignores]\n"tests/old_*.py" = ["TM11"]\n',
      'tests/test_a.py': SOURCE,
      'tests/old_a.py': SOURCE,
    });
    const shown = runCli(['--show-settings', '--extend-select', 'TM001', 'tests/test_a.py', 'tests/old_a.py'], dir).stdout;
    expect(shown).toContain('Settings for tests/test_a.py\n  configuration: pyproject.toml [tool.testmend]\n  transforms that run: assert-methods\n  codes that run: TM001, TM101-TM104, TM106-TM111\n');
    expect(shown).toContain('  transforms that run: assert-methods (per-file-ignores leave out TM11)\n  codes that run: TM001, TM101-TM104, TM106-TM107\n');
    expect(shown).toMatch(/\n {2}select = \["assert-methods"\] +# pyproject.toml \[tool.testmend\]\n {2}extend-select = \["TM001"\] +# command line\n {2}ignore = \["TM105"\] +# pyproject.toml \[tool.testmend\]\n/);
  });

  it.each([
    ['pyproject.toml', '[tool.testmend]\nextend-select = ["TM1O1"]\n', "pyproject.toml [tool.testmend]: 'extend-select': unknown code, prefix or transform 'TM1O1'; did you mean TM101?"],
    ['setup.cfg', '[testmend]\n\nignore = sleep-to-wiat\n', "setup.cfg:3 [testmend]: 'ignore': unknown code, prefix or transform 'sleep-to-wiat'; did you mean sleep-to-wait?"],
    ['tox.ini', '[testmend]\nper-file-ignores =\n    tests/*.py: TM110, TM9\n', "tox.ini:2 [testmend]: 'per-file-ignores' for 'tests/*.py': unknown code, prefix or transform 'TM9'; did you mean TM?"],
  ])('refuses an unknown code in %s before anything is written, naming the file, the key and the nearest valid value', (file, text, message) => {
    const dir = makeTree({ [file]: text, 'tests/test_a.py': SOURCE });
    const run = runCli(['.'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`testmend: ${message}\n`);
    expect(readFileSync(path.join(dir, 'tests/test_a.py'), 'utf8')).toBe(SOURCE);
  });

  it('stops with a usage error when the selection leaves nothing to run', () => {
    const run = runCli(['--ignore', 'ALL', '.'], makeTree({ 'test_a.py': SOURCE }));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no transforms left to run');
  });
});
