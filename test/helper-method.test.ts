/**
 * Writing helper methods: the definition after the method, the call in the
 * statements' place, re-indentation that leaves string contents alone, line
 * wrapping, and names no related class uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type Parser from 'tree-sitter';
import { describe, expect, it } from 'vitest';
import { createContext } from '../src/core/context.js';
import { analyzeRange } from '../src/python/dataflow/index.js';
import { applyEdits } from '../src/core/edits.js';
import { type ClassFacts, classFacts, moduleClassFacts, reuseClassFacts, uniqueHelperName, writeHelper } from '../src/testing/helper-method.js';
import { parsePython } from '../src/python/parse.js';
import { analyzeScopes } from '../src/python/scope.js';
import { FIXTURES, ROOT } from './helpers.js';

type Node = Parser.SyntaxNode;

/** Moves the statements of method `methodName` from index `from` to `to` (inclusive) of its body into `name`. */
function extract(source: string, methodName: string, from: number, to: number, name: string, lineLimit = 79): string {
  const tree = parsePython(source);
  const context = createContext('test_x.py', source, tree, { settings: {}, project: new Map() });
  const method = tree.rootNode.descendantsOfType('function_definition').find((fn) => fn.childForFieldName('name')!.text === methodName)!;
  const statements = method.childForFieldName('body')!.namedChildren.filter((n) => n.type !== 'comment').slice(from, to + 1);
  const flow = analyzeRange(analyzeScopes(tree.rootNode), method, statements);
  const result = writeHelper(context, { method, statements, name, flow, lineLimit });
  if (result.refusal !== undefined) return `refused: ${result.refusal}`;
  return applyEdits(source, result.edits);
}

describe('writeHelper', () => {
  it('inserts the helper after the method and calls it with the live-in and live-out names', () => {
    const source = [
      'class T(object):',
      '    def test(self):',
      '        a = 1',
      '        b = a + 1  # two',
      '        # the sum',
      '        c = a + b',
      '        return c',
      '',
      '    def other(self):',
      '        pass',
      '',
    ].join('\n');
    expect(extract(source, 'test', 1, 2, '_add')).toBe(
      [
        'class T(object):',
        '    def test(self):',
        '        a = 1',
        '        c = self._add(a)',
        '        return c',
        '',
        '    def _add(self, a):',
        '        b = a + 1  # two',
        '        # the sum',
        '        c = a + b',
        '        return c',
        '',
        '    def other(self):',
        '        pass',
        '',
      ].join('\n'),
    );
  });

  it('returns the helper when the statements end in a return, and keeps CRLF and tabs', () => {
    const source = 'class T(object):\r\n\tdef test(self, x):\r\n\t\ty = x\r\n\t\tz = y\r\n\t\treturn z';
    expect(extract(source, 'test', 0, 2, '_copy')).toBe(
      'class T(object):\r\n\tdef test(self, x):\r\n\t\treturn self._copy(x)\r\n\r\n\tdef _copy(self, x):\r\n\t\ty = x\r\n\t\tz = y\r\n\t\treturn z',
    );
  });

  it('leaves the inner lines of multi-line strings as they were', () => {
    const source = [
      'class T(object):',
      '    def test(self):',
      '        for i in range(2):',
      '            text = """first',
      '            second"""',
      '            value = (i +',
      '                     1)',
      '            print(text, value)',
      '',
    ].join('\n');
    const tree = parsePython(source);
    const context = createContext('test_x.py', source, tree, { settings: {}, project: new Map() });
    const method = tree.rootNode.descendantsOfType('function_definition')[0];
    const loop = method.childForFieldName('body')!.namedChildren[0];
    const statements = loop.childForFieldName('body')!.namedChildren;
    const flow = analyzeRange(analyzeScopes(tree.rootNode), method, statements);
    const result = writeHelper(context, { method, statements, name: '_show', flow, lineLimit: 79 });
    expect(applyEdits(source, result.refusal === undefined ? result.edits : [])).toBe(
      [
        'class T(object):',
        '    def test(self):',
        '        for i in range(2):',
        '            self._show(i)',
        '',
        '    def _show(self, i):',
        '        text = """first',
        '            second"""',
        '        value = (i +',
        '                 1)',
        '        print(text, value)',
        '',
      ].join('\n'),
    );
  });

  it('wraps a long call and signature at the parenthesis', () => {
    const source = [
      'class T(object):',
      '    def test(self, first_argument, second_argument, third_argument):',
      '        total = first_argument + second_argument',
      '        total += third_argument',
      '        print(total)',
      '',
    ].join('\n');
    expect(extract(source, 'test', 0, 2, '_add_up_all_of_the_arguments_given', 66)).toBe(
      [
        'class T(object):',
        '    def test(self, first_argument, second_argument, third_argument):',
        '        self._add_up_all_of_the_arguments_given(first_argument,',
        '                                                second_argument,',
        '                                                third_argument)',
        '',
        '    def _add_up_all_of_the_arguments_given(self, first_argument,',
        '                                           second_argument,',
        '                                           third_argument):',
        '        total = first_argument + second_argument',
        '        total += third_argument',
        '        print(total)',
        '',
      ].join('\n'),
    );
  });

  it('refuses a test name, an immovable range and statements that share a line', () => {
    const source = 'class T(object):\n    def test(self):\n        a = 1; b = 2\n        yield a\n';
    expect(extract(source, 'test', 0, 0, 'test_helper')).toMatch(/^refused: test_helper is not a private helper name/);
    expect(extract(source, 'test', 0, 2, '_h')).toMatch(/^refused: the yield at line 4/);
    expect(extract(source, 'test', 0, 0, '_h')).toBe('refused: the statements share a line with other code');
  });
});

describe('uniqueHelperName', () => {
  const source = [
    'class Base(test.TestCase):',
    '    def _boot(self):',
    '        self._flavor = 1',
    '',
    'class T(Base):',
    '    def test(self):',
    '        pass',
    '',
    'class Child(T):',
    '    def _boot_2(self):',
    '        pass',
    '',
    'class Unrelated(object):',
    '    def _check(self):',
    '        pass',
    '',
  ].join('\n');
  const root = parsePython(source).rootNode;
  const cls = (name: string): Node => root.descendantsOfType('class_definition').find((c) => c.childForFieldName('name')!.text === name)!;

  it('avoids the names of the class, its bases and its subclasses', () => {
    expect(uniqueHelperName(cls('T'), '_boot')).toBe('_boot_3');
    expect(uniqueHelperName(cls('T'), '_flavor')).toBe('_flavor_2');
    expect(uniqueHelperName(cls('T'), '_check')).toBe('_check');
  });

  it('avoids names of related classes in other files of the run, and reserved names', () => {
    const other = classFacts(parsePython('class Child2(T):\n    def _check(self):\n        pass\n').rootNode);
    expect(uniqueHelperName(cls('T'), '_check', other)).toBe('_check_2');
    expect(uniqueHelperName(cls('T'), '_wait', [], new Set(['_wait']))).toBe('_wait_2');
  });

  it('numbers a mixedCase name in its own convention', () => {
    expect(uniqueHelperName(cls('T'), '_waitForIt', [], new Set(['_waitForIt', '_waitForIt2']))).toBe('_waitForIt3');
    expect(uniqueHelperName(cls('T'), '_waitForV2', [], new Set(['_waitForV2']))).toBe('_waitForV2_2');
  });
});

/**
 * The facts of one class read on its own, from its text parsed alone (the
 * body stays indented past the `class` line, which Python accepts), and the
 * names of the `self.<name>` and `cls.<name>` attributes inside it, read node
 * by node from the tree.
 */
function classAlone(cls: Node): { facts: ClassFacts; attributes: string[] } {
  const attributes = cls.descendantsOfType('attribute').flatMap((attribute) => {
    const object = attribute.childForFieldName('object');
    return object?.type === 'identifier' && (object.text === 'self' || object.text === 'cls') ? [attribute.childForFieldName('attribute')!.text] : [];
  });
  return { facts: classFacts(parsePython(cls.text).rootNode)[0], attributes };
}

describe('classFacts', () => {
  const read = (source: string) => {
    const root = parsePython(source).rootNode;
    const facts = classFacts(root);
    const alone = root.descendantsOfType('class_definition').map(classAlone);
    alone.forEach(({ attributes }, index) => expect(facts[index].names).toEqual(expect.arrayContaining(attributes)));
    return { facts, alone: alone.map((cls) => cls.facts) };
  };

  it('reads each class of every fixture and example module as a reading of the class alone does', () => {
    const files = [FIXTURES, path.join(ROOT, 'examples')].flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.py')).map((file) => path.join(dir, file)));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const { facts, alone } = read(readFileSync(file, 'utf8'));
      expect(facts, file).toEqual(alone);
    }
  });

  it('finds self and cls attributes spelled over lines, around comments and in nested classes, and no others', () => {
    const source = [
      '# a comment first',
      'class Outer(base.Case, Mixin):',
      '    limit = other = 3',
      '    a, (b, c) = 1, (2, 3)',
      '    def test(self):',
      '        self . spaced = 1',
      '        (self.',
      '            wrapped) = 2',
      '        (self  # why',
      '            .commented) = 3',
      '        self.chain.inner = 4',
      '        self.call().after = 5',
      '        thing.self.not_ours = 6',
      '        selfish.not_ours_either = 7',
      '        "self.in_a_string"',
      '        class Inner:',
      '            def setUp(cls):',
      '                cls.inner_name = 1',
      '',
      'print(self.outside)',
      '',
    ].join('\n');
    const { facts, alone } = read(source);
    expect(facts).toEqual(alone);
    expect(facts[0]).toEqual({
      name: 'Outer',
      bases: ['Case', 'Mixin'],
      names: ['limit', 'a', 'b', 'c', 'test', 'spaced', 'wrapped', 'commented', 'chain', 'call', 'inner_name'],
    });
    expect(facts[1].names).toEqual(['setUp', 'inner_name']);
  });

  it('takes the facts read from another parse of the same text, and reads a changed text anew', () => {
    const source = 'class T(Base):\n    def test(self):\n        self.server = 1\n\nclass U(T):\n    def _boot(self):\n        pass\n';
    const first = moduleClassFacts(parsePython(source).rootNode, source);
    expect(first.starts).toEqual([0, source.indexOf('class U')]);
    const again = parsePython(source);
    reuseClassFacts(again, source, first);
    expect(classFacts(again.rootNode)).toEqual(first.classes);
    const cls = again.rootNode.descendantsOfType('class_definition')[0];
    expect(uniqueHelperName(cls, '_boot')).toBe('_boot_2');
    expect(uniqueHelperName(cls, '_server')).toBe('_server');
    const changed = source.replace('_boot', '_start');
    const other = parsePython(changed);
    reuseClassFacts(other, changed, first);
    expect(classFacts(other.rootNode)[1].names).toEqual(['_start']);
    expect(uniqueHelperName(other.rootNode.descendantsOfType('class_definition')[0], '_boot')).toBe('_boot');
  });
});
