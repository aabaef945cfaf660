/**
 * The checks that need the tree, made only at the places the token pass
 * pointed to: what `del` deletes and what `with … as` binds, `global` and
 * `nonlocal` against the names of their scopes, and how deeply a very long
 * line nests.
 */
import type Parser from 'tree-sitter';
import { usesOf } from '../name-uses.js';
import { MAX_DEPTH, type Deferred } from './statements.js';
import { CompileProblem } from './tokenizer.js';

type Node = Parser.SyntaxNode;


/** Nodes that are no level of Python's syntax tree. */
const TRANSPARENT = new Set(['parenthesized_expression', 'argument_list', 'expression_statement', 'block', 'comment', 'string_start', 'string_content', 'string_end']);

/** Runs the deferred checks; throws the first {@link CompileProblem}. */
export function checkTree(source: string, tree: Parser.Tree, deferred: Deferred): void {
  const root = tree.rootNode;
  for (const at of deferred.deletes) {
    const statement = root.descendantForIndex(at).parent;
    if (statement?.type !== 'delete_statement') continue;
    for (const target of statement.namedChildren) checkTarget(target, 'delete');
  }
  for (const at of deferred.withTargets) {
    const pattern = root.descendantForIndex(at).parent;
    const alias = pattern?.type === 'as_pattern' ? pattern.childForFieldName('alias') : null;
    const target = alias?.namedChildren[0];
    if (target !== undefined) checkTarget(target, 'assign to');
  }
  for (const at of deferred.longLines) checkDepth(root.descendantForIndex(at));
  for (const at of deferred.declarations) checkDeclaration(source, root, at);
}

/** What a `del` or an assignment may name: names, attributes, items, and tuples and lists of them. */
function checkTarget(node: Node, verb: 'delete' | 'assign to'): void {
  switch (node.type) {
    case 'identifier':
    case 'attribute':
    case 'subscript':
    case 'comment':
      return;
    case 'tuple':
    case 'list':
    case 'expression_list':
    case 'parenthesized_expression':
    case 'pattern_list':
    case 'tuple_pattern':
    case 'list_pattern':
      for (const child of node.namedChildren) checkTarget(child, verb);
      return;
    case 'list_splat_pattern':
    case 'list_splat':
      if (verb === 'delete') break;
      for (const child of node.namedChildren) checkTarget(child, verb);
      return;
  }
  throw new CompileProblem(node.startIndex, `cannot ${verb} ${describeNode(node)}`);
}

function describeNode(node: Node): string {
  switch (node.type) {
    case 'call':
      return 'function call';
    case 'string':
    case 'integer':
    case 'float':
    case 'true':
    case 'false':
    case 'none':
      return 'literal';
    case 'list_splat':
    case 'list_splat_pattern':
      return 'starred';
    default:
      return 'expression';
  }
}

/** The deepest nesting of the statement that holds `leaf`, checked against {@link MAX_DEPTH}. */
function checkDepth(leaf: Node): void {
  let statement = leaf;
  while (statement.parent !== null && statement.parent.type !== 'module' && statement.parent.type !== 'block') statement = statement.parent;
  const cursor = statement.walk();
  // Whether a node type counts, by type id: reading the type's name is slow.
  const levels = new Map<number, boolean>();
  const counts = () => {
    const id = cursor.nodeTypeId;
    let level = levels.get(id);
    if (level === undefined) levels.set(id, (level = cursor.nodeIsNamed && !TRANSPARENT.has(cursor.nodeType)));
    return level;
  };
  let depth = 0;
  for (;;) {
    if (counts()) depth++;
    if (depth > MAX_DEPTH) {
      throw new CompileProblem(cursor.startIndex, `nested more than ${MAX_DEPTH} levels deep: CPython's compiler gives up at about 3,000 (RecursionError), and sooner when the module is imported deep in a call stack`);
    }
    if (cursor.gotoFirstChild()) continue;
    for (;;) {
      if (counts()) depth--;
      if (cursor.gotoNextSibling()) break;
      if (!cursor.gotoParent()) return;
    }
  }
}

/** Functions, classes and the module: the scopes a `global` or `nonlocal` statement can stand in. */
const STATEMENT_SCOPES = new Set(['function_definition', 'class_definition', 'module']);

function enclosingScope(node: Node): Node {
  let at = node.parent!;
  while (!STATEMENT_SCOPES.has(at.type)) at = at.parent!;
  return at;
}

/**
 * A `global` or `nonlocal` statement: each name it declares is neither a
 * parameter nor used before it in its scope, and a `nonlocal` name is bound
 * by a function around.
 */
function checkDeclaration(source: string, root: Node, at: number): void {
  const statement = root.descendantForIndex(at).parent;
  if (statement?.type !== 'global_statement' && statement?.type !== 'nonlocal_statement') return;
  const kind = statement.type === 'global_statement' ? 'global' : 'nonlocal';
  const scope = enclosingScope(statement);
  const parameters = parameterNames(scope);
  for (const id of statement.namedChildren) {
    if (id.type !== 'identifier') continue;
    const name = id.text;
    if (parameters.has(name)) throw new CompileProblem(id.startIndex, `name '${name}' is parameter and ${kind}`);
    const earlier = usesOf(name, scope, root, source).find((use) => use.start < statement.startIndex && use.role !== 'declare' && use.scope.id === scope.id);
    if (earlier !== undefined) {
      const how = earlier.role === 'read' ? 'used prior to' : 'assigned to before';
      throw new CompileProblem(id.startIndex, `name '${name}' is ${how} ${kind} declaration`);
    }
    if (kind === 'nonlocal' && !enclosingBinds(source, root, scope, name)) throw new CompileProblem(id.startIndex, `no binding for nonlocal '${name}' found`);
  }
}

/**
 * Whether a function around `scope` (classes skipped) binds `name`, directly
 * or through its own `nonlocal`. A class binds `__class__` for the functions
 * in it (the cell `super()` reads).
 */
function enclosingBinds(source: string, root: Node, scope: Node, name: string): boolean {
  for (let outer = enclosingScope(scope); outer.type !== 'module'; outer = enclosingScope(outer)) {
    if (outer.type === 'class_definition') {
      if (name === '__class__') return true;
      continue;
    }
    const uses = usesOf(name, outer, root, source).filter((use) => use.scope.id === outer.id);
    const declared = uses.find((use) => use.role === 'declare');
    if (declared?.node.parent?.type === 'global_statement') return false;
    if (declared !== undefined) return enclosingBinds(source, root, outer, name);
    if (uses.some((use) => use.role === 'bind' || use.role === 'update') || parameterNames(outer).has(name)) return true;
  }
  return false;
}

function parameterNames(scope: Node): Set<string> {
  const names = new Set<string>();
  const parameters = scope.type === 'function_definition' ? scope.childForFieldName('parameters') : null;
  for (const parameter of parameters?.namedChildren ?? []) {
    const name = parameter.type === 'identifier' ? parameter : (parameter.childForFieldName('name') ?? parameter.namedChildren.find((child) => child.type === 'identifier'));
    if (name?.type === 'identifier') names.add(name.text);
  }
  return names;
}
