/**
 * Runs of statements repeated in several methods, identical up to the names
 * of the methods' locals: the same steps written out in each test.
 */
import type Parser from 'tree-sitter';
import { functionScope, sameNode, type ScopeAnalysis } from '../../src/index.js';

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
  readonly shape: string;
}

/**
 * The runs of at least `minimum` consecutive statements (of any block) that
 * appear in two or more of `methods` (of the module whose text is `source`), longest first, no statement in two
 * runs. Two runs match when their tokens are equal once each method's locals
 * are numbered in order of appearance; comments count as tokens.
 */
export function findRepeatedRuns(analysis: ScopeAnalysis, source: string, methods: readonly Node[], minimum: number): RepeatedRun[] {
  const blocks = methods.map((method) => {
    const locals = localSpans(analysis, method);
    return { method, blocks: blocksOf(method).map((block) => statementsOf(source, block, locals)) };
  });
  const found = new Map<string, RunCopy[]>();
  // A run shared by many methods is met once per pair of them: each copy is read once.
  const copies = new Map<Statement, Map<number, { key: string; copy: RunCopy }>>();
  const copyAt = (method: Node, statements: readonly Statement[], from: number, length: number) => {
    if (!copies.has(statements[from])) copies.set(statements[from], new Map());
    const byLength = copies.get(statements[from])!;
    let copy = byLength.get(length);
    if (copy === undefined) byLength.set(length, (copy = copyOf(analysis, method, statements.slice(from, from + length))));
    return copy;
  };
  for (const [i, first] of blocks.entries()) {
    for (const second of blocks.slice(i + 1)) {
      for (const a of first.blocks) {
        for (const b of second.blocks) {
          for (const [from, to, length] of commonRuns(a, b, minimum)) {
            const left = copyAt(first.method, a, from, length);
            const right = copyAt(second.method, b, to, length);
            if (left.key !== right.key) continue;
            const copies = found.get(left.key) ?? [];
            for (const copy of [left.copy, right.copy]) if (!copies.some((known) => sameNode(known.statements[0], copy.statements[0]))) copies.push(copy);
            found.set(left.key, copies);
          }
        }
      }
    }
  }
  const runs = [...found.values()].sort((x, y) => y[0].statements.length - x[0].statements.length || y.length - x.length);
  const taken: Node[] = [];
  const chosen: RepeatedRun[] = [];
  for (const copies of runs) {
    const free = copies.filter((copy) => !copy.statements.some((statement) => taken.some((other) => overlaps(statement, other))));
    if (new Set(free.map((copy) => copy.method.id)).size < 2) continue;
    free.sort((x, y) => x.statements[0].startIndex - y.statements[0].startIndex);
    for (const copy of free) taken.push(...copy.statements);
    chosen.push({ copies: free });
  }
  return chosen;
}

function overlaps(a: Node, b: Node): boolean {
  return a.startIndex < b.endIndex && b.startIndex < a.endIndex;
}

/** The method's body and every block nested in it, outside nested functions and classes. */
function blocksOf(method: Node): Node[] {
  const body = method.childForFieldName('body');
  if (body === null) return [];
  const definitions = body.descendantsOfType(['function_definition', 'class_definition', 'lambda']).map((node) => [node.startIndex, node.endIndex]);
  const inside = (block: Node) => definitions.some(([start, end]) => start < block.startIndex && block.endIndex <= end);
  return [body, ...body.descendantsOfType('block').filter((block) => !inside(block))];
}

/** The statements of a block, without the docstring of the method whose body it is. */
function statementsOf(source: string, block: Node, locals: readonly Span[]): Statement[] {
  const statements = block.namedChildren.filter((n) => n.type !== 'comment');
  const first = statements[0];
  const docstring = block.parent?.type === 'function_definition' && first?.type === 'expression_statement' && first.namedChildren[0]?.type === 'string';
  return statements.slice(docstring ? 1 : 0).map((node) => ({ node, shape: shapeOf(source, node, locals) }));
}

/** Where an identifier naming a local of the method is. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/** The identifiers of the method that name its locals, in source order. */
function localSpans(analysis: ScopeAnalysis, method: Node): Span[] {
  const spans = [...functionScope(analysis, method).bindings.values()].flatMap((binding) => binding.references.map((r) => ({ start: r.node.startIndex, end: r.node.endIndex })));
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * A statement's text with its locals as `$` and every run of white space as
 * one space: a quick first test that two statements may match, which
 * {@link copyOf} confirms token by token.
 */
function shapeOf(source: string, node: Node, locals: readonly Span[]): string {
  let low = 0;
  let high = locals.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (locals[mid].start < node.startIndex) low = mid + 1;
    else high = mid;
  }
  let shape = '';
  let at = node.startIndex;
  for (let i = low; i < locals.length && locals[i].end <= node.endIndex; i++) {
    shape += `${source.slice(at, locals[i].start)}$`;
    at = locals[i].end;
  }
  return (shape + source.slice(at, node.endIndex)).replace(/\s+/g, ' ');
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
function copyOf(analysis: ScopeAnalysis, method: Node, statements: readonly Statement[]): { key: string; copy: RunCopy } {
  const locals: string[] = [];
  const number = (name: string) => {
    if (!locals.includes(name)) locals.push(name);
    return `$${locals.indexOf(name)}`;
  };
  const first = statements[0].node;
  const last = statements[statements.length - 1].node;
  const between = (first.parent?.namedChildren ?? []).filter((n) => n.type === 'comment' && n.startIndex > first.startIndex && n.endIndex < last.endIndex);
  const nodes = [...statements.map((s) => s.node), ...between].sort((x, y) => x.startIndex - y.startIndex);
  const key = nodes.flatMap((node) => tokensOf(analysis, method, node, number)).join(' ');
  return { key, copy: { method, statements: statements.map((s) => s.node), locals } };
}

/** The leaf tokens of a node; strings and comments whole; identifiers naming locals of `method` as `local(name)` gives them. */
function tokensOf(analysis: ScopeAnalysis, method: Node, node: Node, local: (name: string) => string): string[] {
  if (node.type === 'identifier') {
    const scope = analysis.referenceAt(node)?.binding?.scope;
    return [scope !== undefined && sameNode(scope.node, method) ? local(node.text) : node.text];
  }
  if (node.childCount === 0 || node.type === 'string' || node.type === 'comment') return [node.text];
  return node.children.flatMap((child) => tokensOf(analysis, method, child, local));
}
