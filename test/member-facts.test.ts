/**
 * The member facts find the reference of an attribute's object by where it
 * starts, without its node: the answer is the one the scope analysis gives
 * for the node, for every identifier of every fixture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePython } from '../src/python/parse.js';
import { analyzeScopes } from '../src/python/scope.js';
import { referencesOf } from '../src/testing/member-facts.js';
import { FIXTURES } from './helpers.js';

describe('the references of an analysis by start', () => {
  it('are those referenceAt gives for each identifier node', () => {
    const sources = readdirSync(FIXTURES).flatMap((dir) =>
      readdirSync(path.join(FIXTURES, dir))
        .filter((name) => name.endsWith('.py'))
        .map((name) => readFileSync(path.join(FIXTURES, dir, name), 'utf8')),
    );
    let found = 0;
    for (const source of sources) {
      const root = parsePython(source).rootNode;
      const analysis = analyzeScopes(root);
      const byStart = referencesOf(analysis);
      for (const node of root.descendantsOfType('identifier')) {
        const expected = analysis.referenceAt(node);
        expect(byStart.get(node.startIndex) ?? null).toBe(expected);
        if (expected !== null) found++;
      }
    }
    expect(found).toBeGreaterThan(5_000);
  });
});
