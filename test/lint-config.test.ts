/** The project's linter and formatter settings, read with real TOML and INI parsers. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFrom, readLintConfig, readTomlSection } from '../src/core/lint-config.js';
import { findNearestFile } from '../src/core/nearby.js';
import { makeTree, runCli } from './helpers.js';

/** The settings for a file of a tree. */
function settingsFor(dir: string, file: string, settings: Record<string, unknown> = {}) {
  return readLintConfig({ nearestFile: (names) => findNearestFile(path.join(dir, file), names), settings });
}

describe('linter settings in pyproject.toml', () => {
  it('keeps reading a multi-line ignore list past a comment holding a bracket', () => {
    const toml = '[tool.pycodestyle]\nignore = [\n  "E1",  # indentation: see [the docs]\n  "E231",  # we align tables\n]\nmax-line-length = 99\n';
    const config = configFrom('pyproject.toml', readTomlSection(toml));
    expect(['E101', 'E231', 'E225'].map(config.checks)).toEqual([false, false, true]);
    expect(config.maxLineLength).toBe(99);
  });

  it('so style leaves alone E231, which the project ignores, end to end', () => {
    const dir = makeTree({
      'pyproject.toml': '[tool.pycodestyle]\nignore = [\n  "E226",  # ] a bracket in a comment\n  "E231",\n]\n',
      'tests/test_a.py': 'x = [1,2]\ny = x [0]\n',
    });
    const run = runCli(['-t', 'style', '.'], dir);
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(dir, 'tests/test_a.py'), 'utf8')).toBe('x = [1,2]\ny = x[0]\n');
  });

  it('reads [tool.flake8] and [tool.ruff] with [tool.ruff.lint]', () => {
    const flake8 = configFrom('pyproject.toml', readTomlSection('[tool.flake8]\nextend-ignore = "E231,E225"\nmax-line-length = 120\n'));
    expect(['E231', 'E225', 'E226', 'W291'].map(flake8.checks)).toEqual([false, false, false, true]);
    expect(flake8.maxLineLength).toBe(120);

    const ruff = configFrom('pyproject.toml', readTomlSection('[tool.ruff]\nline-length = 100\nignore = ["E501"]\n\n[tool.ruff.lint]\nselect = ["E", "W"]\nignore = ["E231"]\n'));
    expect(['E231', 'E225', 'E226', 'W291', 'F401'].map(ruff.checks)).toEqual([false, true, true, true, false]);
    expect(ruff.maxLineLength).toBe(100);

    const legacy = configFrom('pyproject.toml', readTomlSection('[tool.ruff]\nextend-ignore = ["W291"]\n\n[tool.ruff.pycodestyle]\nmax-line-length = 110\n'));
    expect(['W291', 'E225'].map(legacy.checks)).toEqual([false, true]);
    expect(legacy.maxLineLength).toBe(110);
    expect(configFrom('pyproject.toml', readTomlSection('[tool.ruff.lint]\nselect = ["ALL"]\n')).maxLineLength).toBe(88);
  });

  it('combines every linter section of the nearest directory: a code is fixed only if all check it, the shortest line wins', () => {
    const dir = makeTree({
      'setup.cfg': '[flake8]\nmax-line-length = 120\nextend-ignore =\n    # aligned tables\n    E241\n',
      'pyproject.toml': '[tool.ruff]\nline-length = 100\n[tool.ruff.lint]\nextend-select = ["E2"]\nignore = ["W291"]\n',
      'tests/test_a.py': '',
    });
    const config = settingsFor(dir, 'tests/test_a.py');
    expect(config.path).toBe(path.join(dir, 'setup.cfg'));
    expect(['E241', 'W291', 'E225'].map(config.checks)).toEqual([false, false, true]);
    expect(config.maxLineLength).toBe(100);
  });

  it("reads Twisted's setup.cfg: a comment after a code, comment lines inside the list", () => {
    const dir = makeTree({
      'setup.cfg': '[flake8]\ndisable-noqa = True\nmax-line-length = 182\nextend-ignore =\n   E203,  # whitespace before : is not PEP8 compliant (& conflicts with black)\n\nper-file-ignores =\n    src/twisted/*:\n        # block comment should start with \'# \'\n        E265,\n',
      'src/twisted/test/test_a.py': '',
    });
    const config = settingsFor(dir, 'src/twisted/test/test_a.py');
    expect([config.checks('E203'), config.checks('E265'), config.checks('E225'), config.checks('E226')]).toEqual([false, true, true, false]);
    expect(config.maxLineLength).toBe(182);
  });

  it('names the file and line of a pyproject.toml that is not TOML', () => {
    const dir = makeTree({ 'pyproject.toml': '[tool.pycodestyle]\nignore = ["E1"\n', 'test_a.py': '' });
    expect(() => settingsFor(dir, 'test_a.py')).toThrow(`${path.join(dir, 'pyproject.toml')}:3: not valid TOML`);
  });
});

describe('formatter settings', () => {
  it("takes black's line length, and leaves E203 to it", () => {
    const dir = makeTree({ 'pyproject.toml': '[tool.black]\nline-length = 100\n', 'setup.cfg': '[flake8]\nmax-line-length = 120\n', 'test_a.py': '' });
    const config = settingsFor(dir, 'test_a.py');
    expect(config.formatter).toEqual({ name: 'black', lineLength: 100, config: path.join(dir, 'pyproject.toml') });
    expect(config.maxLineLength).toBe(100);
    expect([config.checks('E203'), config.checks('E231')]).toEqual([false, true]);
  });

  it("uses 88 when black runs on its defaults, and Ruff's line-length for ruff format", () => {
    expect(settingsFor(makeTree({ 'pyproject.toml': '[tool.black]\n', 'test_a.py': '' }), 'test_a.py').maxLineLength).toBe(88);
    const ruff = settingsFor(makeTree({ 'pyproject.toml': '[tool.ruff]\nline-length = 95\n[tool.ruff.format]\nquote-style = "single"\n', 'test_a.py': '' }), 'test_a.py');
    expect([ruff.formatter?.name, ruff.maxLineLength]).toEqual(['ruff', 95]);
  });

  it('follows the formatter setting: a named formatter needs no section; none still leaves the layout to the one configured', () => {
    const plain = makeTree({ 'test_a.py': '' });
    expect(settingsFor(plain, 'test_a.py').formatter).toBeNull();
    expect(settingsFor(plain, 'test_a.py', { formatter: 'black' }).formatter).toEqual({ name: 'black', lineLength: 88, config: null });
    expect(settingsFor(plain, 'test_a.py', { formatter: 'none' }).checks('E203')).toBe(true);
    const black = makeTree({ 'pyproject.toml': '[tool.black]\n', 'test_a.py': '' });
    expect(settingsFor(black, 'test_a.py', { formatter: 'none' }).formatter?.name).toBe('black');
    expect(settingsFor(black, 'test_a.py', { formatter: 'none' }).checks('E203')).toBe(false);
  });

  it("keeps black's spacing of a slice's colon when style runs", () => {
    const dir = makeTree({ 'pyproject.toml': '[tool.black]\n', 'tests/test_a.py': 'def f(buf, p):\n    n=1\n    return buf[len(p) :], n\n' });
    const run = runCli(['-t', 'style', '--formatter', 'none', '.'], dir);
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(dir, 'tests/test_a.py'), 'utf8')).toBe('def f(buf, p):\n    n = 1\n    return buf[len(p) :], n\n');
  });
});
