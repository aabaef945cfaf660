/** Diffs taken region by region, as a file with thousands of fixes is, read exactly as the whole-file diff does. */
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { describe, expect, it } from 'vitest';
import { regionDiff, unifiedDiff } from '../src/core/diff.js';

const whole = (before: string, after: string) => createTwoFilesPatch('a/t.py', 'b/t.py', before, after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
const lines = (text: string) => text.match(/[^\n]*(?:\r?\n|$)/g)!.filter((line) => line !== '');
const byRegion = (before: string, after: string) => regionDiff('a/t.py', 'b/t.py', lines(before), lines(after));

describe('the region diff', () => {
  it('equals the whole-file diff for a module with a fix on every line', () => {
    const module = (assertion: (i: number) => string) =>
      ['import unittest', '', '', 'class ManyTest(unittest.TestCase):', ...Array.from({ length: 600 }, (_, i) => (i % 10 === 0 ? `\n    def test_${i}(self):\n        a, b = 1, 1\n${assertion(i)}` : assertion(i)))].join('\n') + '\n';
    const before = module(() => '        self.assertTrue(a == b)');
    const after = module((i) => (i % 7 === 0 ? '        self.assertTrue(a == b)' : '        self.assertEqual(a, b)'));
    expect(byRegion(before, after)).toBe(whole(before, after));
  });

  it('places a change among repeated lines where the whole-file diff does', () => {
    const before = 'def f():\n    x = 1\n    x = 1\n\n\nif __name__ == "__main__":\n    f()\n';
    const after = 'def f():\n    x = 2\n    x = 1\n\n\n\nif __name__ == "__main__":\n    f()\n';
    expect(byRegion(before, after)).toBe(whole(before, after));
    const dropped = 'def f():\n    x = 1\n\n\nif __name__ == "__main__":\n    f()\n';
    expect(byRegion(before, dropped)).toBe(whole(before, dropped));
  });

  it('keeps CRLF line ends, a last line without a line break, and changes at both ends', () => {
    const before = 'a\r\nb\r\nc\r\nd\r\ne\r\nf\r\ng\r\nh\r\ni\r\nj';
    const after = 'A\r\nb\r\nc\r\nd\r\ne\r\nf\r\ng\r\nh\r\ni\r\nJ';
    expect(byRegion(before, after)).toBe(whole(before, after));
    expect(byRegion(`${before}\r\n`, after)).toBe(whole(`${before}\r\n`, after));
    expect(byRegion('', 'x\n')).toBe(whole('', 'x\n'));
  });

  it('is what a run prints for a file with many changes', () => {
    const before = Array.from({ length: 4000 }, (_, i) => `x${i % 50} = ${i}\n`).join('');
    const after = before.replace(/= (\d*[13579])\n/g, '= -$1\n');
    expect(unifiedDiff('t.py', before, after)).toBe(byRegion(before, after));
  });
});
