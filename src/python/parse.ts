/** Parsing with tree-sitter-python: one parser and one query cache per thread. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Parser from 'tree-sitter';
import Python from 'tree-sitter-python';
import { LineTable } from './lines.js';
import type { Edit } from '../core/types.js';

const language = Python as unknown as Parser.Language;
const parser = new Parser();
parser.setLanguage(language);
const queries = new Map<string, Parser.Query>();

/*
 * A native tree is freed only when the garbage collector finalizes its small
 * JS wrapper (on a later turn of the event loop), and V8 does not see the
 * native memory behind it: left alone, trees pile up to about 40 times the
 * source parsed. A full collection after every few megabytes of source keeps
 * memory flat for a small cost.
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const COLLECT_EVERY = 4_000_000;
let parsedSinceCollection = 0;

/** Parses Python source. Indices in the tree are UTF-16 code units, like JS strings. */
export function parsePython(source: string): Parser.Tree {
  parsedSinceCollection += source.length;
  if (parsedSinceCollection > COLLECT_EVERY) {
    parsedSinceCollection = 0;
    collectGarbage();
  }
  return parser.parse(source);
}

/**
 * Parses `source`, the result of applying `edits` (disjoint, in `before`'s
 * indices) to `before`, reusing the parts of `tree` (`before`'s tree, which is
 * updated in place) outside the edited span. The edits are told to the tree as
 * one span: the binding updates every node it has handed out on each edit.
 */
export function reparsePython(tree: Parser.Tree, before: string, edits: readonly Edit[], source: string): Parser.Tree {
  const start = Math.min(...edits.map((edit) => edit.start));
  const oldEnd = Math.max(...edits.map((edit) => edit.end));
  const newEnd = oldEnd + source.length - before.length;
  const lines = new LineTable(before);
  const newLines = new LineTable(source);
  const point = (table: LineTable, index: number) => ({ row: table.line(index) - 1, column: table.column(index) - 1 });
  tree.edit({
    startIndex: start,
    oldEndIndex: oldEnd,
    newEndIndex: newEnd,
    startPosition: point(lines, start),
    oldEndPosition: point(lines, oldEnd),
    newEndPosition: point(newLines, newEnd),
  });
  parsedSinceCollection += source.length;
  return parser.parse(source, tree);
}

/** Compiles a query once per process and reuses it. */
export function compileQuery(pattern: string): Parser.Query {
  let query = queries.get(pattern);
  if (query === undefined) {
    query = new Parser.Query(language, pattern);
    queries.set(pattern, query);
  }
  return query;
}

/**
 * The first ERROR or MISSING node, in source order, or null for a clean
 * tree. An ERROR that holds other errors is where the parser gave up, often
 * the whole module; the first error inside it is where the code went wrong.
 */
export function firstSyntaxError(tree: Parser.Tree): Parser.SyntaxNode | null {
  if (!tree.rootNode.hasError) return null;
  const cursor = tree.walk();
  let outer: Parser.SyntaxNode | null = null;
  for (;;) {
    const node = cursor.currentNode;
    if (node.isMissing) return node;
    if (node.isError) {
      if (!node.children.some((child) => child.hasError)) return node;
      outer ??= node;
    }
    if (node.hasError && cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) return outer;
    }
  }
}

/** Says where the first syntax error is, for a report: "line 3: unexpected ..." */
export function describeSyntaxError(source: string, node: Parser.SyntaxNode): string {
  const line = countLines(source, node.startIndex);
  if (node.isMissing) return `line ${line}: missing '${node.type}'`;
  const text = source.slice(node.startIndex, Math.min(node.endIndex, node.startIndex + 30)).split(/\r?\n/)[0];
  return `line ${line}: invalid syntax near '${text}'`;
}

function countLines(source: string, index: number): number {
  let line = 1;
  for (let at = source.indexOf('\n'); at !== -1 && at < index; at = source.indexOf('\n', at + 1)) line++;
  return line;
}
