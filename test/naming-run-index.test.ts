/** naming's index of the run: each file asks only about the names it spells. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePython } from '../src/python/parse.js';
import { RunIndex, wordsOf } from '../transforms/naming/run-index.js';
import type { MemberFacts } from '../src/testing/member-facts.js';
import { ROOT } from './helpers.js';

describe('the words of a file', () => {
  it('hold every identifier of the code, non-ASCII ones too', () => {
    const sources = ['naming', 'rename', 'extract-helpers'].flatMap((dir) =>
      readdirSync(path.join(ROOT, '__fixtures__', dir))
        .filter((name) => name.endsWith('.py'))
        .map((name) => readFileSync(path.join(ROOT, '__fixtures__', dir, name), 'utf8')),
    );
    sources.push('def größe(ñ, x·y=1):\n    return ñ+größe(x·y)*2#größe\nπ=lambda:π\n');
    for (const source of sources) {
      const words = wordsOf(source);
      for (const id of parsePython(source).rootNode.descendantsOfType('identifier')) expect(words.has(id.text), id.text).toBe(true);
    }
  });
});

describe('the run index', () => {
  const facts = (parameters: MemberFacts['parameters']) => ({ parameters, classes: [], attributes: [], imports: [] }) as unknown as MemberFacts;
  const member = (owner: string | null, name: string) => ({ owner, name, read: false, line: 1 });
  const parameter = (fn: string, name: string) => ({ className: null, function: fn, parameter: name, newName: `${name}_x`, refusal: null });
  const index = new RunIndex([
    { path: 'a.py', facts: { members: [member(null, 'fooBar'), member('a.T', 'bazQux')], strings: ['fooBar'], reach: facts([parameter('fooBar', 'someArg')]) } },
    { path: 'b.py', facts: { members: [member('b.U', 'fooBar')], strings: [], reach: facts([parameter('f', 'someArg'), parameter('g', 'other')]) } },
  ]);

  const all = { key: 'all', keep: () => true };

  it('gives the members and parameters a file spells, in the order of the run', () => {
    expect(index.membersNamed(new Set(['fooBar', 'unrelated']), all).map(({ file, fact }) => [file, fact.owner])).toEqual([
      [0, null],
      [1, 'b.U'],
    ]);
    expect(index.parametersNamed(new Set(['someArg']), all).map(({ file, fact }) => [file, fact.function])).toEqual([
      [0, 'fooBar'],
      [1, 'f'],
    ]);
    expect(index.membersNamed(new Set(), all)).toEqual([]);
  });

  it('keeps what a selection keeps, asking once per fact and selection for the whole run', () => {
    let asked = 0;
    const second = { key: 'second file', keep: ({ file }: { file: number }) => (asked++, file === 1) };
    const words = new Set(['fooBar', 'someArg']);
    for (let file = 0; file < 3; file++) {
      expect(index.membersNamed(words, second).map(({ file, fact }) => [file, fact.owner])).toEqual([[1, 'b.U']]);
      expect(index.parametersNamed(words, second).map(({ file, fact }) => [file, fact.function])).toEqual([[1, 'f']]);
    }
    expect(asked).toBe(6);
    expect(index.membersNamed(words, all)).toHaveLength(2);
  });

  it('finds a method by its class, the first string that spells a word, and plans once', () => {
    expect(index.method('a.T', 'bazQux')?.name).toBe('bazQux');
    expect(index.method('b.U', 'bazQux')).toBeUndefined();
    expect(index.stringHolder('fooBar')).toBe('a.py');
    let plans = 0;
    const plan = () => ++plans;
    expect([index.planned('k', plan), index.planned('k', plan), index.planned('other', plan)]).toEqual([1, 1, 2]);
  });
});
