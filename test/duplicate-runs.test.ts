/**
 * Finding repeated runs of statements: the blocks of a method, and the blocks
 * compared, those that share a run of shapes, in the order a scan of every
 * pair would meet them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type Parser from 'tree-sitter';
import { describe, expect, it } from 'vitest';
import { parsePython } from '../src/python/parse.js';
import { blocksOf, sharingBlocks } from '../transforms/extract-helpers/duplicate-runs.js';
import { FIXTURES, ROOT } from './helpers.js';

type Node = Parser.SyntaxNode;

type Blocks = (readonly { readonly shape: string }[])[];

/** Every pair of blocks of different methods with `minimum` equal shapes in a row, by a scan of every pair. */
function everySharingPair(methods: readonly Blocks[], minimum: number): [number, number, number, number][] {
  const shares = (a: Blocks[number], b: Blocks[number]) => {
    for (let i = 0; i < a.length; i++) {
      for (let j = 0; j < b.length; j++) {
        let length = 0;
        while (i + length < a.length && j + length < b.length && a[i + length].shape === b[j + length].shape) length++;
        if (length >= minimum) return true;
      }
    }
    return false;
  };
  const pairs: [number, number, number, number][] = [];
  for (let i = 0; i < methods.length; i++) {
    for (let j = i + 1; j < methods.length; j++) {
      for (const [a, first] of methods[i].entries()) for (const [b, second] of methods[j].entries()) if (shares(first, second)) pairs.push([i, a, j, b]);
    }
  }
  return pairs;
}

describe('sharingBlocks', () => {
  const block = fc.array(fc.constantFrom('a', 'b', 'c', 'x = 1', 'x = 1 '), { maxLength: 8 }).map((shapes) => shapes.map((shape) => ({ shape })));
  const methods = fc.array(fc.array(block, { maxLength: 4 }), { maxLength: 6 });

  it('gives the pairs of blocks a scan of every pair finds sharing a run, in the same order', () => {
    fc.assert(
      fc.property(methods, fc.integer({ min: 1, max: 4 }), (read, minimum) => {
        expect(sharingBlocks(read, minimum)).toEqual(everySharingPair(read, minimum));
      }),
      { numRuns: 500 },
    );
  });

  it('pairs no block with another block of its own method', () => {
    const same = [{ shape: 'a' }, { shape: 'b' }, { shape: 'c' }];
    expect(sharingBlocks([[same, same], [same]], 3)).toEqual([
      [0, 0, 1, 0],
      [0, 1, 1, 0],
    ]);
  });
});

describe('blocksOf', () => {
  /** The body and every block under it that no nested function or class holds, as a search of the whole subtree finds them. */
  const everyBlock = (method: Node): Node[] => {
    const body = method.childForFieldName('body')!;
    const definitions = body.descendantsOfType(['function_definition', 'class_definition', 'lambda']);
    const inside = (block: Node) => definitions.some((definition) => definition.startIndex < block.startIndex && block.endIndex <= definition.endIndex);
    return body.descendantsOfType('block').filter((block) => !inside(block));
  };
  const sameBlocks = (source: string, where: string) => {
    for (const method of parsePython(source).rootNode.descendantsOfType('function_definition')) {
      expect(blocksOf(method).map(({ block }) => [block.startIndex, block.endIndex]), where).toEqual(everyBlock(method).map((block) => [block.startIndex, block.endIndex]));
    }
  };

  it('finds the blocks of every function of the fixture and example modules that a search of the whole function finds', () => {
    const files = [FIXTURES, path.join(ROOT, 'examples')].flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.py')).map((file) => path.join(dir, file)));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) sameBlocks(readFileSync(file, 'utf8'), file);
  });

  it('finds the blocks of every kind of compound statement, and none of nested functions and classes', () => {
    const source = [
      'def test(self, value):',
      '    if value:',
      '        pass',
      '    elif value > 1:',
      '        for item in value:',
      '            pass',
      '        else:',
      '            pass',
      '    else:',
      '        while value:',
      '            break',
      '        else:',
      '            pass',
      '    try:',
      '        with open(value) as f:',
      '            pass',
      '    except* ValueError:',
      '        pass',
      '    try:',
      '        pass',
      '    except OSError:',
      '        pass',
      '    else:',
      '        pass',
      '    finally:',
      '        pass',
      '    match value:',
      '        case 1 if value:',
      '            pass',
      '        case _:',
      '            pass',
      '    @decorate',
      '    def inner():',
      '        if value:',
      '            pass',
      '    class Inner:',
      '        def method(self):',
      '            pass',
      '    f = lambda: [x for x in value if x]',
      '',
    ].join('\n');
    sameBlocks(source, 'the snippet');
    const method = parsePython(source).rootNode.descendantsOfType('function_definition')[0];
    expect(blocksOf(method).length).toBe(18);
  });
});
