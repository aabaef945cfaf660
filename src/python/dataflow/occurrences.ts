/**
 * The name occurrences of one function that the data flow of its statements
 * needs: every identifier that names one of the function's own locals, with
 * what it does to the name and where.
 */
import type Parser from 'tree-sitter';
import { sameNode } from '../name-uses.js';
import type { Scope, ScopeAnalysis } from '../scope.js';

type Node = Parser.SyntaxNode;

/** One occurrence of a local of the function. */
export interface LocalOccurrence {
  readonly name: string;
  readonly node: Node;
  /** Where the identifier starts and ends, read once. */
  readonly start: number;
  readonly end: number;
  /** `update` reads then binds (`x += 1`, `del x`). */
  readonly role: 'read' | 'bind' | 'update';
  /** Whether it sits in a lambda, comprehension or function nested in the function (a closure's use). */
  readonly nested: boolean;
  /**
   * Whether it sits in a function or lambda nested in the function (a method
   * of a nested class included): code that runs whenever it is called, even
   * while the function runs statements that come before or after it.
   */
  readonly deferred: boolean;
}

/** What the data flow reads of a function. */
export interface FunctionNames {
  readonly fn: Node;
  /** Uses of the function's locals, in source order. */
  readonly locals: readonly LocalOccurrence[];
  /** Names the function declares `global` or `nonlocal`. */
  readonly declared: ReadonlySet<string>;
  /** The `self` (or other first) parameter of a plain method, or null. */
  readonly receiver: string | null;
  /** The function's parameters, in order. */
  readonly parameters: readonly string[];
  /** Whether the function reads its variables by name (`locals()`, `vars()`, `eval`, `exec`). */
  readonly dynamic: boolean;
}

/** Each analysis's functions already read, by node id: the same function is asked about again for every range in it. */
const readFunctions = new WeakMap<ScopeAnalysis, Map<number, FunctionNames>>();

/** Reads the locals of `fn` (a `function_definition`) and their uses, once per analysis. */
export function functionNames(analysis: ScopeAnalysis, fn: Node): FunctionNames {
  let read = readFunctions.get(analysis);
  if (read === undefined) readFunctions.set(analysis, (read = new Map()));
  let names = read.get(fn.id);
  if (names === undefined) read.set(fn.id, (names = readFunction(analysis, fn)));
  return names;
}

function readFunction(analysis: ScopeAnalysis, fn: Node): FunctionNames {
  const scope = functionScope(analysis, fn);
  const locals = [...scope.bindings.values()]
    .flatMap((binding) => binding.references)
    .flatMap((reference): LocalOccurrence[] =>
      reference.role === 'declare'
        ? []
        : [{ name: reference.name, node: reference.node, start: reference.start, end: reference.end, role: reference.role, nested: reference.scope !== scope, deferred: isDeferred(reference.scope, scope) }],
    )
    .sort((a, b) => a.start - b.start);
  const parameters = parameterNames(fn);
  return {
    fn,
    locals,
    declared: new Set([...scope.globals, ...scope.nonlocals]),
    receiver: isPlainMethod(fn) ? (parameters[0] ?? null) : null,
    parameters,
    dynamic: scope.dynamic,
  };
}

/** Whether `inner`, a scope inside `outer`, is or lies in a function or lambda nested in `outer`. */
function isDeferred(inner: Scope, outer: Scope): boolean {
  for (let at: Scope | null = inner; at !== null && at !== outer; at = at.parent) {
    if (at.kind === 'function' || at.kind === 'lambda') return true;
  }
  return false;
}

/** The scope of a function: the one its body holds. */
export function functionScope(analysis: ScopeAnalysis, fn: Node): Scope {
  const body = fn.childForFieldName('body');
  const scope = body === null ? null : analysis.scopeOf(body);
  if (scope === null || !sameNode(scope.node, fn)) throw new Error(`no scope for the function at line ${fn.startPosition.row + 1}`);
  return scope;
}

/** The names of a function's parameters, in order (`*args` and `**kwargs` by their names). */
export function parameterNames(fn: Node): string[] {
  const list = fn.childForFieldName('parameters');
  if (list === null) return [];
  return list.namedChildren.flatMap((parameter) => {
    if (parameter.type === 'identifier') return [parameter.text];
    const name = parameter.type === 'default_parameter' || parameter.type === 'typed_default_parameter' ? parameter.childForFieldName('name') : parameter.namedChildren.find((n) => n.type === 'identifier');
    return name ? [name.text] : [];
  });
}

/** Whether `fn` is a method that receives the instance: defined in a class body, not a static or class method. */
export function isPlainMethod(fn: Node): boolean {
  const holder = fn.parent?.type === 'decorated_definition' ? fn.parent : fn;
  if (holder.parent?.type !== 'block' || holder.parent.parent?.type !== 'class_definition') return false;
  const decorators = holder.type === 'decorated_definition' ? holder.namedChildren.filter((n) => n.type === 'decorator') : [];
  return !decorators.some((d) => /^@\s*(?:staticmethod|classmethod)\s*$/.test(d.text));
}
