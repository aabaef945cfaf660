/**
 * The identifiers of a tree, read in one walk, are the ones the parser
 * gives node by node: the same nodes in the same order, whether made one by
 * one or all at once, the same parent types, ends and names, in every fixture
 * and in broken code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { identifiersOf } from '../src/python/identifiers.js';
import { parsePython } from '../src/python/parse.js';
import { FIXTURES } from './helpers.js';

function fixtureSources(): string[] {
  return readdirSync(FIXTURES).flatMap((dir) =>
    readdirSync(path.join(FIXTURES, dir))
      .filter((name) => name.endsWith('.py'))
      .map((name) => readFileSync(path.join(FIXTURES, dir, name), 'utf8')),
  );
}

const BROKEN = ['def f(:\n    x = y +\n', 'class C(\n    def m(self): return self.a.b\n', 'print "x", y\nexec "z"\nλ = lambda: λ(\n'];

describe('the identifiers of a tree', () => {
  it('are every identifier node in source order, with its parent type and its name', () => {
    const sources = [...fixtureSources(), ...BROKEN];
    expect(sources.length).toBeGreaterThan(100);
    let checked = 0;
    for (const source of sources) {
      const root = parsePython(source).rootNode;
      const expected = root.descendantsOfType('identifier');
      const found = identifiersOf(root);
      expect(found.starts).toEqual(expected.map((node) => node.startIndex));
      expect(found.texts.map((_, index) => found.node(index).id)).toEqual(expected.map((node) => node.id));
      expect(found.nodes.map((node) => node.id)).toEqual(expected.map((node) => node.id));
      expect(found.parentTypes).toEqual(expected.map((node) => node.parent!.type));
      expect(found.ends).toEqual(expected.map((node) => node.endIndex));
      expect(found.texts).toEqual(expected.map((node) => node.text));
      const byName = new Map<string, number[]>();
      for (const node of expected) byName.set(node.text, [...(byName.get(node.text) ?? []), node.id]);
      expect(new Map([...found.byName].map(([name, nodes]) => [name, nodes.map((node) => node.id)]))).toEqual(byName);
      checked += expected.length;
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('are read once per tree', () => {
    const tree = parsePython('x = y\n');
    expect(identifiersOf(tree.rootNode)).toBe(identifiersOf(tree.rootNode));
    const other = parsePython('x = y  # another text\n');
    expect(identifiersOf(other.rootNode)).not.toBe(identifiersOf(tree.rootNode));
  });
});
