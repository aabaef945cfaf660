/**
 * The attributes, call arguments and string contents of a parsed module as
 * plain spans, read in one walk of a tree cursor. Asking the parser for
 * nodes makes an object per node and walks down from the root for each
 * parent; the member facts of a rename read every attribute of a module,
 * so they read these spans instead and ask for a node only where they
 * need one.
 */
import type Parser from 'tree-sitter';

type Node = Parser.SyntaxNode;

/** A span of the source, by UTF-16 index, and the type of the node it is. */
export interface Span {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** An argument of a call: `name=value` (`name` is the span of the keyword) or `**mapping` (`name` null). */
export interface ArgumentSite {
  readonly start: number;
  readonly name: Span | null;
}

/** An attribute `object.name`. */
export interface AttributeSite {
  readonly start: number;
  readonly end: number;
  readonly object: Span;
  /** The callee of the object when the object is a call (`super` in `super().x`), else null. */
  readonly objectCallee: Span | null;
  /** The span of `name`. */
  readonly name: Span;
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
  readonly splatCallees: readonly Span[];
  /** Every `string_content` node. */
  readonly strings: readonly Span[];
}

/** The node types a target climbs through on its way to the assignment, `for` or `with` that binds it. */
const TARGET_PATTERNS = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list', 'parenthesized_expression', 'list_splat_pattern']);

/** The statements and clauses whose `left` field is a target. */
const LEFT_HOLDERS = new Set(['assignment', 'augmented_assignment', 'for_statement', 'for_in_clause']);

/** One node on the walk's path from the root; its span is read only where a site needs it. */
interface Frame extends Span {
  /** Its field in its parent, read only where a target is told by it. */
  readonly field: string | null;
  /** Its place among its parent's children. */
  readonly place: number;
  /** How many of its children the walk has met so far. */
  children: number;
  /** For a call: its callee. */
  callee: Span | null;
  /** For an attribute: its site; for a call: the site of the attribute it calls, if any. */
  site: MutableAttribute | null;
  /** For a keyword argument of such a call: its place in the site's arguments. */
  argument: number;
}

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
 * src/python/tree-names.ts can carry a reader along.
 */
export class SitesReader {
  private readonly attributes: MutableAttribute[] = [];
  private readonly attributeEndingAt = new Map<number, AttributeSite>();
  private readonly splatCallees: Span[] = [];
  private readonly strings: Span[] = [];
  private readonly path: Frame[] = [];
  private last: Frame | null = null;

  constructor(private readonly tree: Parser.Tree) {}

  /** The cursor went down to the first child of the node visited last. */
  down(): void {
    this.path.push(this.last!);
  }

  /** The cursor went up to the parent of the nodes visited last. */
  up(): void {
    this.path.pop();
  }

  /** The sites read, kept as the tree's. */
  finish(): Sites {
    const sites = { attributes: this.attributes, attributeEndingAt: this.attributeEndingAt, splatCallees: this.splatCallees, strings: this.strings };
    cache.set(this.tree, sites);
    return sites;
  }

  /** Reads the node the cursor stands on, of type `type`. */
  visit(cursor: Parser.TreeCursor, type: string): void {
    const { path } = this;
    const parent = path.length > 0 ? path[path.length - 1] : null;
    const grandparent = path.length > 1 ? path[path.length - 2] : null;
    const place = parent === null ? -1 : parent.children++;
    const spanned = SITE_TYPES.has(type) || (parent !== null && HOLDER_TYPES.has(parent.type) && (place === 0 || type === 'identifier'));
    const frame: Frame = {
      type,
      start: spanned ? cursor.startIndex : -1,
      end: spanned ? cursor.endIndex : -1,
      field: parent !== null && LEFT_HOLDERS.has(parent.type) ? (cursor.currentFieldName ?? null) : null,
      place,
      children: 0,
      callee: null,
      site: null,
      argument: -1,
    };
    this.last = frame;
    if (parent?.type === 'call' && place === 0) parent.callee = frame;
    switch (type) {
      case 'attribute': {
        const site: MutableAttribute = { start: frame.start, end: frame.end, object: frame, objectCallee: null, name: frame, called: false, arguments: [], target: isTarget(frame, path) };
        frame.site = site;
        this.attributes.push(site);
        this.attributeEndingAt.set(site.end, site);
        if (parent?.type === 'call' && place === 0) {
          site.called = true;
          parent.site = site;
        }
        break;
      }
      case 'string_content':
        this.strings.push(frame);
        break;
      case 'dictionary_splat':
        if (grandparent?.type === 'call' && grandparent.callee !== null) this.splatCallees.push(grandparent.callee);
        break;
    }
    if (parent?.type === 'attribute') {
      if (place === 0) parent.site!.object = frame;
      else if (type === 'identifier' && frame.end === parent.end) parent.site!.name = frame;
    }
    if (parent?.type === 'call' && place === 0 && grandparent?.type === 'attribute' && grandparent.site!.object === parent) grandparent.site!.objectCallee = frame;
    if ((type === 'keyword_argument' || type === 'dictionary_splat') && grandparent?.site != null && grandparent.type === 'call' && isArguments(parent!)) {
      frame.argument = grandparent.site.arguments.push({ start: frame.start, name: null }) - 1;
    }
    if (parent?.type === 'keyword_argument' && place === 0 && parent.argument >= 0) {
      const site = path[path.length - 3].site!;
      site.arguments[parent.argument] = { start: parent.start, name: frame };
    }
  }
}

/** Whether a child of a call (not its callee) holds its arguments. */
function isArguments(node: Frame): boolean {
  return (node.type === 'argument_list' || node.type === 'generator_expression') && node.place > 0;
}

/** Whether the node `frame` (below `path`) is (part of) the target of an assignment, augmented assignment, `for` or `with … as`. */
function isTarget(frame: Frame, path: readonly Frame[]): boolean {
  let at = frame;
  let index = path.length - 1;
  while (index >= 0 && TARGET_PATTERNS.has(path[index].type)) at = path[index--];
  if (index < 0) return false;
  const holder = path[index];
  if (holder.type === 'as_pattern_target') return true;
  return LEFT_HOLDERS.has(holder.type) && at.field === 'left';
}

/**
 * The node of a span found by {@link readSites}, for the few places that
 * need one: the smallest node spanning it, climbed to the one of its type.
 */
export function nodeOf(tree: Parser.Tree, span: Span): Node {
  let node: Node | null = tree.rootNode.descendantForIndex(span.start, span.end);
  while (node !== null && (node.type !== span.type || node.startIndex !== span.start || node.endIndex !== span.end)) node = node.parent;
  if (node === null) throw new Error(`no ${span.type} node at ${span.start}-${span.end}`);
  return node;
}
