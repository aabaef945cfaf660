/**
 * Which names a piece of Python code binds and reads, and in which scope:
 * enough to move statements into a nested function without changing what
 * their names mean.
 */
import type Parser from 'tree-sitter';
import { NESTED_SCOPE_TYPES } from './scope-places.js';

type Node = Parser.SyntaxNode;

/** What an identifier does to its name. `update` reads then binds (`x += 1`, `del x`). */
export type NameRole = 'read' | 'bind' | 'update' | 'declare' | 'none';

/** One use of a name. */
export interface NameUse {
  readonly name: string;
  readonly node: Node;
  readonly role: NameRole;
  /** The function, lambda, class or comprehension the name resolves in (the module root at top level); worked out when first read. */
  readonly scope: Node;
  /**
   * Where the use happens in evaluation order: a binding takes effect at the
   * end of its statement (`x = f(x)` reads x before it binds it).
   */
  readonly at: number;
  /** The identifier's place, read once. */
  readonly start: number;
  readonly end: number;
}

const SCOPES = new Set(NESTED_SCOPE_TYPES);
const PATTERNS = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'list_splat_pattern', 'tuple', 'list', 'parenthesized_expression']);
const PARAMETER_LISTS = new Set(['parameters', 'lambda_parameters']);
/** Parameters that name their identifier first: `x=1`, `x: int`, `x: int = 1`. */
const NAMED_PARAMETERS = new Set(['default_parameter', 'typed_parameter', 'typed_default_parameter']);
const PARAMETERS = new Set([...NAMED_PARAMETERS, 'list_splat_pattern', 'dictionary_splat_pattern']);
/** Parents under which an identifier may be something other than a read, past the ones {@link nameRole} names. */
const CLASSIFIED_PARENTS = new Set([
  ...PARAMETER_LISTS,
  ...PARAMETERS,
  ...PATTERNS,
  'assignment',
  'augmented_assignment',
  'for_statement',
  'for_in_clause',
  'as_pattern_target',
  'delete_statement',
  'expression_list',
]);

/** Whether two nodes are the same node (of the same tree). */
export function sameNode(a: Node | null | undefined, b: Node | null | undefined): boolean {
  return a != null && b != null && a.id === b.id;
}

/**
 * Where an identifier sits, as {@link roleIn} reads it: the types of its
 * ancestors and how each one holds the next. `up` counts levels above the
 * identifier: 0 is the identifier itself, 1 its parent.
 */
export interface NamePlace {
  /** The identifier's name. */
  readonly name: string;
  /** The type of the node `up` levels above the identifier, or null past the root. */
  typeAt(up: number): string | null;
  /** Whether the node `up` levels above the identifier is its parent's `field` (the first child of that field). */
  isField(up: number, field: string): boolean;
  /** Whether the node `up` levels above the identifier is its parent's first named child. */
  isFirstNamed(up: number): boolean;
  /** How many named children the node `up` levels above the identifier has. */
  namedChildCount(up: number): number;
  /** Whether the identifier starts where its parent starts. */
  startsParent(): boolean;
}

/** An identifier node's place, read from the tree as the rules ask. */
class NodePlace implements NamePlace {
  private readonly nodes: (Node | null)[];
  private readonly types: (string | null)[] = [];

  constructor(private readonly id: Node, parent: Node | null) {
    this.nodes = [id, parent];
  }

  get name(): string {
    return this.id.text;
  }

  private at(up: number): Node | null {
    while (this.nodes.length <= up) this.nodes.push(this.nodes[this.nodes.length - 1]?.parent ?? null);
    return this.nodes[up];
  }

  typeAt(up: number): string | null {
    if (this.types[up] === undefined) this.types[up] = this.at(up)?.type ?? null;
    return this.types[up];
  }

  isField(up: number, field: string): boolean {
    const parent = this.at(up + 1);
    return parent !== null && sameNode(parent.childForFieldName(field), this.at(up));
  }

  isFirstNamed(up: number): boolean {
    return sameNode(this.at(up + 1)?.firstNamedChild, this.at(up));
  }

  namedChildCount(up: number): number {
    return this.at(up)?.namedChildCount ?? 0;
  }

  startsParent(): boolean {
    return this.id.startIndex === this.at(1)?.startIndex;
  }
}

/** What an identifier does to its name. `parent` saves reading the identifier's parent again when the caller has it. */
export function nameRole(id: Node, parent: Node | null = id.parent): NameRole {
  return roleIn(new NodePlace(id, parent));
}

/** What an identifier does to its name, from where it sits. */
export function roleIn(place: NamePlace): NameRole {
  const parent = place.typeAt(1);
  if (parent === null) return 'read';
  switch (parent) {
    case 'attribute':
    case 'keyword_argument':
      // The object of `a.b` and the name of `b=c` start their parent; an identifier elsewhere in it is `b` or `c`.
      return place.startsParent() === (parent === 'keyword_argument') ? 'none' : 'read';
    case 'function_definition':
    case 'class_definition':
      return place.isField(0, 'name') ? 'bind' : 'read';
    case 'global_statement':
    case 'nonlocal_statement':
      return 'declare';
    case 'named_expression':
      return place.isField(0, 'name') ? 'bind' : 'read';
    case 'aliased_import':
      return place.isField(0, 'alias') ? 'bind' : 'none';
    case 'dotted_name':
      return dottedRole(place);
    case 'delete_statement':
      return 'update';
    case 'keyword_pattern':
      return place.isFirstNamed(0) ? 'none' : 'read';
    case 'splat_pattern':
      return place.name === '_' ? 'none' : 'bind';
    case 'as_pattern':
      if (place.typeAt(2) === 'case_pattern' && !place.isFirstNamed(0)) return 'bind';
  }
  if (!CLASSIFIED_PARENTS.has(parent)) return 'read';
  if (isParameterName(place)) return 'bind';
  // The outermost pattern holding the identifier is `up - 1` levels above it; its holder `up`.
  let up = 1;
  while (PATTERNS.has(place.typeAt(up) ?? '')) up++;
  const holder = place.typeAt(up);
  if (holder === null) return 'read';
  if (holder === 'assignment' && place.isField(up - 1, 'left')) return 'bind';
  if (holder === 'augmented_assignment' && place.isField(up - 1, 'left')) return 'update';
  if ((holder === 'for_statement' || holder === 'for_in_clause') && place.isField(up - 1, 'left')) return 'bind';
  if (holder === 'as_pattern_target') return 'bind';
  if (holder === 'delete_statement' || (holder === 'expression_list' && place.typeAt(up + 1) === 'delete_statement')) return 'update';
  return 'read';
}

/** Whether an identifier names a parameter (`x`, `x=1`, `x: int`, `*x`, `**x: T`, in a def or a lambda). */
function isParameterName(place: NamePlace): boolean {
  let up = 1;
  while (PARAMETERS.has(place.typeAt(up) ?? '') && place.isFirstNamed(up - 1)) up++;
  return PARAMETER_LISTS.has(place.typeAt(up) ?? '');
}

/**
 * `import a.b` binds a; `from m import a` binds a; module paths bind nothing.
 * In a `case` pattern a bare name captures and `a.b` reads a; elsewhere
 * (class patterns) the first name is read and the rest are attributes.
 */
function dottedRole(place: NamePlace): NameRole {
  const statement = place.typeAt(2);
  const first = place.isFirstNamed(0);
  if (statement === 'import_statement') return first ? 'bind' : 'none';
  if (statement === 'import_from_statement') return place.isField(1, 'module_name') ? 'none' : 'bind';
  if (statement === 'aliased_import' || statement === 'future_import_statement') return 'none';
  if ((statement === 'case_pattern' || statement === 'keyword_pattern') && place.namedChildCount(1) === 1) return place.name === '_' ? 'none' : 'bind';
  return first ? 'read' : 'none';
}

/**
 * The scope a use of a name resolves in. `memo`, shared by the calls for
 * one tree with binding roles, or by those with the others (a parameter
 * binds in its function, its default value reads outside it), remembers the
 * answer for the nodes a use passes through, so reading every identifier of
 * a module does not climb to the root each time.
 */
export function scopeOf(id: Node, role: NameRole, root: Node, memo?: Map<number, Node>, parent: Node | null = id.parent): Node {
  const passed: Node[] = [];
  const found = (scope: Node, exceptLast = false): Node => {
    if (memo) for (const node of exceptLast ? passed.slice(0, -1) : passed) memo.set(node.id, scope);
    return scope;
  };
  let child = id;
  for (let at = parent; at !== null; child = at, at = at.parent) {
    if (!SCOPES.has(at.type)) {
      const known = memo?.get(at.id);
      if (known !== undefined) return found(known);
      passed.push(at);
      continue;
    }
    if (at.type === 'function_definition' || at.type === 'lambda') {
      const body = at.childForFieldName('body');
      if (sameNode(body, child) || (role === 'bind' && PARAMETER_LISTS.has(child.type))) return found(at);
    } else if (at.type === 'class_definition') {
      if (sameNode(at.childForFieldName('body'), child)) return found(at);
    } else {
      const first = at.namedChildren.find((n) => n.type === 'for_in_clause');
      if (!(first && sameNode(child, first))) return found(at);
      if (inField(first, 'left', id)) return found(at, true);
    }
    passed.length = 0;
  }
  return found(root);
}

function inField(parent: Node, field: string, node: Node): boolean {
  const part = parent.childForFieldName(field);
  return part !== null && part.startIndex <= node.startIndex && node.endIndex <= part.endIndex;
}

/** Where a binding takes effect: after the right side, the iterable or the context manager. */
function bindingPoint(id: Node): number {
  for (let at = id.parent; at !== null; at = at.parent) {
    switch (at.type) {
      case 'assignment':
      case 'augmented_assignment':
      case 'with_item':
      case 'named_expression':
        return at.endIndex;
      case 'for_statement':
      case 'for_in_clause':
        return at.childForFieldName('right')?.endIndex ?? id.endIndex;
      case 'except_clause':
        return id.endIndex;
      case 'block':
      case 'module':
        return id.startIndex;
    }
  }
  return id.startIndex;
}

/** A use of a name at an identifier node. */
function useAt(id: Node, name: string, start: number, root: Node): NameUse {
  const role = nameRole(id);
  let scope: Node | undefined;
  return {
    name,
    node: id,
    role,
    get scope() {
      return (scope ??= scopeOf(id, role, root));
    },
    at: role === 'bind' ? bindingPoint(id) : start,
    start,
    end: start + name.length,
  };
}

/**
 * The uses of one name inside `node`, found by its text and confirmed in
 * the tree (words in strings and comments are not identifiers): much
 * cheaper than reading every identifier when only a few names matter.
 */
export function usesOf(name: string, node: Node, root: Node, source: string): NameUse[] {
  const pattern = new RegExp(`(?<![\\w.])${name}(?!\\w)`, 'g');
  const uses: NameUse[] = [];
  for (const match of source.slice(node.startIndex, node.endIndex).matchAll(pattern)) {
    const start = node.startIndex + match.index;
    const id = root.descendantForIndex(start, start + name.length);
    if (id.type !== 'identifier' || id.startIndex !== start || id.endIndex !== start + name.length) continue;
    const use = useAt(id, name, start, root);
    if (use.role !== 'none') uses.push(use);
  }
  return uses;
}

/** Whether `inner` lies within `outer`. */
export function within(inner: Node, outer: Node): boolean {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}

/**
 * Whether running `statements` always binds `name` when it completes
 * normally or leaves by `break`: every path assigns it, or ends in a raise or
 * a return.
 */
export function alwaysBinds(statements: readonly Node[], name: string): boolean {
  for (const statement of statements) {
    if (bindsOnEveryPath(statement, name)) return true;
    if (statement.type === 'raise_statement' || statement.type === 'return_statement') return true;
    if (mayLeaveEarly(statement)) return false;
  }
  return false;
}

function bindsOnEveryPath(statement: Node, name: string): boolean {
  const block = (node: Node | null) => node !== null && alwaysBinds(node.namedChildren.filter((n) => n.type !== 'comment'), name);
  switch (statement.type) {
    case 'expression_statement': {
      const assignment = statement.namedChildren[0];
      if (assignment?.type !== 'assignment') return false;
      const left = assignment.childForFieldName('left');
      return left !== null && (left.type === 'identifier' ? left.text === name : left.descendantsOfType('identifier').some((id) => id.text === name && nameRole(id) === 'bind'));
    }
    case 'if_statement': {
      const branches = [statement.childForFieldName('consequence'), ...statement.childrenForFieldName('alternative').map((clause) => clause.childForFieldName('consequence') ?? clause.childForFieldName('body'))];
      const hasElse = statement.childrenForFieldName('alternative').some((clause) => clause.type === 'else_clause');
      return hasElse && branches.every(block);
    }
    case 'try_statement': {
      const handlers = statement.namedChildren.filter((n) => n.type === 'except_clause');
      const finallyClause = statement.namedChildren.find((n) => n.type === 'finally_clause');
      if (finallyClause && block(finallyClause.namedChildren.find((n) => n.type === 'block') ?? null)) return true;
      return block(statement.childForFieldName('body')) && handlers.every((h) => block(h.namedChildren.find((n) => n.type === 'block') ?? null));
    }
    case 'with_statement':
      return bindsIn(statement.namedChildren.find((n) => n.type === 'with_clause') ?? null, name) || block(statement.childForFieldName('body'));
    case 'function_definition':
    case 'class_definition':
      return statement.childForFieldName('name')?.text === name;
    case 'decorated_definition':
      return statement.childForFieldName('definition')?.childForFieldName('name')?.text === name;
    case 'import_statement':
    case 'import_from_statement':
      return bindsIn(statement, name);
    default:
      return false;
  }
}

/** Whether an identifier inside `node` binds `name`. */
function bindsIn(node: Node | null, name: string): boolean {
  return node !== null && node.descendantsOfType('identifier').some((id) => id.text === name && nameRole(id) === 'bind');
}

/** Whether a statement may leave the enclosing loop before its end (break, continue, return inside it, not in a function it defines). */
function mayLeaveEarly(statement: Node): boolean {
  return statement.descendantsOfType(['break_statement', 'continue_statement', 'return_statement']).some((exit) => {
    for (let at = exit.parent; at !== null && !sameNode(at, statement.parent); at = at.parent) {
      if (at.type === 'function_definition' || at.type === 'lambda' || at.type === 'class_definition') return false;
    }
    return true;
  });
}

const boundNames = new WeakMap<Parser.Tree, Map<string, boolean>>();

/**
 * Whether some identifier spelled `name` in the module binds it (its role is
 * `bind` or `update`). When none does, no scope has a binding of the name and
 * every read of it resolves to none, as the scope analysis would find,
 * without reading every identifier of the module: the spelling is found in
 * the text and the tree confirms each place. Remembered per tree and name.
 */
export function isNameBound(root: Node, source: string, name: string): boolean {
  let known = boundNames.get(root.tree);
  if (known === undefined) boundNames.set(root.tree, (known = new Map()));
  let bound = known.get(name);
  if (bound === undefined) known.set(name, (bound = findsBinding(root, source, name)));
  return bound;
}

function findsBinding(root: Node, source: string, name: string): boolean {
  for (let at = source.indexOf(name); at !== -1; at = source.indexOf(name, at + 1)) {
    const end = at + name.length;
    // Part of a longer ASCII name: no identifier of its own starts or ends here.
    if (/\w/.test(source[at - 1] ?? '') || /\w/.test(source[end] ?? '')) continue;
    const node = root.descendantForIndex(at, end);
    if (node.type !== 'identifier' || node.startIndex !== at || node.endIndex !== end) continue;
    const role = nameRole(node);
    if (role === 'bind' || role === 'update') return true;
  }
  return false;
}

const parameterBinders = new WeakMap<Parser.Tree, Map<string, readonly Node[] | null>>();

/**
 * The functions and lambdas that bind `name` as a parameter, when nothing
 * else in the module binds, updates or declares it; null otherwise. A read of
 * the name outside all of them then resolves to no binding (the builtin), as
 * the scope analysis would find, without analysing the whole module: a
 * parameter is seen only inside its function. Remembered per tree and name.
 */
export function parameterOnlyBinders(root: Node, source: string, name: string): readonly Node[] | null {
  let known = parameterBinders.get(root.tree);
  if (known === undefined) parameterBinders.set(root.tree, (known = new Map()));
  let binders = known.get(name);
  if (binders === undefined) known.set(name, (binders = findParameterBinders(root, source, name)));
  return binders;
}

function findParameterBinders(root: Node, source: string, name: string): Node[] | null {
  const binders: Node[] = [];
  for (const use of usesOf(name, root, root, source)) {
    if (use.role === 'read') continue;
    const owner = use.role === 'bind' ? parameterOwner(use.node) : null;
    if (owner === null) return null;
    binders.push(owner);
  }
  return binders;
}

/** The function or lambda whose parameter list names this identifier (`x`, `x=1`, `x: int`; not `*x` or `**x`), or null. */
function parameterOwner(id: Node): Node | null {
  let list = id.parent;
  if (list !== null && NAMED_PARAMETERS.has(list.type)) list = sameNode(list.firstNamedChild, id) ? list.parent : null;
  if (list === null || !PARAMETER_LISTS.has(list.type)) return null;
  const owner = list.parent;
  return owner?.type === 'function_definition' || owner?.type === 'lambda' ? owner : null;
}
