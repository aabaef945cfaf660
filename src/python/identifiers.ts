/**
 * The identifiers of a parsed module with their parents and their names,
 * read once per tree in one pass of the parser's query engine. Asking a node
 * for its parent makes the parser descend from the root again, so the scope
 * analysis, the facts of a rename and its edits all read this one list.
 */
import type Parser from 'tree-sitter';
import { compileQuery } from './parse.js';

type Node = Parser.SyntaxNode;

/** The identifiers of a tree in source order, index by index, and by name. */
export interface Identifiers {
  readonly nodes: readonly Node[];
  /** The parent of each node: an ERROR node holds some in broken code. */
  readonly parents: readonly Node[];
  readonly texts: readonly string[];
  readonly byName: ReadonlyMap<string, readonly Node[]>;
}

/** Every identifier with its parent; the second pattern finds those an ERROR node holds. */
const IDENTIFIERS = '(_ (identifier) @id) @parent (ERROR (identifier) @id) @parent';

const cache = new WeakMap<Parser.Tree, Identifiers>();

/** The identifiers of the tree `root` is the root node of. */
export function identifiersOf(root: Node): Identifiers {
  let identifiers = cache.get(root.tree);
  if (identifiers === undefined) cache.set(root.tree, (identifiers = readIdentifiers(root)));
  return identifiers;
}

function readIdentifiers(root: Node): Identifiers {
  const found = new Map<number, { id: Node; parent: Node }>();
  for (const { captures } of compileQuery(IDENTIFIERS).matches(root)) {
    const id = captures.find((capture) => capture.name === 'id')!.node;
    const parent = captures.find((capture) => capture.name === 'parent')!.node;
    found.set(id.startIndex, { id, parent });
  }
  const ordered = [...found.entries()].sort((a, b) => a[0] - b[0]).map(([, pair]) => pair);
  const nodes = ordered.map((pair) => pair.id);
  const texts = nodes.map((id) => id.text);
  const byName = new Map<string, Node[]>();
  for (const [index, id] of nodes.entries()) {
    const same = byName.get(texts[index]);
    if (same === undefined) byName.set(texts[index], [id]);
    else same.push(id);
  }
  return { nodes, parents: ordered.map((pair) => pair.parent), texts, byName };
}
