/**
 * extract-helpers beyond the fixture pairs: the reasons it gives for the
 * blocks it leaves, repeated runs, and its command-line options.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { transformSource } from '../src/core/engine.js';
import extractHelpers from '../transforms/extract-helpers/index.js';
import { FIXTURES, makeTree, passingTests, ROOT, runCli } from './helpers.js';

const DIR = path.join(FIXTURES, 'extract-helpers');

function findings(source: string): { line: number; message: string; status: string }[] {
  return transformSource('test_x.py', source, { transforms: [extractHelpers], unsafe: false }).findings.map(({ line, message, status }) => ({ line, message, status }));
}

describe('extract-helpers refusals', () => {
  it('says why each block of the refusals fixture stays', () => {
    const source = readFileSync(path.join(DIR, 'refusals.input.py'), 'utf8');
    expect(findings(source)).toEqual([
      { line: 12, status: 'no-fix', message: 'a block 3 levels deep in test_break_of_an_outer_loop stays: the break at line 14 belongs to a loop outside the block' },
      { line: 20, status: 'no-fix', message: 'a block 3 levels deep in test_return_before_the_end stays: the return at line 22 leaves the method from inside the block' },
      { line: 30, status: 'no-fix', message: 'a block 3 levels deep in test_mock_passed_by_position stays: mock_reboot is a mock that a patch decorator passes by position' },
      { line: 38, status: 'no-fix', message: 'a block 3 levels deep in test_bound_on_some_paths_only stays: host is bound on some paths through the block only, and read after it' },
    ]);
  });

  it('still moves a block inside one that stays', () => {
    const source = [
      'class T(unittest.TestCase):',
      '    def test(self):',
      '        for a in self.items:',
      '            for b in a:',
      '                if b:',
      '                    continue',
      '                with b:',
      '                    self.check(b)',
      '                    self.check(a)',
      '                    self.check(b, a)',
      '',
    ].join('\n');
    expect(findings(source).map((f) => `${f.line} ${f.status}`)).toEqual(['8 applied']);
  });
});

describe('extract-helpers and closures', () => {
  // test_descr's test_special_method_lookup: a method of a class defined earlier reads record while the block runs.
  const source = [
    'import unittest',
    '',
    '',
    'class T(unittest.TestCase):',
    '    def test_lookup(self):',
    '        class Descr(object):',
    '            def __get__(self, obj, owner):',
    '                record.append(1)',
    '                return 1',
    '        for name in ["a", "b"]:',
    '            if name:',
    '                if True:',
    '                    record = []',
    '                    X = type("X", (), {name: Descr()})',
    '                    getattr(X(), name)',
    '                    self.assertEqual(record, [1], name)',
    '',
  ].join('\n');

  it('leaves a block that binds a name a nested function of the method reads, which may run while the block runs', () => {
    expect(findings(source)).toEqual([
      {
        line: 13,
        status: 'no-fix',
        message: 'a block 3 levels deep in test_lookup stays: record is read by the function at line 7, which can run while the block runs and would not see the record of a helper',
      },
    ]);
  });

  it('so the tests keep passing', () => {
    const dir = makeTree({ 'test_closure.py': transformSource('test_closure.py', source, { transforms: [extractHelpers], unsafe: false }).output });
    expect(passingTests(dir, ['test_closure'])).toBe(1);
  });
});

describe('extract-helpers and a loop\'s else clause', () => {
  // test_grp's test_errors: a break in a for loop's else clause leaves the while loop around it.
  const source = [
    'import unittest',
    '',
    '',
    'class T(unittest.TestCase):',
    '    def test_names(self):',
    '        names = ["ab", "zz"]',
    '        i = 0',
    '        while i < 10:',
    '            for c in names[0]:',
    '                if c == "z":',
    '                    break',
    '            else:',
    '                i = i + 1',
    '                try:',
    '                    names[i]',
    '                except IndexError:',
    '                    break',
    '            i = i + 1',
    '        self.assertGreater(i, 0)',
    '',
  ].join('\n');

  it('leaves a block whose break belongs to the loop outside it', () => {
    const outcome = transformSource('test_else.py', source, { transforms: [extractHelpers], unsafe: false, settings: { 'extract-lines': 5 } });
    expect(outcome.status).toBe('unchanged');
    expect(outcome.findings.map((f) => `${f.line} ${f.reason}`)).toContain('9 the break at line 17 belongs to a loop outside the block');
  });
});

describe('extract-helpers and names a block binds on some paths', () => {
  // test_buffer's test_py_buffer_to_contiguous: x is set in one branch of the block, and on the first turn of the loop not before it.
  const source = [
    'import unittest',
    '',
    '',
    'class T(unittest.TestCase):',
    '    def test_orders(self):',
    '        for f in [0, 1]:',
    '            # sort the request',
    '            if f == 1:',
    '                x = [3, 2, 1]',
    '                expected = sorted(x)',
    '            else:',
    '                expected = [1, 2, 3]',
    '            for request in [1, 2]:',
    '                self.assertEqual(expected, [1, 2, 3])',
    '                self.assertEqual(len(expected), 3)',
    '                self.assertTrue(request)',
    '',
    '            # keep x',
    '            if f == 0:',
    '                x = [f]',
    '            else:',
    '                x = [f]',
    '            self.assertEqual(x, [f])',
    '',
  ].join('\n');

  it('leaves a block whose value would have to come in as an argument that may be unset', () => {
    const outcome = transformSource('test_paths.py', source, { transforms: [extractHelpers], unsafe: false, settings: { 'extract-lines': 5 } });
    const dir = makeTree({ 'test_paths.py': outcome.output });
    expect(passingTests(dir, ['test_paths'])).toBe(1);
  });
});

describe('extract-helpers and classes whose methods are copied', () => {
  it('leaves a class the module reads as a value, but not one it names as a base or in super()', () => {
    const body = ['    def test(self):', '        for a in self.items:', '            for b in a:', '                if b:', '                    self.check(b)', '                    self.check(a)', '                    self.check(b, a)', ''];
    const copied = ['class T(unittest.TestCase):', ...body, 'class U(unittest.TestCase):', '    pass', '', "setattr(U, 'test', getattr(T, 'test'))", ''].join('\n');
    expect(findings(copied)).toEqual([
      { line: 6, status: 'no-fix', message: 'a block 3 levels deep in test stays: the module reads the class T itself at line 13, and may copy its methods where the helper is not' },
    ]);
    const subclassed = ['class T(unittest.TestCase):', ...body, 'class U(T):', '    def setUp(self):', '        super(T, self).setUp()', ''].join('\n');
    expect(findings(subclassed).map((f) => f.status)).toEqual(['applied']);
  });
});

describe('extract-helpers repeated runs', () => {
  const copies = (second: string[]) =>
    [
      'class T(unittest.TestCase):',
      '    def test_one(self):',
      '        size = 1',
      '        volume = self.api.create(size)',
      '        self.api.attach(volume)',
      "        self.assertEqual('in-use', volume['status'])",
      '',
      '    def test_two(self):',
      ...second,
      '',
    ].join('\n');

  it('moves copies that differ in their local names only into one helper', () => {
    const result = findings(copies(['        other = 2', '        vol = self.api.create(other)', '        self.api.attach(vol)', "        self.assertEqual('in-use', vol['status'])"]));
    expect(result).toEqual([{ line: 4, status: 'applied', message: 'the same 3 statements in test_one, test_two move into _attach(self, size)' }]);
  });

  it('leaves the docstrings of the tests in place', () => {
    const docstring = "        '''Attach a volume.'''";
    const second = [docstring, '        size = 1', '        volume = self.api.create(size)', '        self.api.attach(volume)', "        self.assertEqual('in-use', volume['status'])"];
    const source = copies(second).replace('    def test_one(self):\n', `    def test_one(self):\n${docstring}\n`);
    const fixed = transformSource('test_x.py', source, { transforms: [extractHelpers], unsafe: false }).output;
    expect(fixed.match(/'''Attach a volume.'''/g)).toHaveLength(2);
    expect(fixed).toContain(`    def test_one(self):\n${docstring}\n        self._attach()\n`);
  });

  it('leaves copies that differ in a literal, an attribute or a global', () => {
    for (const changed of ['self.api.create(size, 1)', 'self.other.create(size)', 'self.api.create(SIZE)']) {
      const source = copies(['        size = 2', `        volume = ${changed}`, '        self.api.attach(volume)', "        self.assertEqual('in-use', volume['status'])"]);
      expect(findings(source)).toEqual([]);
    }
  });

  it('leaves copies whose locals play different parts', () => {
    const source = copies(['        volume = 2', '        volume = self.api.create(volume)', '        self.api.attach(volume)', "        self.assertEqual('in-use', volume['status'])"]);
    expect(findings(source).map((f) => f.message)).toEqual([]);
  });
});

describe('extract-helpers options', () => {
  const source = [
    'import unittest',
    '',
    '',
    'class T(unittest.TestCase):',
    '    def test(self):',
    '        for a in range(2):',
    '            if a:',
    '                # Check the value',
    '                self.assertTrue(a)',
    '                self.assertEqual(1, a)',
    '                self.assertIn(a, [1])',
    '',
  ].join('\n');

  it('reads --extract-depth and --extract-lines from the command line', () => {
    const dir = makeTree({ 'test_x.py': source });
    expect(runCli(['--check', '-t', 'extract-helpers', 'test_x.py'], dir).status).toBe(0);
    expect(runCli(['--check', '-t', 'extract-helpers', '--extract-depth', '2', 'test_x.py'], dir).status).toBe(1);
    expect(runCli(['--check', '-t', 'extract-helpers', '--extract-lines', '2', 'test_x.py'], dir).status).toBe(1);
    const help = runCli(['--help'], dir).stdout;
    expect(help).toContain('--extract-depth');
    expect(help).toContain('--extract-lines');
  });
});

describe('extract-helpers on examples/', () => {
  it('has work to do, and the module passes before and after with the same tests', () => {
    const example = readFileSync(path.join(ROOT, 'examples', 'test_server_actions.py'), 'utf8');
    const outcome = transformSource('test_server_actions.py', example, { transforms: [extractHelpers], unsafe: false });
    expect(outcome.status).toBe('changed');
    expect(outcome.output).toContain('self._live_migrate_the_server_to_the_host(server, host)');
    const dir = makeTree({ 'before_extract.py': example, 'after_extract.py': outcome.output });
    expect(passingTests(dir, ['after_extract'])).toBe(passingTests(dir, ['before_extract']));
  });
});
