/**
 * Test modules that read their own source positions (frame and code line
 * numbers, rendered tracebacks, the function a record was logged from,
 * reference counts), and the fixes style, docstrings and extract-helpers
 * leave alone there.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../src/core/context.js';
import { transformSource } from '../src/core/engine.js';
import { parsePython } from '../src/python/parse.js';
import { decodeSource } from '../src/python/source.js';
import { positionFactsText, readSourcePositions, type PositionFacts } from '../src/testing/source-positions.js';
import docstrings from '../transforms/docstrings/index.js';
import extractHelpers from '../transforms/extract-helpers/index.js';
import style from '../transforms/style/index.js';
import { FIXTURES, makeTree, passingTests, runCli } from './helpers.js';

const lineReader = [
  'import unittest',
  'def traced():',
  '    return 1',
  'class LinesTest(unittest.TestCase):',
  '    def test_first_line(self):',
  '        self.assertEqual(traced.__code__.co_firstlineno, 2)',
  '',
].join('\n');

describe('style in a module that reads its own line numbers', () => {
  it('adds no blank line, naming what the module reads and where', () => {
    const outcome = transformSource('test_lines.py', lineReader, { transforms: [style], unsafe: false });
    expect(outcome.output).toBe(lineReader);
    expect(outcome.findings.filter((f) => f.code === 'TM503').map((f) => f.reason)).toEqual([
      'the module keeps its line numbers: the module reads its own line numbers (co_firstlineno on line 6)',
      'the module keeps its line numbers: the module reads its own line numbers (co_firstlineno on line 6)',
    ]);
  });

  it('still fixes spacing, which keeps the lines where they are', () => {
    const outcome = transformSource('test_lines.py', lineReader.replace('co_firstlineno, 2)', 'co_firstlineno,2)'), { transforms: [style], unsafe: false });
    expect(outcome.output).toBe(lineReader);
  });

  it('does not count a name that only a comment mentions', () => {
    const commented = lineReader.replace("        self.assertEqual(traced.__code__.co_firstlineno, 2)", '        self.assertEqual(traced(), 1)  # not co_firstlineno');
    const outcome = transformSource('test_lines.py', commented, { transforms: [style], unsafe: false });
    expect(outcome.output).toContain('\n\n\ndef traced():');
  });
});

describe('style in a module that renders tracebacks of its own code', () => {
  const source = [
    'import traceback',
    'import unittest',
    '',
    '',
    'def divide():',
    '    return 1/ 0 # Marker',
    '',
    '',
    'class TracebackTest(unittest.TestCase):',
    '    def test_marker(self):',
    '        try:',
    '            divide()',
    '        except ZeroDivisionError:',
    '            self.assertIn("1/ 0 # Marker", traceback.format_exc())',
    '',
  ].join('\n');

  it('keeps the spacing of its lines, which the traceback shows', () => {
    const outcome = transformSource('test_tb.py', source, { transforms: [style], unsafe: false });
    expect(outcome.output).toBe(source);
    expect(outcome.findings.filter((f) => f.code === 'TM502').map((f) => f.reason)).toEqual([
      'the module keeps its lines as written: the module reads the text of its own lines (format_exc on line 14)',
    ]);
  });
});

describe('a module whose file name and line numbers another module quotes', () => {
  // As test_profile quotes profilee.py: the expected profiler output names the functions by file and line.
  // Its testfunc looks like a pytest test, so docstrings would make its comment a docstring, one line shorter.
  const fodder = ['import time', 'def spam():', '    return time.perf_counter()', 'def testfunc():', '    # Calls spam twice:', '    # the profile counts both.', '    return spam() + spam()', ''].join('\n');
  const test = [
    'import cProfile',
    'import io',
    'import pstats',
    'import unittest',
    'from pkg import fodder',
    '',
    '',
    'class ProfileTest(unittest.TestCase):',
    '    def test_output(self):',
    '        profile = cProfile.Profile()',
    '        profile.runcall(fodder.testfunc)',
    '        out = io.StringIO()',
    '        pstats.Stats(profile, stream=out).print_stats()',
    "        self.assertIn('fodder.py:2(spam)', out.getvalue())",
    "        self.assertIn('fodder.py:4(testfunc)', out.getvalue())",
    '',
  ].join('\n');

  it('keeps its line numbers under style and docstrings, says why, and the tests still pass', () => {
    const dir = makeTree({ 'pkg/__init__.py': '', 'pkg/fodder.py': fodder, 'test_profiled.py': test });
    expect(passingTests(dir, ['test_profiled'])).toBe(1);
    const run = runCli(['-t', 'style,docstrings', '--all-files', '.'], dir);
    expect(readFileSync(path.join(dir, 'pkg/fodder.py'), 'utf8')).toBe(fodder);
    expect(run.stderr).toContain('the module keeps its line numbers: test_profiled.py quotes fodder.py with line numbers');
    expect(passingTests(dir, ['test_profiled'])).toBe(1);
  });
});

describe('docstrings in a module that reads its own line numbers', () => {
  const source = [
    'import sys',
    'import unittest',
    '',
    '',
    'class FrameTest(unittest.TestCase):',
    '    def test_offsets(self):',
    '        # The line of a frame counts from the first line',
    '        # of the method.',
    '        first = FrameTest.test_offsets.__code__.co_firstlineno',
    '        self.assertEqual(sys._getframe().f_lineno, first + 4)',
    '',
  ].join('\n');

  it('leaves a comment whose docstring would take a line away, and says why', () => {
    const outcome = transformSource('test_frames.py', source, { transforms: [docstrings], unsafe: false });
    expect(outcome.output).toBe(source);
    expect(new Set(outcome.findings.map((f) => f.reason))).toEqual(new Set(['line numbers below it would move, and the module reads its own line numbers (co_firstlineno on line 9)']));
  });
});

describe('extract-helpers in a module that reads its frames', () => {
  it('moves nothing, naming what the module reads and where', () => {
    const source = readFileSync(path.join(import.meta.dirname, '../__fixtures__/extract-helpers/behaviour-log-function-name.input.py'), 'utf8');
    const outcome = transformSource('test_logged.py', source, { transforms: [extractHelpers], unsafe: false });
    expect(outcome.output).toBe(source);
    expect(outcome.findings.map((f) => f.message)).toEqual([
      'a block 3 levels deep in test_function_name stays: a helper would run the code in another frame and function and move the lines below, and the module reads the frames its code runs in (funcName on line 27)',
    ]);
  });
});

describe('a module that another test module imports and reads by line number', () => {
  const inspector = [
    'import inspect',
    'import unittest',
    'from pkg import fodder, test_helpers',
    '',
    '',
    'class SourceTest(unittest.TestCase):',
    '    def test_lines(self):',
    '        lines, first = inspect.getsourcelines(fodder.spam)',
    '        self.assertEqual(first, 2)',
    '        self.assertTrue(test_helpers.test_ready())',
    '',
  ].join('\n');
  const fodder = ['import os', 'def spam():', '    return os.sep', ''].join('\n');
  const helpers = ['import os', 'def test_ready():', '    return bool(os.sep)', ''].join('\n');

  it('keeps the line numbers of the module without tests, and fixes the one with tests, which the first pass never parses', () => {
    expect([fodder, helpers].map((text) => positionFactsText.test(text))).toEqual([false, false]);
    const dir = makeTree({ 'pkg/__init__.py': '', 'pkg/fodder.py': fodder, 'pkg/test_helpers.py': helpers, 'test_inspector.py': inspector });
    expect(passingTests(dir, ['test_inspector'])).toBe(1);
    const run = runCli(['-t', 'style', '--all-files', '.'], dir);
    expect(readFileSync(path.join(dir, 'pkg/fodder.py'), 'utf8')).toBe(fodder);
    expect(run.stderr).toContain('the module keeps its line numbers: test_inspector.py imports this module and reads source by line number');
    expect(readFileSync(path.join(dir, 'pkg/test_helpers.py'), 'utf8')).toBe(helpers.replace('\ndef', '\n\n\ndef'));
    expect(passingTests(dir, ['test_inspector'])).toBe(1);
  });
});

/** The facts style's first pass collects from a module when it parses every module; null when the tree has errors, which the first pass never reads. */
function collected(source: string): PositionFacts | null {
  const tree = parsePython(source);
  return tree.rootNode.hasError ? null : (style.collect!(createContext('pkg/test_mod.py', source, tree, { settings: {}, project: new Map() })) as PositionFacts);
}

/** CPython's own test modules, when the machine has them (Debian: libpython3.X-testsuite). */
function cpythonTestModules(): string[] {
  const run = spawnSync('/usr/bin/python3', ['-c', 'import os, test.test_grammar; print(os.path.dirname(test.test_grammar.__file__))'], { encoding: 'utf8' });
  if (run.status !== 0) return [];
  const dir = run.stdout.trim();
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.py') && !file.includes('__pycache__')).map((file) => path.join(dir, file));
}

/** The text of each fixture and of each of CPython's test modules that decodes. */
function sources(files: readonly string[]): { file: string; source: string }[] {
  return files.flatMap((file) => {
    try {
      return [{ file, source: decodeSource(readFileSync(file)).text }];
    } catch {
      return [];
    }
  });
}

const FIXTURE_FILES = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.py')).map((file) => path.join(FIXTURES, file));
const CPYTHON_MODULES = cpythonTestModules();
const SKIPPED = " (skipped: CPython's test modules are not installed; on Debian, libpython3.X-testsuite)";

describe('what a module reads of its own source', () => {
  /** The source with every comment blanked out, so indices and lines stay those of the source. */
  function withoutComments(source: string): string {
    let text = '';
    let at = 0;
    for (const comment of parsePython(source).rootNode.descendantsOfType('comment')) {
      text += source.slice(at, comment.startIndex) + ' '.repeat(comment.endIndex - comment.startIndex);
      at = comment.endIndex;
    }
    return text + source.slice(at);
  }

  /** The modules whose reads differ from those of their text with the comments blanked out. */
  function disagreements(files: readonly string[]): { reading: number; differ: string[] } {
    const result = { reading: 0, differ: [] as string[] };
    for (const { file, source } of sources(files)) {
      const reads = (text: string) => readSourcePositions(createContext(file, text, parsePython(text), { settings: {}, project: new Map() }));
      const found = reads(source);
      if (found.lines !== null || found.text !== null || found.frames !== null) result.reading++;
      if (JSON.stringify(found) !== JSON.stringify(reads(withoutComments(source)))) result.differ.push(file);
    }
    return result;
  }

  it('finds in every fixture what it finds in its text without comments', () => {
    const result = disagreements(FIXTURE_FILES);
    expect(result.differ).toEqual([]);
    expect(result.reading).toBeGreaterThan(3);
  });

  it.skipIf(CPYTHON_MODULES.length === 0)(`finds in each of CPython's test modules what it finds in its text without comments${CPYTHON_MODULES.length === 0 ? SKIPPED : ''}`, () => {
    const result = disagreements(CPYTHON_MODULES);
    expect(result.differ).toEqual([]);
    expect(result.reading).toBeGreaterThan(50);
  }, 600_000);
});

describe('the text check of modules whose position facts the other modules read', () => {
  /** Every module the scan turns away that still yields facts another module reads. */
  function missed(files: readonly string[]): { told: number; turnedAway: number; missed: string[] } {
    const result = { told: 0, turnedAway: 0, missed: [] as string[] };
    for (const { file, source } of sources(files)) {
      const facts = collected(source);
      const tells = facts !== null && (facts.inspects.length > 0 || facts.quotes.length > 0);
      if (positionFactsText.test(source)) result.told += tells ? 1 : 0;
      else if (tells) result.missed.push(file);
      else result.turnedAway++;
    }
    return result;
  }

  it('turns away no fixture whose facts the others read', () => {
    const result = missed(FIXTURE_FILES);
    expect(result.missed).toEqual([]);
    expect(result.turnedAway).toBeGreaterThan(100);
  });

  it.skipIf(CPYTHON_MODULES.length === 0)(`turns away none of CPython's test modules whose facts the others read${CPYTHON_MODULES.length === 0 ? SKIPPED : ''}`, () => {
    const result = missed(CPYTHON_MODULES);
    expect(result.missed).toEqual([]);
    expect(result.told).toBeGreaterThan(10);
    expect(result.turnedAway).toBeGreaterThan(CPYTHON_MODULES.length / 2);
  }, 600_000);

  it('keeps a module that quotes a file name with a line number, or reads line numbers or lines, even in a comment', () => {
    expect(positionFactsText.test("EXPECTED = 'fodder.py:4(testfunc)'\n")).toBe(true);
    expect(positionFactsText.test('MESSAGE = \'File "fodder.py", line 4\'\n')).toBe(true);
    expect(positionFactsText.test('import sys\nLINE = sys._getframe().f_lineno\n')).toBe(true);
    expect(positionFactsText.test('# traceback.format_exc() shows it\n')).toBe(true);
    expect(positionFactsText.test('import os\n\ndef test_a():\n    assert os.sep\n')).toBe(false);
  });
});
