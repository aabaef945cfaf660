/**
 * The member facts read places without making nodes: the reference of an
 * attribute's object is found by where it starts, and the module-level
 * names used as values from the names walk and the sites. Both answer as
 * the nodes do, in every fixture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../src/core/context.js';
import { parsePython } from '../src/python/parse.js';
import { analyzeScopes } from '../src/python/scope.js';
import { collectMemberFacts, referencesOf, resolverFor, resolveRelative } from '../src/testing/member-facts.js';
import { importedNames } from '../src/python/imports.js';
import { sameNode } from '../src/python/name-uses.js';
import { FIXTURES } from './helpers.js';

const sources = readdirSync(FIXTURES).flatMap((dir) =>
  readdirSync(path.join(FIXTURES, dir))
    .filter((name) => name.endsWith('.py'))
    .map((name) => readFileSync(path.join(FIXTURES, dir, name), 'utf8')),
);

describe('the member facts', () => {
  it('give the module-level names used as values that climbing the nodes finds', () => {
    let found = 0;
    for (const source of sources) {
      const tree = parsePython(source);
      const context = createContext('pkg/test_mod.py', source, tree, { settings: {}, project: new Map() });
      const analysis = context.scopes();
      const module = context.moduleName();
      const resolve = resolverFor(module, importedNames(tree.rootNode).map((i) => ({ local: i.local, path: resolveRelative(i.path, module) })), analysis);
      const expected = new Set<string>();
      for (const binding of analysis.module.bindings.values()) {
        for (const reference of binding.references) {
          if (reference.role !== 'read') continue;
          let chain = reference.node;
          let call = chain.parent;
          while (call?.type === 'attribute' && sameNode(call.childForFieldName('object'), chain)) {
            chain = call;
            call = chain.parent;
          }
          if (call?.type !== 'call' || !sameNode(call.childForFieldName('function'), chain)) expected.add(resolve(chain.text));
        }
      }
      expect(collectMemberFacts(context, analysis, [], []).valueUses).toEqual([...expected]);
      found += expected.size;
    }
    expect(found).toBeGreaterThan(200);
  });
});

describe('the references of an analysis by start', () => {
  it('are those referenceAt gives for each identifier node', () => {
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
