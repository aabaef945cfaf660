/**
 * The sites of a tree, read in one cursor walk as spans, are what the parser
 * gives node by node: every attribute in the order of a pre-order walk, with
 * its object, name, call, keyword arguments and whether it is assigned to;
 * every string content; the callee of every call passing `**mapping`. In
 * every fixture, and in code written to hold the shapes the walk tells apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePython } from '../src/python/parse.js';
import Parser from 'tree-sitter';
import Python from 'tree-sitter-python';
import { hasSites, type NodeSpan, nodeOf, readSites } from '../src/python/syntax-sites.js';
import { namesOf, readNamesAndSites } from '../src/python/tree-names.js';
import { FIXTURES } from './helpers.js';

type Node = Parser.SyntaxNode;

function fixtureSources(): string[] {
  return readdirSync(FIXTURES).flatMap((dir) =>
    readdirSync(path.join(FIXTURES, dir))
      .filter((name) => name.endsWith('.py'))
      .map((name) => readFileSync(path.join(FIXTURES, dir, name), 'utf8')),
  );
}

const SHAPES = `
class C(Base):
    def m(self, other):
        self.a, (self.b, [self.c]) = 1, (2, [3])
        self.d += 1
        for self.e, *self.f in pairs:
            pass
        with open(p) as (self.g, self.h), lock as self.i:
            pass
        [x for self.j in items]
        self.k = self.l.m = other.n
        super().run(fast=True, **options)
        super(C, self).stop(now=1)
        a.call(x=1).call(y=2).go(  # a comment
            z=3,
            *rest,
            **more
        )
        (self
            # between
            .spaced)(w=1)
        obj.method(x for x in y)
        print(f"{self.p.q!r} and {'mock.patch.object'}", 'pkg.mod.name')
        return {**defaults, 'k': self.r}, call(**kwargs), getattr(self, 'name')
`;

const span = (node: Node): NodeSpan => ({ type: node.type, start: node.startIndex, end: node.endIndex });

/** As member facts once read them: climbing through the target patterns to the statement that binds. */
function isAssignmentTarget(node: Node): boolean {
  const patterns = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list', 'parenthesized_expression', 'list_splat_pattern']);
  let at = node;
  let holder = at.parent;
  while (holder !== null && patterns.has(holder.type)) {
    at = holder;
    holder = at.parent;
  }
  if (holder === null) return false;
  if (holder.type === 'as_pattern_target') return true;
  if (['assignment', 'augmented_assignment', 'for_statement', 'for_in_clause'].includes(holder.type)) return holder.childForFieldName('left')?.id === at.id;
  return false;
}

function expectedSites(tree: Parser.Tree) {
  const root = tree.rootNode;
  const attributes = root.descendantsOfType('attribute').map((attribute) => {
    const object = attribute.childForFieldName('object')!;
    const call = attribute.parent?.type === 'call' && attribute.parent.childForFieldName('function')?.id === attribute.id ? attribute.parent : null;
    const args = call?.childForFieldName('arguments')?.namedChildren ?? [];
    return {
      start: attribute.startIndex,
      end: attribute.endIndex,
      object: span(object),
      objectCallee: object.type === 'call' ? span(object.childForFieldName('function')!) : null,
      name: span(attribute.childForFieldName('attribute')!),
      called: call !== null,
      arguments: args
        .filter((a) => a.type === 'keyword_argument' || a.type === 'dictionary_splat')
        .map((a) => ({ start: a.startIndex, name: a.type === 'keyword_argument' ? span(a.childForFieldName('name')!) : null })),
      target: isAssignmentTarget(attribute),
    };
  });
  const splatCallees = root.descendantsOfType('dictionary_splat').flatMap((splat) => {
    const call = splat.parent?.parent;
    return call?.type === 'call' ? [span(call.childForFieldName('function')!)] : [];
  });
  return { attributes, splatCallees, strings: root.descendantsOfType('string_content').map(span) };
}

/** A site's spans as plain data: the walk's spans carry more fields than a span. */
const plain = (value: NodeSpan | null) => (value === null ? null : { type: value.type, start: value.start, end: value.end });

/** Python parsed apart from src/python/parse.ts, which gives the tree of the text it parsed last again. */
const parser = new Parser();
parser.setLanguage(Python as unknown as Parser.Language);

describe('the sites of a tree', () => {
  it.each([
    ['in a walk of their own', (tree: Parser.Tree) => readSites(tree)],
    [
      'in the names walk, which reads the same names',
      (tree: Parser.Tree, source: string) => {
        expect(hasSites(tree)).toBe(false);
        readNamesAndSites(tree);
        expect(hasSites(tree)).toBe(true);
        const names = namesOf(tree.rootNode);
        const alone = namesOf(parser.parse(source).rootNode);
        const { root: _root, node: _node, nodes: _nodes, scopes, ...read } = names;
        const { root: _aloneRoot, node: _aloneNode, nodes: _aloneNodes, scopes: aloneScopes, ...aloneRead } = alone;
        expect(read).toEqual(aloneRead);
        const plainScope = ({ node: _scopeNode, ...scope }: (typeof scopes)[number]) => scope;
        expect(scopes.map(plainScope)).toEqual(aloneScopes.map(plainScope));
        return readSites(tree);
      },
    ],
  ])('are the attributes, strings and splatted calls the parser gives node by node, in the same order, read %s', (_how, read) => {
    const sources = [...fixtureSources(), SHAPES];
    expect(sources.length).toBeGreaterThan(100);
    let attributes = 0;
    for (const source of sources) {
      const tree = parser.parse(source);
      const found = read(tree, source);
      const expected = expectedSites(tree);
      const sites = found.attributes.map((site) => ({
        start: site.start,
        end: site.end,
        object: plain(site.object),
        objectCallee: plain(site.objectCallee),
        name: plain(site.name),
        called: site.called,
        arguments: site.arguments.map((argument) => ({ start: argument.start, name: plain(argument.name) })),
        target: site.target,
      }));
      expect(sites).toEqual(expected.attributes);
      expect(found.splatCallees.map(plain)).toEqual(expected.splatCallees);
      expect(found.strings.map(plain)).toEqual(expected.strings);
      for (const site of found.attributes) expect(found.attributeEndingAt.get(site.end)).toBe(site);
      attributes += sites.length;
    }
    expect(attributes).toBeGreaterThan(2_000);
  });

  it('tells apart the shapes it was written for', () => {
    const tree = parsePython(SHAPES);
    const sites = readSites(tree).attributes;
    const named = (name: string) => sites.filter((site) => SHAPES.slice(site.name.start, site.name.end) === name);
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'm'].map((name) => named(name).map((site) => site.target))).toEqual(
      [[true], [true], [true], [true], [true], [true], [true], [true], [true], [true], [true], [true]],
    );
    expect(named('l').map((site) => site.target)).toEqual([false]);
    expect(named('call').map((site) => site.arguments.map((argument) => SHAPES.slice(argument.name!.start, argument.name!.end)))).toEqual([['y'], ['x']]);
    expect(named('go').map((site) => site.arguments.map((argument) => argument.name === null))).toEqual([[false, true]]);
    expect(named('spaced').map((site) => site.called)).toEqual([false]);
    expect(named('run').map((site) => SHAPES.slice(site.objectCallee!.start, site.objectCallee!.end))).toEqual(['super']);
  });

  it('gives the node of each span it found', () => {
    const tree = parsePython(SHAPES);
    const found = readSites(tree);
    for (const spanned of [...found.attributes.flatMap((site) => [site.object, site.name]), ...found.strings, ...found.splatCallees]) {
      const node = nodeOf(tree, spanned);
      expect([node.type, node.startIndex, node.endIndex]).toEqual([spanned.type, spanned.start, spanned.end]);
    }
  });

  it('reads broken code without failing', () => {
    for (const source of ['def f(:\n    x = y.\n', 'class C(\n    def m(self): return self.a.b(c=\n', 'print "x", y.z\n']) {
      expect(() => readSites(parsePython(source))).not.toThrow();
    }
  });
});
