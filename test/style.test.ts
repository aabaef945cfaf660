/**
 * style: every fixture keeps its AST (checked by CPython), pycodestyle finds
 * none of the fixed codes in the outputs, and the project's configuration
 * decides what is fixed.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { transformSource } from '../src/core/engine.js';
import { findNearestFile } from '../src/core/nearby.js';
import { configFrom, readIniSections, readTomlSection, readLintConfig } from '../src/core/lint-config.js';
import style from '../transforms/style/index.js';
import { FIXTURES, fixtureCases, fixtureCasesIn, makeTree, passingTests, ROOT, runCli, runPython } from './helpers.js';

const STYLE_CASES = fixtureCases().filter((c) => c.transform === 'style');
const CONTINUATION = path.join(FIXTURES, 'style', 'continuation');
const CONTINUATION_CASES = fixtureCasesIn(CONTINUATION);

/** The codes style fixes by default; continuation lines add E12x. */
const FIXED = [
  'E101', 'E111', 'E114', 'E115', 'E116', 'E117', 'W191',
  'E201', 'E202', 'E203', 'E211', 'E221', 'E222', 'E223', 'E224', 'E225', 'E226', 'E227', 'E228', 'E231', 'E241', 'E242', 'E251',
  'E261', 'E262', 'E265', 'E266', 'E301', 'E302', 'E303', 'E304', 'E305', 'E306', 'W291', 'W293', 'W391', 'W292',
];
/** E129 (a visual indent that lines up with the block) has no whitespace-only fix that pycodestyle accepts; it is left alone. */
const CONTINUATION_CODES = ['E121', 'E122', 'E124', 'E125', 'E126', 'E127', 'E128', 'E131'];

/**
 * What the outputs keep on purpose: in `left-alone`, a PEP 8 slice (3), a fix
 * that would pass the line length (5), `#!` (6) and lines marked `# noqa`
 * (4, 9), which flake8 honours and pycodestyle does not.
 */
const KEPT: Readonly<Record<string, string[]>> = {
  'left-alone': ['3:E203', '4:E231', '5:E225', '6:E265', '9:E231'],
  // Modules that read their own line numbers, or the text of their lines in tracebacks.
  'behaviour-own-line-numbers': ['3:E302', '6:E302', '11:E301'],
  'behaviour-traceback-text': ['7:E225', '7:E261'],
};

const AST_SCRIPT = `
import ast, sys
names = sys.argv[1:]
for before, after in zip(names[0::2], names[1::2]):
    same = ast.dump(ast.parse(open(before, 'rb').read())) == ast.dump(ast.parse(open(after, 'rb').read()))
    print(('same ' if same else 'DIFFERENT ') + before)
`;

/**
 * Runs pycodestyle with its defaults and prints line:code for each report,
 * leaving out what lies inside multi-line strings (their text is not style's
 * to change).
 */
const PYCODESTYLE_SCRIPT = `
import io, sys, tokenize, pycodestyle
found = {}
class Collect(pycodestyle.BaseReport):
    def error(self, line_number, offset, text, check):
        code = super().error(line_number, offset, text, check)
        if code:
            found.setdefault(self.filename, []).append((line_number, code))
        return code
guide = pycodestyle.StyleGuide(quiet=True, reporter=Collect, config_file=False)
for name in sys.argv[1:]:
    source = open(name, 'rb').read()
    ends_in_string, starts_in_string = set(), set()
    for token in tokenize.tokenize(io.BytesIO(source).readline):
        if token.type == tokenize.STRING and token.start[0] != token.end[0]:
            ends_in_string.update(range(token.start[0], token.end[0]))
            starts_in_string.update(range(token.start[0] + 1, token.end[0] + 1))
    guide.check_files([name])
    # pycodestyle takes the file's indent character from the first indented
    # line, or from the line it last reported as E101, even inside a string,
    # and then reports the lines that differ from it.
    indented = [n for n, text in enumerate(source.decode('utf-8-sig').splitlines(), 1) if text[:1] in (' ', '\\t')]
    cascade = bool(indented) and indented[0] in starts_in_string
    for line, code in found.get(name, []):
        if code in ('W291', 'W293') and line in ends_in_string:
            continue
        if (code in ('W191', 'E101') or code.startswith('E11')) and line in starts_in_string:
            cascade = cascade or code == 'E101'
            continue
        if code == 'E101' and cascade:
            continue
        print(name, '%d:%s' % (line, code))
    print(name, 'checked')
`;

/** A python3 that can import pycodestyle (Debian's python3-pycodestyle lives in the system interpreter), or null. */
function pythonWithPycodestyle(): string | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    const run = spawnSync(python, ['-c', 'import pycodestyle'], { encoding: 'utf8' });
    if (run.status === 0) return python;
  }
  return null;
}

describe('style fixtures keep the AST', () => {
  it('has the same ast.dump before and after, for every pair', () => {
    const pairs = [...STYLE_CASES, ...CONTINUATION_CASES].flatMap((c) => [c.input, c.output]);
    const run = runPython(['-c', AST_SCRIPT, ...pairs], process.cwd());
    expect(run.stderr).toBe('');
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(pairs.length / 2);
    expect(lines.filter((line) => !line.startsWith('same '))).toEqual([]);
  });
});

const pycodestyle = pythonWithPycodestyle();
if (pycodestyle === null) {
  console.warn('pycodestyle is not installed (apt-get install python3-pycodestyle): the pycodestyle checks of style are skipped');
}

describe.skipIf(pycodestyle === null)('pycodestyle on the style outputs (skipped where python3-pycodestyle is absent)', () => {
  const report = (files: readonly string[], codes: readonly string[]) => {
    const run = spawnSync(pycodestyle!, ['-c', PYCODESTYLE_SCRIPT, ...files], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const byFile = new Map<string, string[]>(files.map((file) => [file, []]));
    for (const line of run.stdout.trim().split('\n')) {
      const [file, entry] = line.split(' ');
      if (entry !== 'checked' && codes.includes(entry.split(':')[1])) byFile.get(file)!.push(entry);
    }
    expect(run.stdout.split('\n').filter((line) => line.endsWith(' checked'))).toHaveLength(files.length);
    return byFile;
  };

  it('finds none of the fixed codes, except where a fixture keeps them on purpose', () => {
    const found = report(STYLE_CASES.map((c) => c.output), FIXED);
    for (const c of STYLE_CASES) expect([c.name, found.get(c.output)]).toEqual([c.name, KEPT[c.name] ?? []]);
  });

  it('finds none of the continuation-line codes either with --style-continuation', () => {
    const found = report(CONTINUATION_CASES.map((c) => c.output), [...FIXED, ...CONTINUATION_CODES]);
    for (const c of CONTINUATION_CASES) expect([c.name, found.get(c.output)]).toEqual([c.name, []]);
  });

  it('found the faults in the inputs to begin with', () => {
    const found = report(STYLE_CASES.map((c) => c.input), FIXED);
    for (const c of STYLE_CASES) expect([c.name, found.get(c.input)!.length > 0]).toEqual([c.name, true]);
  });
});

describe('style --style-continuation fixtures', () => {
  it.each(CONTINUATION_CASES.map((c) => [c.name, c] as const))('%s: turns the input into the output, and leaves the output alone', (_, c) => {
    const options = { transforms: [style], unsafe: false, settings: { 'style-continuation': true } };
    const output = transformSource(path.basename(c.input), readFileSync(c.input, 'utf8'), options).output;
    expect(output).toBe(readFileSync(c.output, 'utf8'));
    expect(transformSource(path.basename(c.output), output, options)).toMatchObject({ status: 'unchanged' });
  });

  it('leaves continuation lines alone without the option', () => {
    for (const c of CONTINUATION_CASES) {
      const input = readFileSync(c.input, 'utf8');
      expect(transformSource('x.py', input, { transforms: [style], unsafe: false }).output).toBe(input);
    }
  });
});

describe('pycodestyle configuration', () => {
  it('reads ignore, select and max-line-length from INI sections, with continuation lines', () => {
    const [options] = readIniSections('[metadata]\nname = x\n\n[flake8]\n# comment\nignore = E121,E122,\n    E251 ,W504\nmax-line-length = 99\n');
    const config = configFrom('tox.ini', [options]);
    expect(config.maxLineLength).toBe(99);
    expect(['E121', 'E251', 'W504'].map(config.checks)).toEqual([false, false, false]);
    expect(['E226', 'E241', 'E225'].map(config.checks)).toEqual([true, true, true]);
  });

  it('keeps pycodestyle\'s default ignore list when the project sets none', () => {
    const config = configFrom(null, [{}]);
    expect(['E226', 'E241', 'E242', 'E121', 'E225'].map(config.checks)).toEqual([false, false, false, false, true]);
    expect(config.maxLineLength).toBe(79);
  });

  it('lets the longer of a selected and an ignored prefix win, and extend-ignore add to the defaults', () => {
    const [options] = readIniSections('[pycodestyle]\nselect = E,W,E226\nextend-ignore = E2\n');
    const config = configFrom('setup.cfg', [options]);
    expect(['E226', 'E225', 'E101', 'W291'].map(config.checks)).toEqual([true, false, true, true]);
  });

  it('reads [tool.pycodestyle] from pyproject.toml', () => {
    const sections = readTomlSection('[project]\nname = "x"\n\n[tool.pycodestyle]\nmax_line_length = 120\nignore = [\n  "E3",\n  "W291",\n]\n\n[tool.other]\nignore = "E1"\n');
    const config = configFrom('pyproject.toml', sections);
    expect(config.maxLineLength).toBe(120);
    expect(['E302', 'W291', 'E111', 'E226'].map(config.checks)).toEqual([false, false, true, true]);
  });

  it('takes the closest file that has a section, passing over one without', () => {
    const dir = makeTree({
      'tox.ini': '[flake8]\nignore = E225\n',
      'pkg/setup.cfg': '[metadata]\nname = x\n',
      'pkg/tests/.flake8': '[flake8]\nignore = E231\n',
      'pkg/tests/test_a.py': '',
      'pkg/test_b.py': '',
    });
    const near = readLintConfig({ nearestFile: (names) => findNearestFile(path.join(dir, 'pkg/tests/test_a.py'), names) });
    expect(near.path).toBe(path.join(dir, 'pkg/tests/.flake8'));
    expect([near.checks('E231'), near.checks('E225')]).toEqual([false, true]);
    const far = readLintConfig({ nearestFile: (names) => findNearestFile(path.join(dir, 'pkg/test_b.py'), names) });
    expect(far.path).toBe(path.join(dir, 'tox.ini'));
  });

  it('never fixes what nova ignores, end to end', () => {
    const tox = '[flake8]\nshow-source = True\nignore = E121,E122,E123,E124,E125,E126,E127,E128,E129,E131,E251,H405,W504\n';
    const source = 'def f(a, b = 1):\n    return a+b\n';
    const dir = makeTree({ 'tox.ini': tox, 'nova/tests/test_x.py': source });
    const run = runCli(['--dry', '-t', 'style', '--report', 'json', '--report-file', '-', 'nova'], dir);
    expect(run.stdout).toContain('+    return a + b');
    expect(run.stdout).not.toContain('b=1');
  });
});

describe('style edge cases', () => {
  const fix = (source: string) => transformSource('snippet.py', source, { transforms: [style], unsafe: false });

  it('keeps the trailing whitespace and tabs of lines inside multi-line strings and f-strings', () => {
    const source = 'def f():\n\tx = """a  \n\tb\t\n"""\n\ty = f"""{x}  \n\t"""\n\treturn x, y\n';
    expect(fix(source).output).toBe('def f():\n    x = """a  \n\tb\t\n"""\n    y = f"""{x}  \n\t"""\n    return x, y\n');
  });

  it('leaves alone a file whose blocks depend on the tab size, which CPython refuses', () => {
    const outcome = fix('if True:\n        x = 1\n\ty = 2\n');
    expect(outcome.output).toBe('if True:\n        x = 1\n\ty = 2\n');
    expect([outcome.status, outcome.reason]).toEqual(['skipped', 'syntax error in the input at line 3: inconsistent use of tabs and spaces in indentation']);
  });

  it('reports one finding per line, naming every code fixed there', () => {
    const outcome = fix('x=foo( a,b )   \n');
    expect(outcome.output).toBe('x = foo(a, b)\n');
    expect(outcome.findings).toHaveLength(1);
    expect(outcome.findings[0].message).toMatch(/^E201 .*; E202 .*; E225 .*; E231 .*; W291 /);
  });

  it('leaves lines marked # noqa alone', () => {
    expect(fix('x=1  # noqa\ny=2\n').output).toBe('x=1  # noqa\ny = 2\n');
  });
});

describe('style on examples/', () => {
  it('has work to do, keeps the AST, and the module passes before and after with the same tests', () => {
    const example = path.join(ROOT, 'examples', 'test_server_actions.py');
    const source = readFileSync(example, 'utf8');
    const outcome = transformSource('test_server_actions.py', source, { transforms: [style], unsafe: false });
    expect(outcome.status).toBe('changed');
    const dir = makeTree({ 'before_style.py': source, 'after_style.py': outcome.output });
    const ast = runPython(['-c', AST_SCRIPT, 'before_style.py', 'after_style.py'], dir);
    expect(ast.stdout.trim()).toBe('same before_style.py');
    expect(passingTests(dir, ['after_style'])).toBe(passingTests(dir, ['before_style']));
  });
});

describe('style and modules whose line numbers are read', () => {
  // test_inspect's fodder modules: the tests compare inspect.getsource and frame line numbers with fixed lines.
  const fodder = ['# line 1', 'import inspect', 'def spam():', '    return inspect.currentframe()', 'class Egg:', '    def lay(self):', '        pass', ''].join('\n');
  const test = [
    'import inspect',
    'import unittest',
    'from pkg import fodder',
    '',
    '',
    'class TestPositions(unittest.TestCase):',
    '    def test_spam_line(self):',
    '        self.assertEqual(inspect.getsourcelines(fodder.spam)[1], 3)',
    '        self.assertEqual(fodder.spam().f_lineno, 4)',
    '',
    '    def test_egg_lines(self):',
    '        self.assertEqual(inspect.getsourcelines(fodder.Egg)[1], 5)',
    '',
  ].join('\n');

  it('adds no blank line to a module without tests that a test module reads by line number, and says why', () => {
    const dir = makeTree({ 'pkg/__init__.py': '', 'pkg/fodder.py': fodder.replace('# line 1', '# the fodder'), 'test_positions.py': test });
    const run = runCli(['-t', 'style', '--all-files', '.'], dir);
    expect(readFileSync(path.join(dir, 'pkg/fodder.py'), 'utf8')).toBe(fodder.replace('# line 1', '# the fodder'));
    expect(run.stderr).toContain('the module keeps its line numbers: test_positions.py imports this module and reads source by line number');
    expect(passingTests(dir, ['test_positions'])).toBe(2);
  });

  it('adds no blank line to a module whose comments name their own line numbers', () => {
    const outcome = transformSource('fodder.py', fodder, { transforms: [style], unsafe: false });
    expect(outcome.output).toBe(fodder);
    expect(outcome.findings.map((f) => f.reason)).toContain('the module keeps its line numbers: its comments name their own line numbers (# line 1 on line 1)');
  });

  it('still fixes spacing there, which keeps the lines where they are', () => {
    const outcome = transformSource('fodder.py', fodder.replace('def lay(self):', 'def lay( self ):'), { transforms: [style], unsafe: false });
    expect(outcome.output).toBe(fodder);
  });
});
