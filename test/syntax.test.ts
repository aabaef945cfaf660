/**
 * syntax: the forward cursor reaches the node `descendantForIndex` gives, at
 * places taken in order through every fixture.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePython } from '../src/python/parse.js';
import { ForwardCursor } from '../src/python/syntax.js';
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
