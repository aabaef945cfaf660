/**
 * Runs of statements repeated in several methods, identical up to the names
 * of the methods' locals: the same steps written out in each test.
 */
import type Parser from 'tree-sitter';
import { functionScope, type ScopeAnalysis } from '../../src/index.js';

type Node = Parser.SyntaxNode;

/** One copy of a repeated run. */
export interface RunCopy {
  readonly method: Node;
  readonly statements: readonly Node[];
  /** The method's locals in the run, in order of first appearance: the same position means the same role in every copy. */
  readonly locals: readonly string[];
}

/** A run of statements found in several methods. */
export interface RepeatedRun {
  /** In source order; the first copy is the one a helper is written from. */
  readonly copies: readonly RunCopy[];
}

/** A statement read as tokens, its locals replaced by a placeholder. */
interface Statement {
  readonly node: Node;
  readonly start: number;
  readonly end: number;
  readonly shape: string;
}

/** A method read for repeated runs: its blocks' statements, and where its locals are named. */
interface MethodRuns {
  readonly method: Node;
  readonly blocks: readonly (readonly Statement[])[];
  /** Where each identifier naming a local of the method starts. */
  readonly locals: ReadonlySet<number>;
}

/** A copy as found, with the places of its statements. */
interface FoundCopy {
  readonly key: string;
  readonly copy: RunCopy;
  readonly statements: readonly Statement[];
}

/**
 * The runs of at least `minimum` consecutive statements (of any block) that
 * appear in two or more of `methods` (of the module whose text is `source`), longest first, no statement in two
 * runs. Two runs match when their tokens are equal once each method's locals
 * are numbered in order of appearance; comments count as tokens.
 */
export function findRepeatedRuns(analysis: ScopeAnalysis, source: string, methods: readonly Node[], minimum: number): RepeatedRun[] {
  if (methods.length < 2) return [];
  const read = methods.map((method): MethodRuns => {
    const spans = localSpans(analysis, method);
    return { method, blocks: blocksOf(method).map((block, index) => statementsOf(source, block, index === 0 ? method : null, spans)), locals: new Set(spans.map((span) => span.start)) };
  });
  const found = new Map<string, FoundCopy[]>();
  // A run shared by many methods is met once per pair of them: each copy is read once.
  const copies = new Map<Statement, Map<number, FoundCopy>>();
  const copyAt = (method: MethodRuns, statements: readonly Statement[], from: number, length: number) => {
    if (!copies.has(statements[from])) copies.set(statements[from], new Map());
    const byLength = copies.get(statements[from])!;
    let copy = byLength.get(length);
    if (copy === undefined) byLength.set(length, (copy = copyOf(source, method, statements.slice(from, from + length))));
    return copy;
  };
  for (const [i, a, j, b] of sharingBlocks(read.map((method) => method.blocks), minimum)) {
    const first = read[i];
    const second = read[j];
    for (const [from, to, length] of commonRuns(first.blocks[a], second.blocks[b], minimum)) {
      const left = copyAt(first, first.blocks[a], from, length);
      const right = copyAt(second, second.blocks[b], to, length);
      if (left.key !== right.key) continue;
      const copies = found.get(left.key) ?? [];
      for (const copy of [left, right]) if (!copies.some((known) => known.statements[0].start === copy.statements[0].start)) copies.push(copy);
      found.set(left.key, copies);
    }
  }
  const runs = [...found.values()].sort((x, y) => y[0].statements.length - x[0].statements.length || y.length - x.length);
  const taken: Statement[] = [];
  const chosen: RepeatedRun[] = [];
  for (const copies of runs) {
    const free = copies.filter((copy) => !copy.statements.some((statement) => taken.some((other) => overlaps(statement, other))));
    if (new Set(free.map((copy) => copy.copy.method.id)).size < 2) continue;
    free.sort((x, y) => x.statements[0].start - y.statements[0].start);
    for (const copy of free) taken.push(...copy.statements);
    chosen.push({ copies: free.map((copy) => copy.copy) });
  }
  return chosen;
}

/**
 * The pairs of blocks of different methods that share a run of at least
 * `minimum` equal shapes, as [method, block, later method, its block], in the
 * order of a scan of every pair of methods and then of their blocks: only blocks with `minimum` consecutive
 * shapes in common can share a run, so each run of that many shapes is looked
 * up instead of comparing every block with every other. Shapes hold no line
 * breaks, which join them.
 */
export function sharingBlocks(methods: readonly (readonly (readonly { readonly shape: string }[])[])[], minimum: number): [number, number, number, number][] {
  const places = new Map<string, [number, number][]>();
  for (const [method, blocks] of methods.entries()) {
    for (const [block, statements] of blocks.entries()) {
      for (let at = 0; at + minimum <= statements.length; at++) {
        const key = statements
          .slice(at, at + minimum)
          .map((statement) => statement.shape)
          .join('\n');
        const list = places.get(key);
        if (list === undefined) places.set(key, [[method, block]]);
        else if (list[list.length - 1][0] !== method || list[list.length - 1][1] !== block) list.push([method, block]);
      }
    }
  }
  const pairs = new Map<string, [number, number, number, number]>();
  for (const list of places.values()) {
    for (const [index, [i, a]] of list.entries()) {
      for (const [j, b] of list.slice(index + 1)) if (i !== j) pairs.set(`${i} ${a} ${j} ${b}`, [i, a, j, b]);
    }
  }
  return [...pairs.values()].sort((x, y) => x[0] - y[0] || x[2] - y[2] || x[1] - y[1] || x[3] - y[3]);
}

function overlaps(a: Statement, b: Statement): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Compound statements and their clauses, which hold blocks; definitions hold blocks of scopes of their own. */
const BLOCK_HOLDERS = new Set([
  'if_statement',
  'elif_clause',
  'else_clause',
  'for_statement',
  'while_statement',
  'with_statement',
  'try_statement',
  'except_clause',
  'except_group_clause',
  'finally_clause',
  'match_statement',
  'case_clause',
]);

/** A block and its named children, with their types. */
export interface MethodBlock {
  readonly block: Node;
  readonly children: readonly Node[];
  readonly types: readonly string[];
}

/**
 * The method's body and every block nested in it, outside nested functions
 * and classes, outer blocks first: only compound statements hold blocks, so
 * only they are looked into.
 */
export function blocksOf(method: Node): MethodBlock[] {
  const body = method.childForFieldName('body');
  if (body === null) return [];
  const found: MethodBlock[] = [];
  const visit = (block: Node) => {
    const children = block.namedChildren;
    const types = children.map((child) => child.type);
    found.push({ block, children, types });
    for (const [index, child] of children.entries()) if (BLOCK_HOLDERS.has(types[index])) visitHolder(child);
  };
  const visitHolder = (holder: Node) => {
    for (const part of holder.namedChildren) {
      if (part.type === 'block') visit(part);
      else if (BLOCK_HOLDERS.has(part.type)) visitHolder(part);
    }
  };
  visit(body);
  return found;
}

/** The statements of a block, without the docstring of `method` when the block is its body. */
function statementsOf(source: string, block: MethodBlock, method: Node | null, locals: readonly Span[]): Statement[] {
  const statements = block.children.filter((_, index) => block.types[index] !== 'comment');
  const first = statements[0];
  const docstring = method !== null && first?.type === 'expression_statement' && first.namedChildren[0]?.type === 'string';
  return statements.slice(docstring ? 1 : 0).map((node) => {
    const start = node.startIndex;
    const end = node.endIndex;
    return { node, start, end, shape: shapeOf(source, start, end, locals) };
  });
}

/** Where an identifier naming a local of the method is. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/** The identifiers of the method that name its locals, in source order. */
function localSpans(analysis: ScopeAnalysis, method: Node): Span[] {
  const spans = [...functionScope(analysis, method).bindings.values()].flatMap((binding) => binding.references.map((r) => ({ start: r.start, end: r.end })));
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * A statement's text with its locals as `$` and every run of white space as
 * one space: a quick first test that two statements may match, which
 * {@link copyOf} confirms token by token.
 */
function shapeOf(source: string, start: number, end: number, locals: readonly Span[]): string {
  let low = 0;
  let high = locals.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (locals[mid].start < start) low = mid + 1;
    else high = mid;
  }
  let shape = '';
  let at = start;
  for (let i = low; i < locals.length && locals[i].end <= end; i++) {
    shape += `${source.slice(at, locals[i].start)}$`;
    at = locals[i].end;
  }
  return (shape + source.slice(at, end)).replace(/\s+/g, ' ');
}

/** Where two statement lists share runs of at least `minimum` equal shapes: [start in a, start in b, length], maximal runs only. */
function commonRuns(a: readonly Statement[], b: readonly Statement[], minimum: number): [number, number, number][] {
  const runs: [number, number, number][] = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      if (i > 0 && j > 0 && a[i - 1].shape === b[j - 1].shape) continue;
      let length = 0;
      while (i + length < a.length && j + length < b.length && a[i + length].shape === b[j + length].shape) length++;
      if (length >= minimum) runs.push([i, j, length]);
    }
  }
  return runs;
}

/** A run as one copy, with its key: its tokens (comments between statements included), locals numbered. */
function copyOf(source: string, method: MethodRuns, statements: readonly Statement[]): FoundCopy {
  const locals: string[] = [];
  const number = (name: string) => {
    if (!locals.includes(name)) locals.push(name);
    return `$${locals.indexOf(name)}`;
  };
  const first = statements[0];
  const last = statements[statements.length - 1];
  const between = (first.node.parent?.namedChildren ?? []).filter((n) => n.type === 'comment' && n.startIndex > first.start && n.endIndex < last.end);
  const nodes = [...statements.map((s) => s.node), ...between].sort((x, y) => x.startIndex - y.startIndex);
  const tokens: string[] = [];
  for (const node of nodes) readTokens(source, node, method.locals, number, tokens);
  return { key: tokens.join(' '), copy: { method: method.method, statements: statements.map((s) => s.node), locals }, statements };
}

/**
 * Appends the leaf tokens of a node to `tokens`: strings and comments whole,
 * identifiers that start where a local of the method is named as `local(name)`
 * gives them.
 */
function readTokens(source: string, node: Node, locals: ReadonlySet<number>, local: (name: string) => string, tokens: string[]): void {
  const cursor = node.walk();
  for (;;) {
    const type = cursor.nodeType;
    if ((type === 'string' || type === 'comment' || !cursor.gotoFirstChild())) {
      const start = cursor.startIndex;
      const text = source.slice(start, cursor.endIndex);
      tokens.push(type === 'identifier' && locals.has(start) ? local(text) : text);
      while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) return;
    }
  }
}
