/**
 * Every name and every scope of a parsed module, read in one walk of the
 * tree with a cursor. The parser's node objects are the costly part of
 * reading a tree (each one is made, cached and handed over one at a time),
 * and a node's parent is found by descending from the root again; the
 * cursor reads types, fields and places without making any, and knows every
 * ancestor of where it stands. Node objects are made only for the scope
 * nodes and, on demand, for the identifiers a caller asks for.
 */
import type Parser from 'tree-sitter';
import { roleIn, type NamePlace, type NameRole } from './name-uses.js';
import type { BindingKind } from './scope.js';
import { NESTED_SCOPE_TYPES, type ScopeNode, type Span } from './scope-places.js';
import { hasSites, readSites, SitesReader, typeAt } from './syntax-sites.js';

type Node = Parser.SyntaxNode;

/** A node that opens a scope, with its node object and, for a class or def, its name. */
export interface ScopeNodeRead extends ScopeNode {
  readonly node: Node;
  readonly name: string | null;
}

/** What one walk of a tree reads: its identifiers (one per place, in source order), its scope nodes and the nodes that change how names resolve. */
export interface TreeNames {
  readonly root: Node;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly texts: readonly string[];
  readonly roles: readonly NameRole[];
  readonly parentTypes: readonly string[];
  /** How an identifier that binds or updates its name binds it; null for the others. */
  readonly kinds: readonly (BindingKind | null)[];
  /** In source order, nested ones after the ones that hold them. */
  readonly scopes: readonly ScopeNodeRead[];
  readonly starImports: readonly Span[];
  readonly execStatements: readonly Span[];
  /** The identifiers that a call calls, spelled as one of `globals`, `locals`, `vars`, `eval` or `exec`. */
  readonly dynamicCalls: readonly number[];
  /** The identifier node at `index`, made when first asked for. */
  node(index: number): Node;
  /** Every identifier node, made together. */
  nodes(): readonly Node[];
}

const cache = new WeakMap<Parser.Tree, TreeNames>();

/** The names of the tree `root` is the root node of, read once per tree. */
export function namesOf(root: Node): TreeNames {
  let names = cache.get(root.tree);
  if (names === undefined) cache.set(root.tree, (names = readNames(root, null)));
  return names;
}

/**
 * Reads a tree's names and its syntax sites (src/python/syntax-sites.ts)
 * in one walk, for a caller that needs both: the walk, not what each reads,
 * is most of the cost of either. Each is read once per tree.
 */
export function readNamesAndSites(tree: Parser.Tree): void {
  if (cache.has(tree) || hasSites(tree)) {
    namesOf(tree.rootNode);
    readSites(tree);
    return;
  }
  const sites = new SitesReader(tree);
  cache.set(tree, readNames(tree.rootNode, sites));
  sites.finish();
}

const SCOPE_TYPES = new Set(NESTED_SCOPE_TYPES);
const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']);
/** The parents whose children's field names the rules read: those of names and those that mark a scope's parts. */
const FIELD_PARENTS = new Set([
  'function_definition',
  'class_definition',
  'lambda',
  'named_expression',
  'aliased_import',
  'import_from_statement',
  'assignment',
  'augmented_assignment',
  'for_statement',
  'for_in_clause',
]);
/** The parents whose first named child the rules ask for. */
const FIRST_NAMED_PARENTS = new Set(['keyword_pattern', 'as_pattern', 'dotted_name', 'default_parameter', 'typed_parameter', 'typed_default_parameter', 'list_splat_pattern', 'dictionary_splat_pattern']);
/** The parents an identifier is compared with by place. */
const PLACED_PARENTS = new Set(['attribute', 'keyword_argument']);
/** Calls that read a scope's names by their spelling (`vars` only without arguments; `globals` the module's). */
const DYNAMIC_CALLS = new Set(['globals', 'locals', 'vars', 'eval', 'exec']);

/** Field names by id, read from the cursor once per id: the cursor makes a new string each time it is asked for a name. */
const fieldNames: string[] = [];

/** The field that holds the cursor's node, or null. */
function fieldAt(cursor: Parser.TreeCursor): string | null {
  const id = cursor.currentFieldId as number | undefined;
  return id === undefined ? null : (fieldNames[id] ??= cursor.currentFieldName);
}

/** How a binding occurrence binds its name: the nearest of these ancestors says. */
const BINDING_KINDS: Readonly<Record<string, BindingKind>> = {
  parameters: 'parameter',
  lambda_parameters: 'parameter',
  function_definition: 'function',
  class_definition: 'class',
  named_expression: 'walrus',
  aliased_import: 'import',
  import_statement: 'import',
  import_from_statement: 'import',
  delete_statement: 'del',
  case_pattern: 'match',
  augmented_assignment: 'augmented',
  assignment: 'assignment',
  for_statement: 'for',
  for_in_clause: 'for',
  with_item: 'with',
  except_clause: 'except',
};

/** An assignment being read: whether it has a value and an annotation, for an annotation alone binds differently. */
interface AssignmentParts {
  right: boolean;
  type: boolean;
}

interface ScopeBeingRead {
  type: string;
  node: Node;
  start: number;
  end: number;
  name: string | null;
  body: Span | null;
  parameters: Span | null;
  firstClause: Span | null;
  firstTargets: Span | null;
}

/** The ancestors of where the cursor stands, by depth (the root is 0), with what the rules ask of each. */
class Frames implements NamePlace {
  readonly types: string[] = [];
  /** The field that holds the node, read only where {@link FIELD_PARENTS} says. */
  readonly fields: (string | null)[] = [];
  /** Whether the node is its parent's first named child, read only where {@link FIRST_NAMED_PARENTS} says. */
  readonly firstNamed: boolean[] = [];
  /** How many named children of the node have been met, counted where {@link FIRST_NAMED_PARENTS} says. */
  readonly named: number[] = [];
  /** Where the node starts: read for identifiers and {@link PLACED_PARENTS}. */
  readonly starts: number[] = [];
  readonly scopes: (ScopeBeingRead | null)[] = [];
  /** The scope whose first `for` clause the node is. */
  readonly clauses: (ScopeBeingRead | null)[] = [];
  readonly assignments: (AssignmentParts | null)[] = [];
  /** The depth of the identifier {@link roleIn} is asking about, and its name. */
  base = 0;
  name = '';

  typeAt(up: number): string | null {
    return up <= this.base ? this.types[this.base - up] : null;
  }

  isField(up: number, field: string): boolean {
    return this.fields[this.base - up] === field;
  }

  isFirstNamed(up: number): boolean {
    return this.firstNamed[this.base - up];
  }

  namedChildCount(up: number): number {
    return this.named[this.base - up];
  }

  startsParent(): boolean {
    return this.starts[this.base] === this.starts[this.base - 1];
  }
}

/** Reads the names of the tree under `root`; `sites`, when given, reads the tree's sites in the same walk. */
function readNames(root: Node, sites: SitesReader | null): TreeNames {
  const text = root.text;
  const offset = root.startIndex;
  const starts: number[] = [];
  const ends: number[] = [];
  const texts: string[] = [];
  const roles: NameRole[] = [];
  const parentTypes: string[] = [];
  const kinds: (BindingKind | null)[] = [];
  const scopes: ScopeBeingRead[] = [];
  const starImports: Span[] = [];
  const execStatements: Span[] = [];
  const dynamicCalls: number[] = [];
  const annotations: [number, AssignmentParts][] = [];
  /** The identifiers of the dotted name being read: their roles depend on how many it holds. */
  const dotted: [index: number, firstNamed: boolean][] = [];
  const frames = new Frames();
  const { types, fields, firstNamed, named, scopes: scopeFrames, clauses, assignments } = frames;

  /** Classifies identifier `index`, which stands at depth `depth` with the frames above it in place. */
  const classify = (index: number, depth: number): void => {
    frames.base = depth;
    frames.name = texts[index];
    const role = roleIn(frames);
    roles[index] = role;
    kinds[index] = null;
    if (role === 'bind' || role === 'update') {
      for (let up = depth - 1; up >= 0; up--) {
        const kind = BINDING_KINDS[types[up]];
        if (kind === undefined) continue;
        kinds[index] = kind;
        if (kind === 'assignment') annotations.push([index, assignments[up]!]);
        break;
      }
      kinds[index] ??= 'assignment';
    }
    if (role !== 'none' && parentTypes[index] === 'call' && DYNAMIC_CALLS.has(texts[index])) dynamicCalls.push(index);
  };

  const cursor = root.walk();
  let depth = 0;
  types[0] = typeAt(cursor);
  sites?.visit(cursor, types[0]);
  named[0] = 0;
  scopeFrames[0] = clauses[0] = assignments[0] = null;
  for (;;) {
    if (cursor.gotoFirstChild()) {
      depth++;
      sites?.down();
    } else {
      for (;;) {
        if (cursor.gotoNextSibling()) break;
        if (!cursor.gotoParent()) {
          for (const [index, parts] of annotations) if (!parts.right && parts.type) kinds[index] = 'annotation';
          return treeNames(root, { starts, ends, texts, roles, parentTypes, kinds, scopes, starImports, execStatements, dynamicCalls });
        }
        depth--;
        sites?.up();
        if (types[depth] === 'dotted_name') {
          // Its identifiers' frames are gone: each is put back to be classified.
          for (const [index, first] of dotted) {
            types[depth + 1] = 'identifier';
            fields[depth + 1] = null;
            firstNamed[depth + 1] = first;
            frames.starts[depth + 1] = starts[index];
            classify(index, depth + 1);
          }
          dotted.length = 0;
        }
      }
    }

    // The cursor stands on a node at `depth`, whose parent is at `depth - 1`.
    const parentType = types[depth - 1];
    const type = typeAt(cursor);
    sites?.visit(cursor, type);
    types[depth] = type;
    const field = FIELD_PARENTS.has(parentType) ? fieldAt(cursor) : null;
    fields[depth] = field;
    named[depth] = 0;
    if (FIRST_NAMED_PARENTS.has(parentType)) {
      const isNamed = cursor.nodeIsNamed;
      firstNamed[depth] = isNamed && named[depth - 1] === 0;
      if (isNamed) named[depth - 1]++;
    }
    scopeFrames[depth] = clauses[depth] = assignments[depth] = null;

    const holder = scopeFrames[depth - 1];
    if (holder !== null) {
      if (field === 'body' && holder.body === null) holder.body = spanAt(cursor);
      else if (field === 'parameters' && holder.parameters === null && holder.type !== 'class_definition') holder.parameters = spanAt(cursor);
      else if (type === 'for_in_clause' && holder.firstClause === null && COMPREHENSIONS.has(holder.type)) {
        holder.firstClause = spanAt(cursor);
        clauses[depth] = holder;
      }
    }
    const clause = clauses[depth - 1];
    if (clause !== null && field === 'left' && clause.firstTargets === null) clause.firstTargets = spanAt(cursor);
    const assignment = assignments[depth - 1];
    if (assignment !== null) {
      if (field === 'right') assignment.right = true;
      else if (field === 'type') assignment.type = true;
    }

    if (type === 'identifier') {
      const start = cursor.startIndex;
      const end = cursor.endIndex;
      frames.starts[depth] = start;
      // One identifier per place, as a MISSING one may share it.
      let index = starts.length;
      if (index > 0 && starts[index - 1] === start) index--;
      starts[index] = start;
      ends[index] = end;
      texts[index] = text.slice(start - offset, end - offset);
      parentTypes[index] = parentType;
      if (holder !== null && field === 'name' && holder.name === null && holder.type !== 'lambda') holder.name = texts[index];
      if (parentType === 'dotted_name') dotted.push([index, firstNamed[depth]]);
      else classify(index, depth);
    } else if (PLACED_PARENTS.has(type)) {
      frames.starts[depth] = cursor.startIndex;
    } else if (SCOPE_TYPES.has(type)) {
      if (type !== 'lambda' || cursor.nodeIsNamed) {
        const scope: ScopeBeingRead = { type, node: cursor.currentNode, start: cursor.startIndex, end: cursor.endIndex, name: null, body: null, parameters: null, firstClause: null, firstTargets: null };
        scopes.push(scope);
        scopeFrames[depth] = scope;
      }
    } else if (type === 'assignment') {
      assignments[depth] = { right: false, type: false };
    } else if (type === 'wildcard_import') {
      starImports.push(spanAt(cursor));
    } else if (type === 'exec_statement') {
      execStatements.push(spanAt(cursor));
    }
  }
}

function spanAt(cursor: Parser.TreeCursor): Span {
  return { start: cursor.startIndex, end: cursor.endIndex };
}

function treeNames(root: Node, read: Omit<TreeNames, 'root' | 'node' | 'nodes'>): TreeNames {
  let nodes: (Node | undefined)[] = [];
  let madeAlone = 0;
  let madeAll = false;
  const all = (): readonly Node[] => {
    if (!madeAll) {
      madeAll = true;
      // The walk met the identifiers in the parser's order: they are these, unless some share a place.
      const found = root.descendantsOfType('identifier');
      nodes = found.length === read.starts.length ? found : read.starts.map((_, index) => nodes[index] ?? root.descendantForIndex(read.starts[index], read.ends[index]));
    }
    return nodes as readonly Node[];
  };
  return {
    root,
    ...read,
    node(index) {
      let node = nodes[index];
      if (node !== undefined) return node;
      // Made together, nodes cost less than one at a time: a caller asking for many gets them all.
      if (++madeAlone > Math.max(64, read.starts.length >> 3)) return all()[index];
      return (nodes[index] = root.descendantForIndex(read.starts[index], read.ends[index]));
    },
    nodes: all,
  };
}
