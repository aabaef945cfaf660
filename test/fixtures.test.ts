/**
 * Fixture pairs: __fixtures__/<transform>/<case>.input.py becomes
 * <case>.output.py, byte for byte, and the output is left alone by a second
 * run; a case whose output is its input must report the places it refused.
 * An optional <case>.options.json sets `unsafe` and the transforms'
 * option values (`settings`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { transformBytes } from '../src/core/process.js';
import { selectTransforms } from '../src/core/registry.js';
import { fixtureCases } from './helpers.js';

describe.each(fixtureCases())('$transform: $name', ({ transform, input, output, unsafe, settings }) => {
  const options = { transforms: selectTransforms([transform]), unsafe, settings };

  it('turns the input into the expected output, byte for byte', () => {
    const before = readFileSync(input);
    const expected = readFileSync(output);
    const outcome = transformBytes(path.basename(input), before, options);
    expect(outcome.status).not.toBe('error');
    expect((outcome.bytes ?? before).equals(expected)).toBe(true);
    expect(outcome.bytes === null).toBe(before.equals(expected));
  });

  if (readFileSync(input).equals(readFileSync(output))) {
    it('reports the places it leaves alone, applying nothing', () => {
      const { findings } = transformBytes(path.basename(input), readFileSync(input), options);
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.filter((f) => f.status === 'applied')).toEqual([]);
    });
  }

  it('leaves its own output alone', () => {
    const expected = readFileSync(output);
    const again = transformBytes(path.basename(output), expected, options);
    expect(again.status).toBe('unchanged');
    expect(again.bytes).toBeNull();
  });
});
