/**
 * The edits of a fix, placed in the file as it was: a fix of a later round is
 * mapped back through the rounds before it, combined with the earlier edits
 * it was made on, and every applied fix's edits together give the output.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../src/core/edits.js';
import { originalEdits, originalEnd, type RoundHistory } from '../src/core/origin.js';
import { transformBytes } from '../src/core/process.js';
import { selectTransforms } from '../src/core/registry.js';
import type { Edit } from '../src/core/types.js';
import { applyPlacedEdits, fixtureCases, ROOT } from './helpers.js';

/** The history of rounds of edits over a text. */
function historyOf(source: string, ...rounds: Edit[][]): RoundHistory {
  const texts = [source];
  for (const edits of rounds) texts.push(applyEdits(texts.at(-1)!, edits));
  return { texts, edits: rounds };
}

/** A text's edit at the first occurrence of `old`. */
function at(text: string, old: string, replacement: string): Edit {
  const start = text.indexOf(old);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + old.length, text: replacement };
}

describe('originalEdits', () => {
  it('gives an edit that touches no earlier edit its own place in the original', () => {
    const source = 'a = 1\nb = 2\nc = 3\n';
    const history = historyOf(source, [at(source, 'a = 1', 'alpha = 1')]);
    const later = at(history.texts[1], '3', 'three');
    expect(originalEdits([later], history, 1)).toEqual([{ start: source.indexOf('3'), end: source.indexOf('3') + 1, text: 'three', combined: false }]);
  });

  it('combines an edit made inside text an earlier edit wrote with that edit', () => {
    const source = 'x = f(1)\n';
    const history = historyOf(source, [at(source, 'f(1)', 'g(h(1))')]);
    const later = at(history.texts[1], 'h(1)', 'k(1)');
    expect(originalEdits([later], history, 1)).toEqual([{ start: 4, end: 8, text: 'g(k(1))', combined: true }]);
  });

  it('marks an edit that replaces an earlier edit whole as combined, at the earlier edit place', () => {
    const source = 'self.assertTrue(not (a == b))\n';
    const first = [at(source, 'assertTrue', 'assertFalse'), at(source, 'not (', ''), { start: source.indexOf('))'), end: source.indexOf('))') + 1, text: '' }];
    const history = historyOf(source, first);
    expect(history.texts[1]).toBe('self.assertFalse(a == b)\n');
    const edits = originalEdits([at(history.texts[1], 'assertFalse', 'assertNotEqual'), at(history.texts[1], ' == ', ', ')], history, 1);
    expect(edits).toEqual([
      { start: 5, end: 15, text: 'assertNotEqual', combined: true },
      { start: 22, end: 26, text: ', ', combined: false },
    ]);
  });

  it('combines an edit that spans a place where an earlier edit deleted text', () => {
    const source = 'abcdef\n';
    const history = historyOf(source, [at(source, 'cd', '')]);
    expect(history.texts[1]).toBe('abef\n');
    expect(originalEdits([at(history.texts[1], 'be', 'XY')], history, 1)).toEqual([{ start: 1, end: 5, text: 'XY', combined: true }]);
    // Ending where the deletion was does not take it in.
    expect(originalEdits([at(history.texts[1], 'b', 'B')], history, 1)).toEqual([{ start: 1, end: 2, text: 'B', combined: false }]);
    expect(originalEdits([at(history.texts[1], 'e', 'E')], history, 1)).toEqual([{ start: 4, end: 5, text: 'E', combined: false }]);
  });

  it('makes one edit of two edits of a fix that cut into the same earlier edit', () => {
    const source = 'call(x)\n';
    const history = historyOf(source, [at(source, 'x', 'first, second')]);
    const text = history.texts[1];
    expect(originalEdits([at(text, 'first', '1st'), at(text, 'second', '2nd')], history, 1)).toEqual([{ start: 5, end: 6, text: '1st, 2nd', combined: true }]);
  });

  it('maps back through several rounds, keeping insertions at their place', () => {
    const source = 'def f():\n    pass\n';
    const withImport = applyEdits(source, [{ start: 0, end: 0, text: 'import time\n' }]);
    const history = historyOf(source, [{ start: 0, end: 0, text: 'import time\n' }], [at(withImport, 'pass', 'return 1')]);
    expect(history.texts[2]).toBe('import time\ndef f():\n    return 1\n');
    const later = at(history.texts[2], 'f()', 'g()');
    expect(originalEdits([later], history, 2)).toEqual([{ start: 4, end: 7, text: 'g()', combined: false }]);
    const insideImport = { start: 'import '.length, end: 'import time'.length, text: 'os' };
    expect(originalEdits([insideImport], history, 2)).toEqual([{ start: 0, end: 0, text: 'import os\n', combined: true }]);
  });
});

describe('originalEnd', () => {
  it('places an end inside text an earlier edit wrote after what that edit replaced', () => {
    const source = 'x = f(1)\n';
    const history = historyOf(source, [at(source, 'f(1)', 'g(h(1))')]);
    expect(originalEnd(history.texts[1].indexOf('h(1)') + 2, history, 1)).toBe(8);
    expect(originalEnd(history.texts[1].indexOf('\n'), history, 1)).toBe(source.indexOf('\n'));
  });
});

describe('the edits of every applied fix, placed in the input', () => {
  const changing = fixtureCases().filter((fixture) => !fixture.refusal);
  let combined = 0;

  it.each(changing)('$transform: $name gives its output', ({ transform, input, output, unsafe, settings }) => {
    const outcome = transformBytes(path.basename(input), readFileSync(input), { transforms: selectTransforms([transform]), unsafe, settings });
    expect(outcome.bytes?.equals(readFileSync(output))).toBe(true);
    expect(applyPlacedEdits(outcome.input, outcome.findings.filter((f) => f.status === 'applied').flatMap((f) => f.edits!))).toBe(outcome.output);
    combined += outcome.findings.flatMap((f) => f.edits ?? []).filter((e) => e.combined).length;
  });

  it('include fixes of later rounds, made on text earlier fixes wrote', () => {
    expect(combined).toBeGreaterThan(0);
  });

  it('give each of two fixes made in one earlier edit its own change, on top of that edit', () => {
    const outcome = transformBytes('test_split.py', readFileSync(path.join(ROOT, 'examples', 'test_server_actions.py')), {
      transforms: selectTransforms(['split-tests', 'docstrings']),
      unsafe: true,
      settings: {},
    });
    const split = outcome.findings.find((f) => f.transform === 'split-tests' && f.status === 'applied')!;
    const [base] = split.edits!;
    const later = outcome.findings.filter((f) => f.transform === 'docstrings' && f.edits?.some((e) => e.combined && e.line === base.line));
    expect(later.length).toBeGreaterThan(1);
    for (const finding of later) {
      const [edit] = finding.edits!;
      expect({ ...edit, text: '' }).toEqual({ ...base, combined: true, text: '' });
      const added = edit.text.split('\n').filter((line) => !base.text.split('\n').includes(line));
      expect(added).toHaveLength(1);
      expect(added[0]).toMatch(/^ {8}""".+\."""$/);
    }
  });
});
