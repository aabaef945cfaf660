/**
 * Fixtures: __fixtures__/<transform>/<case>.input.py becomes
 * <case>.output.py, byte for byte, and the output is left alone by a second
 * run. A case with no .output.py is a refusal: the input comes out
 * byte-identical, and the run reports at least one place it left alone,
 * applying nothing. An optional <case>.options.json sets `unsafe` and the
 * transforms' option values (`settings`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { transformBytes } from '../src/core/process.js';
import { selectTransforms } from '../src/core/registry.js';
import { FIXTURES, fixtureCases } from './helpers.js';

describe.each(fixtureCases())('$transform: $name', ({ transform, input, output, refusal, unsafe, settings }) => {
  const options = { transforms: selectTransforms([transform]), unsafe, settings };

  if (refusal) {
    it('comes out byte-identical, reporting the places it leaves alone and applying nothing', () => {
      const outcome = transformBytes(path.basename(input), readFileSync(input), options);
      expect(outcome.status).toBe('unchanged');
      expect(outcome.bytes).toBeNull();
      expect(outcome.findings.length).toBeGreaterThan(0);
      expect(outcome.findings.filter((f) => f.status === 'applied')).toEqual([]);
    });
    return;
  }

  it('turns the input into the expected output, byte for byte', () => {
    const before = readFileSync(input);
    const expected = readFileSync(output);
    expect(before.equals(expected), 'an output equal to its input is written as a refusal: delete the .output.py').toBe(false);
    const outcome = transformBytes(path.basename(input), before, options);
    expect(outcome.status).not.toBe('error');
    // Latin-1 gives each byte a character of its own: the strings are equal exactly when the bytes are, and a failure shows a readable diff.
    expect(outcome.bytes?.toString('latin1')).toBe(expected.toString('latin1'));
  });

  it('leaves its own output alone', () => {
    const again = transformBytes(path.basename(output), readFileSync(output), options);
    expect(again.status).toBe('unchanged');
    expect(again.bytes).toBeNull();
  });
});

describe('the fixture folders', () => {
  it('hold no output without its input', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
    const orphans = walk(FIXTURES).filter((file) => file.endsWith('.output.py') && !existsSync(file.replace(/\.output\.py$/, '.input.py')));
    expect(orphans).toEqual([]);
  });
});
