/**
 * syntax: the forward cursor reaches the node `descendantForIndex` gives, at
 * places taken in order through every fixture; a name bound only by
 * parameters resolves as the scope analysis says.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePython } from '../src/python/parse.js';
import { analyzeScopes } from '../src/python/scope.js';
import { ForwardCursor, parameterOnlyBinders } from '../src/python/syntax.js';
import { fixtureCases } from './helpers.js';

/** Where the cursor lands at each index, against a search from the root, as `index type start end` where they differ. */
function mismatches(source: string, step: number): string[] {
  const tree = parsePython(source);
  const cursor = new ForwardCursor(tree);
  const found: string[] = [];
  for (let index = 0; index < source.length; index += step) {
    cursor.moveTo(index);
    const expected = tree.rootNode.descendantForIndex(index, index + 1);
    const node = cursor.node();
    if (node.id !== expected.id) found.push(`${index} ${node.type} ${node.startIndex} ${node.endIndex} instead of ${expected.type} ${expected.startIndex} ${expected.endIndex}`);
  }
  return found;
}

describe('ForwardCursor', () => {
  it('lands where descendantForIndex does, in gaps, at the ends of nodes and in deep nesting', () => {
    const source = 'class A(B):\n    def f(self):\n        x = g(h(i[j], k=(1, 2)))  # note\n\n\n        return """s\n"""\n\n\ny = f"{a!r}" \'b\'\n';
    expect(mismatches(source, 1)).toEqual([]);
  });

  it('lands where descendantForIndex does on every fixture', () => {
    const files = [...new Set(fixtureCases().flatMap((c) => [c.input, c.output]))];
    for (const file of files) expect(mismatches(readFileSync(file, 'utf8'), 3), file).toEqual([]);
  });

  it('skips places it is not asked about', () => {
    const source = 'a = 1\n' + 'b = [c, d]\n'.repeat(50) + 'e = 2\n';
    const tree = parsePython(source);
    const cursor = new ForwardCursor(tree);
    cursor.moveTo(source.indexOf('e ='));
    expect([cursor.type(), cursor.field(), cursor.node().text]).toEqual(['identifier', 'left', 'e']);
    expect(cursor.up()).toBe(true);
    expect([cursor.type(), cursor.field()]).toEqual(['assignment', null]);
  });
});

/** Each read of `type` outside the functions parameterOnlyBinders names, with what the scope analysis resolves it to: null for the builtin. */
function readsOutsideBinders(source: string): (string | null)[] | null {
  const tree = parsePython(source);
  const binders = parameterOnlyBinders(tree.rootNode, source, 'type');
  if (binders === null) return null;
  const scopes = analyzeScopes(tree.rootNode);
  return tree.rootNode
    .descendantsOfType('identifier')
    .filter((id) => id.text === 'type' && scopes.referenceAt(id)?.role === 'read')
    .filter((id) => !binders.some((binder) => binder.startIndex <= id.startIndex && id.endIndex <= binder.endIndex))
    .map((id) => scopes.referenceAt(id)!.binding?.scope.kind ?? null);
}

describe('parameterOnlyBinders', () => {
  it('names the functions and lambdas whose parameters bind the name; reads outside them are the builtin', () => {
    const source = [
      'def make(self, type=None, *, other: int = 1):',
      '    return type',
      'def typed(type: str, kind=type(1)):',
      '    f = lambda type: type',
      '    return type',
      'class A:',
      '    def check(self):',
      '        return type(self) is A',
      'print(type(1))',
      '',
    ].join('\n');
    const tree = parsePython(source);
    expect(parameterOnlyBinders(tree.rootNode, source, 'type')!.map((binder) => binder.type)).toEqual(['function_definition', 'function_definition', 'lambda']);
    expect(readsOutsideBinders(source)).toEqual([null, null]);
  });

  it('gives up when anything else binds, updates or declares the name', () => {
    for (const source of [
      'def f(type):\n    pass\ntype = 1\n',
      'def f(type):\n    pass\ndef g():\n    global type\n    type = int\n',
      'def f(type):\n    pass\nfor type in ():\n    pass\n',
      'def f(type):\n    pass\nimport type\n',
      'def f(*type):\n    pass\n',
      'def f(type):\n    def g():\n        nonlocal type\n        type = 2\n',
      'def f(type):\n    [(type := 1) for x in ()]\n',
    ]) {
      const tree = parsePython(source);
      expect(parameterOnlyBinders(tree.rootNode, source, 'type'), source).toBeNull();
    }
  });

  it('gives no binders when nothing binds the name', () => {
    const source = 'print(type(1))\nf(type=2)\nx.type = 3\n';
    const tree = parsePython(source);
    expect(parameterOnlyBinders(tree.rootNode, source, 'type')).toEqual([]);
    expect(readsOutsideBinders(source)).toEqual([null]);
  });
});
