/**
 * The index of a run's member facts answers every question as a scan of
 * every file's facts would, in the same order: the rename and naming
 * fixtures, read as one run watching every name they spell.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../src/core/context.js';
import { parsePython } from '../src/python/parse.js';
import { identifiersOf } from '../src/python/identifiers.js';
import { collectMemberFacts, type MemberFacts } from '../src/testing/member-facts.js';
import { memberIndex } from '../src/testing/member-index.js';
import { ROOT } from './helpers.js';

function readRun(): MemberFacts[] {
  return ['rename', 'naming'].flatMap((dir) =>
    readdirSync(path.join(ROOT, '__fixtures__', dir))
      .filter((name) => name.endsWith('.input.py'))
      .sort()
      .map((name) => {
        const file = `__fixtures__/${dir}/${name}`;
        const source = readFileSync(path.join(ROOT, file), 'utf8');
        // As if a suppression comment kept every seventh line from the codes asked about.
        const lineOf = (index: number) => source.slice(0, index).split('\n').length;
        const round = { sourceLine: lineOf, keeps: (code: string, index: number) => code !== 'TM301' || lineOf(index) % 7 !== 0 };
        const context = createContext(file, source, parsePython(source), { settings: {}, project: new Map() }, round);
        const names = [...identifiersOf(context.tree.rootNode).byName.keys()];
        return collectMemberFacts(context, context.scopes(), names.map((from) => ({ from, to: `${from}_x` })), ['TM301']);
      }),
  );
}

const files = readRun();
const index = memberIndex(files);
const located = <T>(pick: (file: MemberFacts) => readonly T[], keep: (fact: T) => boolean) => files.flatMap((file) => pick(file).filter(keep).map((fact) => [file.path, fact]));
const paths = (list: readonly MemberFacts[]) => list.map((file) => file.path);

describe('the member index', () => {
  it('reads a run with classes, uses, strings and calls to look up', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((f) => f.classes).length).toBeGreaterThan(20);
    expect(files.flatMap((f) => f.attributes).length).toBeGreaterThan(100);
    expect(files.flatMap((f) => f.keywordCalls).length).toBeGreaterThan(5);
    expect(files.flatMap((f) => f.mentions).length).toBeGreaterThan(0);
    expect(files.flatMap((f) => f.kept).length).toBeGreaterThan(20);
  });

  it('is built once per run', () => {
    expect(memberIndex(files)).toBe(index);
    expect(memberIndex([...files])).not.toBe(index);
  });

  it('finds the uses, strings, keyword calls and kept lines of each name that a scan finds, in the order it finds them', () => {
    for (const name of new Set(files.flatMap((f) => [...f.attributes.map((a) => a.name), ...f.mentions.map((m) => m.name), ...f.keywordCalls.map((c) => c.method), ...f.kept.map((k) => k.name)]))) {
      expect(index.attributeUses(name).map(({ file, fact }) => [file.path, fact])).toEqual(located((f) => f.attributes, (a) => a.name === name));
      expect(index.mentionsOf(name).map(({ file, fact }) => [file.path, fact])).toEqual(located((f) => f.mentions, (m) => m.name === name));
      expect(index.keywordCallsOf(name).map(({ file, fact }) => [file.path, fact])).toEqual(located((f) => f.keywordCalls, (c) => c.method === name));
      expect(index.keptUsesOf(name).map(({ file, fact }) => [file.path, fact])).toEqual(located((f) => f.kept, (k) => k.name === name));
    }
  });

  it('finds classes by full name, the classes derived from each, and the files of each module', () => {
    const classes = new Map(files.flatMap((f) => f.classes.map((c) => [c.fullName, c] as const)));
    expect([...index.classes]).toEqual([...classes]);
    for (const fullName of classes.keys()) {
      expect(index.classesCalled(fullName).map(({ file, fact }) => [file.path, fact])).toEqual(located((f) => f.classes, (c) => c.fullName === fullName));
      expect(index.derivedFrom(fullName)).toEqual([...classes.values()].filter((c) => c.bases.includes(fullName)));
    }
    for (const module of new Set(files.map((f) => f.module))) expect(paths(index.filesOf(module))).toEqual(paths(files.filter((f) => f.module === module)));
  });

  it('finds the first file to say how a parameter is renamed, as the first in file order', () => {
    const all = files.flatMap((f) => f.parameters);
    expect(all.length).toBeGreaterThan(10);
    for (const p of all) {
      const first = all.find((q) => q.className === p.className && q.function === p.function && q.parameter === p.parameter && q.newName === p.newName);
      expect(index.parameterRename(p.className, p.function, p.parameter, p.newName)).toBe(first);
    }
    expect(index.parameterRename('no.Such', 'f', 'x', 'y')).toBeUndefined();
  });

  it('finds importers, star imports, values, splat calls and uncalled attributes as a scan does', () => {
    for (const path of new Set(files.flatMap((f) => [...f.imports.map((i) => i.path), ...f.valueUses, ...f.splatCallees]))) {
      expect(paths(index.importersOf(path))).toEqual(paths(files.filter((f) => f.imports.some((i) => i.path === path))));
      expect(paths(index.valueUsersOf(path))).toEqual(paths(files.filter((f) => f.valueUses.includes(path))));
      expect(paths(index.splatCallersOf(path))).toEqual(paths(files.filter((f) => f.splatCallees.includes(path))));
    }
    for (const module of new Set(files.map((f) => f.module))) expect(index.starImporterOf(module)).toBe(files.find((f) => f.starImports.includes(module)));
    for (const name of new Set(files.flatMap((f) => f.uncalled))) expect(index.firstUncalled(name)).toBe(files.find((f) => f.uncalled.includes(name)));
  });

  it('tells which names a file spells and binds', () => {
    for (const file of files) {
      for (const name of new Set(files.flatMap((f) => [...f.spelled, ...f.moduleNames]))) {
        expect(index.spells(file, name)).toBe(file.spelled.includes(name));
        expect(index.binds(file, name)).toBe(file.moduleNames.includes(name));
      }
    }
    expect(paths(index.inOrder([files[3], files[1], files[2]]))).toEqual(paths([files[1], files[2], files[3]]));
  });
});
