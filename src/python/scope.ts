/**
 * Python scope analysis: the scopes of a module, the names each one binds,
 * and what every name occurrence resolves to, the way CPython resolves it.
 *
 * - Scopes are the module, class bodies, functions, lambdas and
 *   comprehensions (list, set, dict, generator expression).
 * - A class body does not enclose its methods or comprehensions: a read
 *   there skips the class and goes on to the enclosing function or module.
 * - A def's name, decorators, defaults and annotations and a class's bases
 *   belong to the enclosing scope; so does the first iterable of a
 *   comprehension.
 * - `global` and `nonlocal` move a name's binding out of the scope; a walrus
 *   in a comprehension binds in the nearest enclosing non-comprehension scope.
 * - Parameters of every kind, assignment and annotation targets, augmented
 *   assignments, `for`, `with … as`, `except … as`, imports, `match`
 *   captures, `del`, walrus, def and class names all bind.
 * - Keyword-argument names at call sites, attribute names and strings are
 *   not references.
 * - A scope that calls `locals()`, `vars()`, `eval`, `exec` or `globals()`
 *   (the module scope for the last) is `dynamic`: its names are read by
 *   their spelling at run time, so nothing there may be renamed.
 *
 * Identifiers are classified by {@link roleIn} from src/python/name-uses.ts,
 * all of them in one walk of the tree (src/python/tree-names.ts).
 */
import type Parser from 'tree-sitter';
import { type ScopePlace, ScopePlaces, type Span } from './scope-places.js';
import { namesOf, type TreeNames } from './tree-names.js';

type Node = Parser.SyntaxNode;

export type ScopeKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

export interface Scope {
  readonly kind: ScopeKind;
  /** module, class_definition, function_definition, lambda, or the comprehension node. */
  readonly node: Node;
  /** The class's or function's name; null for module, lambda, comprehension. */
  readonly name: string | null;
  readonly parent: Scope | null;
  readonly children: readonly Scope[];
  /** Names local to this scope (after global/nonlocal are applied). */
  readonly bindings: ReadonlyMap<string, Binding>;
  /** Every name occurrence that appears directly in this scope (not in child scopes), in source order. */
  readonly references: readonly Reference[];
  readonly globals: ReadonlySet<string>;
  readonly nonlocals: ReadonlySet<string>;
  /** Uses locals(), vars(), eval, exec, or '%(x)s' % locals(): rename nothing here. */
  readonly dynamic: boolean;
  /** Calls eval or exec, whose code may read the module's names as well as this scope's. */
  readonly evaluates: boolean;
  /** Holds `from m import *`: unqualified names here cannot be resolved. */
  readonly starImport: boolean;
}

export type BindingKind =
  | 'parameter'
  | 'assignment'
  | 'augmented'
  | 'annotation'
  | 'for'
  | 'with'
  | 'except'
  | 'import'
  | 'function'
  | 'class'
  | 'match'
  | 'del'
  | 'walrus';

export interface Binding {
  readonly name: string;
  readonly scope: Scope;
  readonly kinds: ReadonlySet<BindingKind>;
  /** The binding occurrences (parameter names, assignment targets, def/class names, import aliases…), in source order. */
  readonly definitions: readonly Reference[];
  /** Every occurrence that resolves to this binding, from any scope, definitions included, in source order. */
  readonly references: readonly Reference[];
}

export interface Reference {
  /** The identifier node, made when first asked for: `start` and `end` cost less. */
  readonly node: Node;
  /** Where the identifier is. */
  readonly start: number;
  readonly end: number;
  readonly name: string;
  /** The scope the occurrence appears in. */
  readonly scope: Scope;
  readonly role: 'read' | 'bind' | 'update' | 'declare';
  /** What it resolves to; null for builtins, undefined globals, and names in star-import scopes. */
  readonly binding: Binding | null;
}

export interface ScopeAnalysis {
  readonly module: Scope;
  /** Every scope, in source order of their nodes (the module first). */
  readonly scopes: readonly Scope[];
  /** The innermost scope whose body holds the node (a def's name and decorators are in the enclosing scope; its defaults too). */
  scopeOf(node: Node): Scope;
  /** The reference for an identifier node, or null when it is not a name (attribute, keyword argument, …). */
  referenceAt(identifier: Node): Reference | null;
  /** What a read of `name` in `from` resolves to, as Python resolves it. */
  lookup(name: string, from: Scope): Binding | null;
}

const SCOPE_KINDS: Readonly<Record<string, ScopeKind>> = {
  module: 'module',
  class_definition: 'class',
  function_definition: 'function',
  lambda: 'lambda',
  list_comprehension: 'comprehension',
  set_comprehension: 'comprehension',
  dictionary_comprehension: 'comprehension',
  generator_expression: 'comprehension',
};

interface MutableScope extends Scope {
  readonly children: Scope[];
  readonly bindings: Map<string, MutableBinding>;
  readonly references: MutableReference[];
  readonly globals: Set<string>;
  readonly nonlocals: Set<string>;
  dynamic: boolean;
  evaluates: boolean;
  starImport: boolean;
}

interface MutableBinding extends Binding {
  readonly kinds: Set<BindingKind>;
  readonly definitions: MutableReference[];
  readonly references: MutableReference[];
}

interface MutableReference extends Reference {
  binding: MutableBinding | null;
}

/** An occurrence of a name, the `index`th identifier of the tree's names. */
class NameReference implements MutableReference {
  binding: MutableBinding | null = null;

  constructor(
    private readonly names: TreeNames,
    readonly index: number,
    readonly name: string,
    readonly scope: MutableScope,
    readonly role: Reference['role'],
  ) {}

  get node(): Node {
    return this.names.node(this.index);
  }

  get start(): number {
    return this.names.starts[this.index];
  }

  get end(): number {
    return this.names.ends[this.index];
  }
}

/** Analyses the scopes of a parsed module (the tree's root node). */
export function analyzeScopes(root: Node): ScopeAnalysis {
  const names = namesOf(root);
  const scopes: MutableScope[] = [];
  const module = makeScope('module', root, null, null, scopes);
  const places = new ScopePlaces(names.scopes);
  const byPlace = new Map<ScopePlace | null, MutableScope>([[null, module]]);
  for (const [index, place] of places.places.entries()) {
    const scope = names.scopes[index];
    byPlace.set(place, makeScope(SCOPE_KINDS[scope.type], scope.node, scope.name, byPlace.get(places.resolve(place, 'read', place.around))!, scopes));
  }
  const scopeAt = (span: Span): MutableScope => byPlace.get(places.resolve(span, 'read'))!;
  const nodeScope = (node: Node): MutableScope => scopeAt({ start: node.startIndex, end: node.endIndex });
  for (const span of names.starImports) scopeAt(span).starImport = true;
  const references: NameReference[] = [];
  const byStart = new Map<number, NameReference>();
  for (let index = 0; index < names.texts.length; index++) {
    const role = names.roles[index];
    if (role === 'none') continue;
    const name = names.texts[index];
    const start = names.starts[index];
    const scope = byPlace.get(places.resolve({ start, end: start + name.length }, role === 'bind' ? 'bind' : 'read'))!;
    const reference = new NameReference(names, index, name, scope, role);
    references.push(reference);
    byStart.set(start, reference);
    scope.references.push(reference);
    if (role === 'declare') (names.parentTypes[index] === 'global_statement' ? scope.globals : scope.nonlocals).add(name);
  }
  markDynamic(names, scopeAt, nodeScope, module);

  const pending: NameReference[] = [];
  for (const reference of references) {
    if (reference.role !== 'bind' && reference.role !== 'update') continue;
    const owner = bindingOwner(reference, names.parentTypes[reference.index], module);
    if (owner === null) {
      pending.push(reference);
      continue;
    }
    const binding = bindingIn(owner, reference.name);
    binding.kinds.add(names.kinds[reference.index]!);
    binding.definitions.push(reference);
    reference.binding = binding;
  }
  const unordered = new Set<MutableBinding>();
  for (const reference of pending) {
    const binding = lookup(reference.name, reference.scope, module) as MutableBinding | null;
    if (binding !== null) {
      binding.kinds.add(names.kinds[reference.index]!);
      binding.definitions.push(reference);
      reference.binding = binding;
      unordered.add(binding);
    }
  }
  for (const reference of references) {
    if (reference.role === 'read' || reference.role === 'declare') reference.binding = lookup(reference.name, reference.scope, module) as MutableBinding | null;
    reference.binding?.references.push(reference);
  }
  // References were met in source order; only a nonlocal's definitions were added after the others.
  for (const binding of unordered) binding.definitions.sort(bySource);

  /** The reference at an identifier node: the one of the names that starts there, if the node is an identifier. */
  const referenceAt = (node: Node): NameReference | null => {
    const reference = byStart.get(node.startIndex);
    return reference !== undefined && node.type === 'identifier' ? reference : null;
  };
  return {
    module,
    scopes,
    scopeOf: (node) => referenceAt(node)?.scope ?? nodeScope(node),
    referenceAt,
    lookup: (name, from) => lookup(name, from, module),
  };
}

function makeScope(kind: ScopeKind, node: Node, name: string | null, parent: MutableScope | null, scopes: MutableScope[]): MutableScope {
  const scope: MutableScope = {
    kind,
    node,
    name,
    parent,
    children: [],
    bindings: new Map(),
    references: [],
    globals: new Set(),
    nonlocals: new Set(),
    dynamic: false,
    evaluates: false,
    starImport: false,
  };
  scopes.push(scope);
  parent?.children.push(scope);
  return scope;
}

/**
 * Marks the scopes that read their names by spelling: locals(), vars(),
 * eval, exec; globals() marks the module. The module's exec statements and
 * its calls of a name spelled so (the tree's `dynamicCalls`) are few: their
 * nodes are read here.
 */
function markDynamic(names: TreeNames, scopeAt: (span: Span) => MutableScope, nodeScope: (node: Node) => MutableScope, module: MutableScope): void {
  for (const span of names.execStatements) {
    const scope = scopeAt(span);
    scope.dynamic = scope.evaluates = true;
  }
  for (const index of names.dynamicCalls) {
    const node = names.node(index).parent!;
    const callee = node.childForFieldName('function');
    if (callee?.type !== 'identifier') continue;
    const args = node.childForFieldName('arguments');
    if (callee.text === 'globals') module.dynamic = true;
    else if (!(callee.text === 'vars' && (args?.namedChildCount ?? 0) > 0)) {
      const scope = nodeScope(node);
      scope.dynamic = true;
      if (callee.text === 'eval' || callee.text === 'exec') scope.evaluates = true;
    }
  }
}

/** The scope a binding occurrence binds in, or null for a `nonlocal` name (resolved once every scope's own bindings are known). */
function bindingOwner(reference: MutableReference, parentType: string, module: MutableScope): MutableScope | null {
  let scope = reference.scope as MutableScope;
  if (parentType === 'named_expression') {
    while (scope.kind === 'comprehension' && scope.parent !== null) scope = scope.parent as MutableScope;
  }
  if (scope.globals.has(reference.name)) return module;
  if (scope.nonlocals.has(reference.name)) return null;
  return scope;
}

function bindingIn(scope: MutableScope, name: string): MutableBinding {
  let binding = scope.bindings.get(name);
  if (binding === undefined) {
    binding = { name, scope, kinds: new Set(), definitions: [], references: [] };
    scope.bindings.set(name, binding);
  }
  return binding;
}

/** What a read of `name` in `from` resolves to: its own scope, enclosing functions (classes skipped), the module; null for builtins. */
function lookup(name: string, from: Scope, module: Scope): Binding | null {
  if (from.globals.has(name)) return module.bindings.get(name) ?? null;
  if (!from.nonlocals.has(name)) {
    const own = from.bindings.get(name);
    if (own !== undefined) return own;
  }
  for (let scope = from.parent; scope !== null; scope = scope.parent) {
    if (scope.kind === 'class') continue;
    if (scope.kind === 'module' || scope.globals.has(name)) return module.bindings.get(name) ?? null;
    if (scope.nonlocals.has(name)) continue;
    const binding = scope.bindings.get(name);
    if (binding !== undefined) return binding;
  }
  return null;
}

function bySource(a: Reference, b: Reference): number {
  return a.start - b.start;
}
