import { describe, expect, it } from 'vitest';
import { judgeInput, takeInputVerdict } from '../../src/python/input-verdicts.js';
import { findSyntaxError, parsePython } from '../../src/python/parse.js';

const GOOD = 'def f():\n    return 1\n';
const BAD = 'def f():\n    print 1\n';

describe('input verdicts kept from the first pass', () => {
  it('are the verdicts findSyntaxError gives, taken once', () => {
    for (const source of [GOOD, BAD]) {
      const expected = findSyntaxError(source, parsePython(source));
      expect(judgeInput('a.py', source, parsePython(source))).toEqual(expected);
      expect(takeInputVerdict('a.py', source, parsePython(source))).toEqual(expected);
      expect(takeInputVerdict('a.py', source, parsePython(source))).toEqual(expected);
    }
    expect(findSyntaxError(BAD, parsePython(BAD))).not.toBeNull();
  });

  it('are judged again when the file changed between the passes', () => {
    judgeInput('b.py', GOOD, parsePython(GOOD));
    expect(takeInputVerdict('b.py', BAD, parsePython(BAD))).toEqual(findSyntaxError(BAD, parsePython(BAD)));
    judgeInput('b.py', BAD, parsePython(BAD));
    expect(takeInputVerdict('b.py', GOOD, parsePython(GOOD))).toBeNull();
  });

  it('belong to their path', () => {
    judgeInput('c.py', BAD, parsePython(BAD));
    expect(takeInputVerdict('d.py', GOOD, parsePython(GOOD))).toBeNull();
    expect(takeInputVerdict('c.py', BAD, parsePython(BAD))).not.toBeNull();
  });
});
