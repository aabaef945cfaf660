/**
 * A file whose naming findings the first pass's facts give alone is not
 * parsed again: its outcome is the one the full second pass gives, for
 * every fixture as one run, under each convention and with --unsafe.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectSource, transformSource } from '../src/core/engine.js';
import type { FactsContext, FileFacts, Transform, TransformSettings } from '../src/core/types.js';
import naming from '../transforms/naming/index.js';
import { FIXTURES } from './helpers.js';

const FILES = Object.fromEntries(
  readdirSync(FIXTURES).flatMap((dir) =>
    readdirSync(path.join(FIXTURES, dir))
      .filter((name) => name.endsWith('.input.py'))
      .map((name) => [`${dir}/${name.replace('.input.py', '').replaceAll('-', '_')}.py`, readFileSync(path.join(FIXTURES, dir, name), 'utf8')]),
  ),
);

/** Each file's outcome in a run of `transform` over every file. */
function outcomes(transform: Transform, settings: TransformSettings, unsafe: boolean): unknown[] {
  const options = { transforms: [transform], unsafe, settings };
  const facts: FileFacts[] = Object.entries(FILES).map(([file, source]) => ({ path: file, facts: collectSource(file, source, options).naming }));
  const project = new Map([['naming', facts]]);
  return Object.entries(FILES).map(([file, source]) => transformSource(file, source, { ...options, project }));
}

describe('naming findings from the facts alone', () => {
  it.each([
    [{}, false],
    [{}, true],
    [{ 'naming-style': 'snake' }, false],
    [{ 'naming-style': 'camel' }, true],
  ] as const)('give the outcome of the full second pass (%o, unsafe %s)', (settings, unsafe) => {
    let answered = 0;
    const counting: Transform = {
      ...naming,
      createFromFacts(context: FactsContext) {
        const findings = naming.createFromFacts!(context);
        if (findings !== null) answered++;
        return findings;
      },
    };
    const parsed: Transform = { ...naming, createFromFacts: undefined };
    expect(outcomes(counting, settings, unsafe)).toEqual(outcomes(parsed, settings, unsafe));
    expect(answered).toBeGreaterThan(10);
  });
});
