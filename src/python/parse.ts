/** Parsing with tree-sitter-python: one parser and one query cache per thread. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Parser from 'tree-sitter';
import Python from 'tree-sitter-python';
import { LineTable, nextLineStart } from './lines.js';
import { compileProblem } from './strict/index.js';
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

/**
 * The text parsed last and its tree. A run's first pass and its engine parse
 * each file in turn, and no tree is ever edited in place (reparsePython edits
 * a copy), so the same text gets the same tree: a file alone in its run is
 * parsed once, and holds one tree instead of two until it is done.
 */
let last: { readonly source: string; readonly tree: Parser.Tree } | null = null;

/** Parses Python source. Indices in the tree are UTF-16 code units, like JS strings. */
export function parsePython(source: string): Parser.Tree {
  if (last !== null && last.source === source) return last.tree;
  parsedSinceCollection += source.length;
  if (parsedSinceCollection > COLLECT_EVERY) {
    parsedSinceCollection = 0;
    last = null;
    collectGarbage();
  }
  const tree = parser.parse(source);
  last = { source, tree };
  return tree;
}

/**
 * Parses `source`, the result of applying `edits` (disjoint, in `before`'s
 * indices) to `before`, reusing the parts of `tree` (`before`'s tree, left
 * as it is) that no edit touches. The edits are told to a copy of the tree
 * that no node was read from: the binding updates every node it has handed
 * out on each edit, which would make n edits cost n times the nodes read.
 * The copy is a parse of the unchanged text, which takes all of `tree`.
 * Edits denser than one change per CHANGE_COST code units are quicker
 * parsed afresh (16,000 fixes in 580 KB: 137 ms against 236), which matters
 * from FRESH_FROM code units on.
 */
export function reparsePython(tree: Parser.Tree, before: string, edits: readonly Edit[], source: string): Parser.Tree {
  const changes = lineChanges(before, edits);
  if (source.length > FRESH_FROM && changes.length * CHANGE_COST > source.length) return parsePython(source);
  const copy = parser.parse(before, tree);
  const lines = new LineTable(before);
  const point = (index: number) => ({ row: lines.line(index) - 1, column: lines.column(index) - 1 });
  // From the last change back, so that each one's place in `before` is its place in the text being edited.
  for (const change of changes.reverse()) {
    const start = point(change.start);
    const lastBreak = change.text.lastIndexOf('\n');
    copy.edit({
      startIndex: change.start,
      oldEndIndex: change.end,
      newEndIndex: change.start + change.text.length,
      startPosition: start,
      oldEndPosition: point(change.end),
      newEndPosition: lastBreak === -1 ? { row: start.row, column: start.column + change.text.length } : { row: start.row + countBreaks(change.text), column: change.text.length - lastBreak - 1 },
    });
  }
  parsedSinceCollection += source.length;
  return parser.parse(source, copy);
}

/** How many code units a fresh parse reads in the time an incremental one takes per change. */
const CHANGE_COST = 100;
const FRESH_FROM = 65_536;

/**
 * The edits as changes that run on to the end of their last line, those
 * that then meet made one, in order. An edit that ends just before a line
 * break (a function added after the last import) otherwise leaves the old
 * break token in place, whose scanner state no longer fits what follows,
 * and tree-sitter reparses the rest of the file node by node, slower than
 * a fresh parse.
 */
function lineChanges(before: string, edits: readonly Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const changes: Edit[] = [];
  for (let at = 0; at < sorted.length; ) {
    const { start } = sorted[at];
    let text = '';
    let end = start;
    let lineEnd = start;
    do {
      const edit = sorted[at++];
      text += before.slice(end, edit.start) + edit.text;
      end = edit.end;
      lineEnd = nextLineStart(before, end);
    } while (at < sorted.length && sorted[at].start < lineEnd);
    changes.push({ start, end: lineEnd, text: text + before.slice(end, lineEnd) });
  }
  return changes;
}

function countBreaks(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
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

/** Where a source text stops being Python that CPython compiles, and why. */
export interface SyntaxProblem {
  readonly index: number;
  readonly message: string;
}

/**
 * A reason CPython would refuse `source` (parsed as `tree`), or null when it
 * compiles. The stricter checks of src/python/strict speak first: they say
 * what CPython would say, where tree-sitter, giving up on code nested 2,000
 * levels deep, may place its error at the start of the file.
 */
export function findSyntaxError(source: string, tree: Parser.Tree): SyntaxProblem | null {
  const strict = compileProblem(source, tree);
  if (strict !== null) return { index: strict.index, message: strict.message };
  return tree.rootNode.hasError ? treeError(source, tree) : null;
}

/** The first error of a tree that has one, placed and described. */
function treeError(source: string, tree: Parser.Tree): SyntaxProblem {
  const node = firstSyntaxError(tree);
  if (node === null) return hiddenError(tree.rootNode);
  if (node.isMissing) return { index: node.startIndex, message: `missing '${node.type}'` };
  const text = source.slice(node.startIndex, Math.min(node.endIndex, node.startIndex + 30)).split(/\r?\n|\r/)[0];
  return { index: node.startIndex, message: `invalid syntax near '${printable(text)}'` };
}

/**
 * A tree can hold an error it shows no node for: a missing newline between
 * two statements run together on one line (`import a import b`). It sits in
 * the innermost node with an error whose children have none.
 */
function hiddenError(root: Parser.SyntaxNode): SyntaxProblem {
  let node = root;
  for (let child = node.children.find((c) => c.hasError); child !== undefined; child = node.children.find((c) => c.hasError)) node = child;
  const children = node.children;
  const runTogether = children.findIndex((child, i) => i > 0 && child.startPosition.row === children[i - 1].endPosition.row && children[i - 1].type.endsWith('statement'));
  if (runTogether !== -1) return { index: children[runTogether].startIndex, message: "invalid syntax: two statements on one line need a ';' between them" };
  return { index: node.startIndex, message: 'invalid syntax' };
}

/** Text for a message, with control characters written as escapes. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * The first ERROR or MISSING node, in source order, or null for a clean
 * tree. An ERROR that holds other errors is where the parser gave up, often
 * the whole module; the first error inside it is where the code went wrong.
 */
function firstSyntaxError(tree: Parser.Tree): Parser.SyntaxNode | null {
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

/** Says where a syntax problem is, for a report: "line 3: unexpected ..." */
export function describeSyntaxError(source: string, problem: SyntaxProblem): string {
  return `line ${countLines(source, problem.index)}: ${problem.message}`;
}

function countLines(source: string, index: number): number {
  let line = 1;
  for (let at = source.indexOf('\n'); at !== -1 && at < index; at = source.indexOf('\n', at + 1)) line++;
  return line;
}
