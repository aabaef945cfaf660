/** Small readers of tree-sitter-python nodes that several transforms need. */
import type Parser from 'tree-sitter';

/** The arguments of a call, split by kind. Comments are left out. */
export interface CallArguments {
  readonly positional: Parser.SyntaxNode[];
  /** `name=value` arguments, by name. */
  readonly keywords: Map<string, Parser.SyntaxNode>;
  /** Every argument in source order. */
  readonly all: Parser.SyntaxNode[];
  /** Whether `*args` or `**kwargs` is passed, which hides what goes where. */
  readonly hasSplat: boolean;
}

/** Reads an `argument_list` node. */
export function readArguments(list: Parser.SyntaxNode): CallArguments {
  const all = list.namedChildren.filter((child) => child.type !== 'comment');
  const keywords = new Map<string, Parser.SyntaxNode>();
  const positional: Parser.SyntaxNode[] = [];
  let hasSplat = false;
  for (const argument of all) {
    if (argument.type === 'keyword_argument') keywords.set(argument.childForFieldName('name')!.text, argument);
    else if (argument.type === 'list_splat' || argument.type === 'dictionary_splat') hasSplat = true;
    else positional.push(argument);
  }
  return { positional, keywords, all, hasSplat };
}

/** The innermost ancestor of one of the given types, or null. */
export function enclosing(node: Parser.SyntaxNode, types: readonly string[]): Parser.SyntaxNode | null {
  for (let at = node.parent; at !== null; at = at.parent) {
    if (types.includes(at.type)) return at;
  }
  return null;
}

/** Whether any node inside `node` (itself included) has the given type. */
export function containsType(node: Parser.SyntaxNode, type: string): boolean {
  return node.type === type || node.descendantsOfType(type).length > 0;
}

/** A `name=value` argument: its name, and the call (or class statement) it belongs to. */
export interface KeywordArgument {
  readonly name: Parser.SyntaxNode;
  readonly call: Parser.SyntaxNode | null;
}

const keywordCache = new WeakMap<Parser.Tree, ReadonlyMap<string, readonly KeywordArgument[]>>();

/** Every `name=value` argument of a tree, by name, in source order; read once per tree. */
export function keywordArguments(tree: Parser.Tree): ReadonlyMap<string, readonly KeywordArgument[]> {
  let found = keywordCache.get(tree);
  if (found === undefined) {
    const byName = new Map<string, KeywordArgument[]>();
    for (const argument of tree.rootNode.descendantsOfType('keyword_argument')) {
      const name = argument.childForFieldName('name');
      if (name === null) continue;
      const uses = byName.get(name.text) ?? [];
      uses.push({ name, call: argument.parent?.parent ?? null });
      byName.set(name.text, uses);
    }
    keywordCache.set(tree, (found = byName));
  }
  return found;
}

/**
 * A cursor that visits places of one tree in increasing order of index, for
 * a transform that finds its candidates in the text and confirms each in
 * the tree. It climbs from the last place only as far as the node that
 * holds the next one and goes down from there, where `descendantForIndex`
 * and every `parent` climb down from the root past all the siblings before
 * the place, and each hands out a node object. Only what the caller asks
 * for becomes a node.
 */
export class ForwardCursor {
  private readonly cursor: Parser.TreeCursor;

  constructor(tree: Parser.Tree) {
    this.cursor = tree.walk();
  }

  /**
   * Moves to the deepest node that holds the character at `index`, the node
   * `rootNode.descendantForIndex(index, index + 1)` gives. Each index must be
   * at or after the one before.
   */
  moveTo(index: number): void {
    const cursor = this.cursor;
    while (!(cursor.startIndex <= index && index < cursor.endIndex) && cursor.gotoParent());
    // The binding returns the child's position, 0 included, or null; its typings say boolean.
    while ((cursor.gotoFirstChildForIndex(index) as unknown) !== null) {
      while (cursor.endIndex <= index && cursor.gotoNextSibling());
      if (cursor.startIndex > index || cursor.endIndex <= index) {
        cursor.gotoParent();
        return;
      }
    }
  }

  /** The type of the node the cursor is at. */
  type(): string {
    return this.cursor.nodeType;
  }

  /** The field of its parent that the node is, or null. */
  field(): string | null {
    return this.cursor.currentFieldName ?? null;
  }

  /** The node the cursor is at, as a node object. */
  node(): Parser.SyntaxNode {
    return this.cursor.currentNode;
  }

  /** Moves to the parent; false at the root. */
  up(): boolean {
    return this.cursor.gotoParent();
  }
}
