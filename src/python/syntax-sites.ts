/**
 * The attributes, call arguments and string contents of a parsed module as
 * plain spans, read in one walk of a tree cursor. Asking the parser for
 * nodes makes an object per node and walks down from the root for each
 * parent; the member facts of a rename read every attribute of a module,
 * so they read these spans instead and ask for a node only where they
 * need one.
 */
import type Parser from 'tree-sitter';
import type { Span } from './scope-places.js';

type Node = Parser.SyntaxNode;

/** A span of the source, by UTF-16 index, and the type of the node it is. */
export interface NodeSpan extends Span {
  readonly type: string;
}

/** An argument of a call: `name=value` (`name` is the span of the keyword) or `**mapping` (`name` null). */
export interface ArgumentSite {
  readonly start: number;
  readonly name: NodeSpan | null;
}

/** An attribute `object.name`. */
export interface AttributeSite {
  readonly start: number;
  readonly end: number;
  readonly object: NodeSpan;
  /** The callee of the object when the object is a call (`super` in `super().x`), else null. */
  readonly objectCallee: NodeSpan | null;
  /** The span of `name`. */
  readonly name: NodeSpan;
  /** Whether the attribute is the callee of a call. */
  readonly called: boolean;
  /** The keyword and `**` arguments of that call, in order; empty when it is not called. */
  readonly arguments: readonly ArgumentSite[];
  /** Whether it is (part of) the target of an assignment, augmented assignment, `for` or `with … as`. */
  readonly target: boolean;
}

/** What {@link readSites} finds in a tree, each in the order a pre-order walk meets it. */
export interface Sites {
  readonly attributes: readonly AttributeSite[];
  /** The same attributes by their end index (no two attributes end at the same place). */
  readonly attributeEndingAt: ReadonlyMap<number, AttributeSite>;
  /** The callee of each call passing a `**mapping` (a dictionary splat whose grandparent is a call). */
  readonly splatCallees: readonly NodeSpan[];
  /** Every `string_content` node. */
  readonly strings: readonly NodeSpan[];
}

/** The node types a target climbs through on its way to the assignment, `for` or `with` that binds it. */
const TARGET_PATTERNS = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list', 'parenthesized_expression', 'list_splat_pattern']);

/** The statements and clauses whose `left` field is a target. */
const LEFT_HOLDERS = new Set(['assignment', 'augmented_assignment', 'for_statement', 'for_in_clause']);

type MutableAttribute = { -readonly [K in keyof AttributeSite]: AttributeSite[K] } & { arguments: ArgumentSite[] };

/** The types that own a site, or whose first child does. */
const SITE_TYPES = new Set(['attribute', 'string_content', 'keyword_argument', 'dictionary_splat']);
const HOLDER_TYPES = new Set(['attribute', 'call', 'keyword_argument']);

/** Node type names by id, read from the cursor once per id: the cursor makes a new string each time it is asked. */
const typeNames: string[] = [];

/** The type of the node a cursor stands on. */
export function typeAt(cursor: Parser.TreeCursor): string {
  return (typeNames[cursor.nodeTypeId] ??= cursor.nodeType);
}

const cache = new WeakMap<Parser.Tree, Sites>();

/** The sites of a tree, read once per tree. */
export function readSites(tree: Parser.Tree): Sites {
  let sites = cache.get(tree);
  if (sites === undefined) {
    const reader = new SitesReader(tree);
    const cursor = tree.walk();
    for (;;) {
      reader.visit(cursor, typeAt(cursor));
      if (cursor.gotoFirstChild()) {
        reader.down();
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return reader.finish();
        reader.up();
      }
    }
  }
  return sites;
}

/** Whether a tree's sites have been read. */
export function hasSites(tree: Parser.Tree): boolean {
  return cache.has(tree);
}

/**
 * Reads the sites of a tree as a pre-order walk of a cursor visits its
 * nodes: {@link readSites} walks for itself, and the names walk of
 * src/python/tree-names.ts can carry a reader along. What it knows of the
 * nodes on the path from the root is kept by depth, and a node's span is
 * made only where a site holds it.
 */
export class SitesReader {
  private readonly attributes: MutableAttribute[] = [];
  private readonly attributeEndingAt = new Map<number, AttributeSite>();
  private readonly splatCallees: NodeSpan[] = [];
  private readonly strings: NodeSpan[] = [];
  /** The node at each depth of the path: its type, its span (null where no site needs it), its field in its parent (read only where a target is told by it), its place among its parent's children and how many of its own the walk has met. */
  private readonly types: string[] = [];
  private readonly spans: (NodeSpan | null)[] = [];
  private readonly fields: (string | null)[] = [];
  private readonly places: number[] = [];
  private readonly children: number[] = [];
  /** For a call: its callee. */
  private readonly callees: (NodeSpan | null)[] = [];
  /** For an attribute: its site; for a call: the site of the attribute it calls, if any. */
  private readonly sites: (MutableAttribute | null)[] = [];
  /** For a keyword argument of such a call: its place in the site's arguments. */
  private readonly arguments: number[] = [];
  private depth = -1;

  constructor(private readonly tree: Parser.Tree) {}

  /** The cursor went down to the first child of the node visited last. */
  down(): void {
    this.depth++;
  }

  /** The cursor went up to the parent of the nodes visited last. */
  up(): void {
    this.depth--;
  }

  /** The sites read, kept as the tree's. */
  finish(): Sites {
    const sites = { attributes: this.attributes, attributeEndingAt: this.attributeEndingAt, splatCallees: this.splatCallees, strings: this.strings };
    cache.set(this.tree, sites);
    return sites;
  }

  /** Reads the node the cursor stands on, of type `type`. */
  visit(cursor: Parser.TreeCursor, type: string): void {
    if (this.depth < 0) this.depth = 0;
    const { depth, types, spans, sites, callees } = this;
    const parentType = depth > 0 ? types[depth - 1] : null;
    const grandparentType = depth > 1 ? types[depth - 2] : null;
    const place = parentType === null ? -1 : this.children[depth - 1]++;
    const spanned = SITE_TYPES.has(type) || (parentType !== null && HOLDER_TYPES.has(parentType) && (place === 0 || type === 'identifier'));
    const span: NodeSpan | null = spanned ? { type, start: cursor.startIndex, end: cursor.endIndex } : null;
    types[depth] = type;
    spans[depth] = span;
    this.fields[depth] = parentType !== null && LEFT_HOLDERS.has(parentType) ? (cursor.currentFieldName ?? null) : null;
    this.places[depth] = place;
    this.children[depth] = 0;
    callees[depth] = null;
    sites[depth] = null;
    this.arguments[depth] = -1;
    if (parentType === 'call' && place === 0) callees[depth - 1] = span;
    switch (type) {
      case 'attribute': {
        const site: MutableAttribute = { start: span!.start, end: span!.end, object: span!, objectCallee: null, name: span!, called: false, arguments: [], target: this.isTarget() };
        sites[depth] = site;
        this.attributes.push(site);
        this.attributeEndingAt.set(site.end, site);
        if (parentType === 'call' && place === 0) {
          site.called = true;
          sites[depth - 1] = site;
        }
        break;
      }
      case 'string_content':
        this.strings.push(span!);
        break;
      case 'dictionary_splat':
        if (grandparentType === 'call' && callees[depth - 2] !== null) this.splatCallees.push(callees[depth - 2]!);
        break;
    }
    if (parentType === 'attribute') {
      if (place === 0) sites[depth - 1]!.object = span!;
      else if (type === 'identifier' && span!.end === spans[depth - 1]!.end) sites[depth - 1]!.name = span!;
    }
    if (parentType === 'call' && place === 0 && grandparentType === 'attribute' && sites[depth - 2]!.object === spans[depth - 1]) sites[depth - 2]!.objectCallee = span;
    const holder = depth > 1 ? sites[depth - 2] : null;
    if ((type === 'keyword_argument' || type === 'dictionary_splat') && holder !== null && grandparentType === 'call' && this.holdsArguments(depth - 1)) {
      this.arguments[depth] = holder.arguments.push({ start: span!.start, name: null }) - 1;
    }
    if (parentType === 'keyword_argument' && place === 0 && this.arguments[depth - 1] >= 0) {
      const site = sites[depth - 3]!;
      site.arguments[this.arguments[depth - 1]] = { start: spans[depth - 1]!.start, name: span };
    }
  }

  /** Whether the node at `depth`, a child of a call (not its callee), holds its arguments. */
  private holdsArguments(depth: number): boolean {
    const type = this.types[depth];
    return (type === 'argument_list' || type === 'generator_expression') && this.places[depth] > 0;
  }

  /** Whether the node the reader stands on is (part of) the target of an assignment, augmented assignment, `for` or `with … as`. */
  private isTarget(): boolean {
    let at = this.depth;
    let index = at - 1;
    while (index >= 0 && TARGET_PATTERNS.has(this.types[index])) at = index--;
    if (index < 0) return false;
    const holder = this.types[index];
    if (holder === 'as_pattern_target') return true;
    return LEFT_HOLDERS.has(holder) && this.fields[at] === 'left';
  }
}

/**
 * The node of a span found by {@link readSites}, for the few places that
 * need one: the smallest node spanning it, climbed to the one of its type.
 */
export function nodeOf(tree: Parser.Tree, span: NodeSpan): Node {
  let node: Node | null = tree.rootNode.descendantForIndex(span.start, span.end);
  while (node !== null && (node.type !== span.type || node.startIndex !== span.start || node.endIndex !== span.end)) node = node.parent;
  if (node === null) throw new Error(`no ${span.type} node at ${span.start}-${span.end}`);
  return node;
}
