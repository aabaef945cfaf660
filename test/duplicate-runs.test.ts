/**
 * Finding repeated runs of statements: the blocks compared are those that
 * share a run of shapes, in the order a scan of every pair would meet them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharingBlocks } from '../transforms/extract-helpers/duplicate-runs.js';

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
