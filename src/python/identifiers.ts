/**
 * The identifiers of a parsed module with their parents' types and their names,
 * read once per tree in the walk of src/python/tree-names.ts, which the
 * scope analysis shares. Their node objects are made only when asked for:
 * all at once for `nodes`, one by one for {@link Identifiers.node} and
 * `byName`, which cost less when a caller needs a few.
 */
import type Parser from 'tree-sitter';
import { namesOf, type TreeNames } from './tree-names.js';

type Node = Parser.SyntaxNode;

/** The identifiers of a tree in source order, index by index, and by name. */
export interface Identifiers {
  readonly nodes: readonly Node[];
  readonly texts: readonly string[];
  /** Where each one starts. */
  readonly starts: readonly number[];
  /** Where each one ends. */
  readonly ends: readonly number[];
  /** The type of each one's parent, read without making the parent node. */
  readonly parentTypes: readonly string[];
  readonly byName: ReadonlyMap<string, readonly Node[]>;
  /** The node of the `index`th identifier. */
  node(index: number): Node;
}

const cache = new WeakMap<Parser.Tree, Identifiers>();

/** The identifiers of the tree `root` is the root node of. */
export function identifiersOf(root: Node): Identifiers {
  let identifiers = cache.get(root.tree);
  if (identifiers === undefined) cache.set(root.tree, (identifiers = new TreeIdentifiers(namesOf(root))));
  return identifiers;
}

class TreeIdentifiers implements Identifiers {
  private names: NodesByName | undefined;

  constructor(private readonly read: TreeNames) {}

  get texts(): readonly string[] {
    return this.read.texts;
  }

  get starts(): readonly number[] {
    return this.read.starts;
  }

  get ends(): readonly number[] {
    return this.read.ends;
  }

  get parentTypes(): readonly string[] {
    return this.read.parentTypes;
  }

  get nodes(): readonly Node[] {
    return this.read.nodes();
  }

  get byName(): ReadonlyMap<string, readonly Node[]> {
    return (this.names ??= new NodesByName(this));
  }

  node(index: number): Node {
    return this.read.node(index);
  }
}

/** The identifier nodes by name, made for a name when it is first asked for. */
class NodesByName implements ReadonlyMap<string, readonly Node[]> {
  private readonly indexes = new Map<string, number[]>();
  private readonly made = new Map<string, readonly Node[]>();

  constructor(private readonly identifiers: Identifiers) {
    for (const [index, name] of identifiers.texts.entries()) {
      const same = this.indexes.get(name);
      if (same === undefined) this.indexes.set(name, [index]);
      else same.push(index);
    }
  }

  get size(): number {
    return this.indexes.size;
  }

  has(name: string): boolean {
    return this.indexes.has(name);
  }

  get(name: string): readonly Node[] | undefined {
    let nodes = this.made.get(name);
    if (nodes === undefined) {
      const indexes = this.indexes.get(name);
      if (indexes === undefined) return undefined;
      this.made.set(name, (nodes = indexes.map((index) => this.identifiers.node(index))));
    }
    return nodes;
  }

  keys(): MapIterator<string> {
    return this.indexes.keys();
  }

  *entries(): MapIterator<[string, readonly Node[]]> {
    for (const name of this.indexes.keys()) yield [name, this.get(name)!];
  }

  *values(): MapIterator<readonly Node[]> {
    for (const name of this.indexes.keys()) yield this.get(name)!;
  }

  forEach(callback: (nodes: readonly Node[], name: string, map: ReadonlyMap<string, readonly Node[]>) => void): void {
    for (const [name, nodes] of this.entries()) callback(nodes, name, this);
  }

  [Symbol.iterator](): MapIterator<[string, readonly Node[]]> {
    return this.entries();
  }
}
