/**
 * Renaming a name that lives inside one function: a local variable, a
 * parameter, a nested function or class, with every reference in scope
 * (closures, comprehensions, lambdas, `global`/`nonlocal` declarations) and,
 * for a parameter, the `name=` keyword arguments of the calls that provably
 * reach the function in the same file.
 *
 * Names of the module or a class body are reached from elsewhere (`self.x`,
 * `module.x`, imports): {@link renameBinding} refuses them; src/testing/members.ts
 * renames those across the run.
 */
import type Parser from 'tree-sitter';
import { sameNode } from './name-uses.js';
import { mockPassing } from './mock-patches.js';
import { keywordArguments } from './syntax.js';
import type { Binding, Scope, ScopeAnalysis } from './scope.js';
import type { Edit } from '../core/types.js';

type Node = Parser.SyntaxNode;

/** The edits of a rename, or why it must not happen. */
export type RenamePlan = { readonly edits: Edit[] } | { readonly refusal: string };

/** What shows a function's local names at run time: code objects, frames, disassembly, signatures. */
const INTROSPECTION = /\b(?:__code__|co_varnames|f_locals|_getframe|inspect\.(?:signature|getfullargspec|getargspec|getcallargs|getsource|currentframe|stack))\b|^[ \t]*(?:import dis\b|from dis import)/m;

const introspecting = new WeakMap<ScopeAnalysis, string | null>();

/** What in the module reads code objects or frames, or null. */
function readsCodeObjects(analysis: ScopeAnalysis): string | null {
  let found = introspecting.get(analysis);
  if (found === undefined) introspecting.set(analysis, (found = INTROSPECTION.exec(analysis.module.node.text)?.[0].trim() ?? null));
  return found;
}

/** Python's reserved words, which no name may take. */
const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(' '),
);

/** Decorators after which a function's parameter names are read by their spelling. */
const SPELLED_PARAMETERS = /^@\s*(?:pytest\.)?(?:fixture|mark\.parametrize|mark\.usefixtures)\b|^@\s*(?:ddt\.)?(?:data|unpack|file_data)\b|^@\s*(?:parameterized|param)\b/;

/** Why `name` cannot be a Python name, or null. */
export function invalidNameReason(name: string): string | null {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return `${name} is not a Python name`;
  if (KEYWORDS.has(name)) return `${name} is a Python keyword`;
  return null;
}

/** How {@link renameBinding} treats what lies outside the function. */
export interface RenameOptions {
  /**
   * The caller updates the keyword arguments of the calls that reach a
   * method (src/testing/members.ts does, across the run): rename a method's
   * parameter inside the method only, instead of refusing it.
   */
  readonly methodCallers?: boolean;
}

/**
 * Plans renaming `binding` to `newName`. Refuses, with a reviewer's reason:
 * an invalid new name; names of the module or a class body (see module
 * TSDoc); scopes that read names by spelling (locals(), eval…); a new name
 * already used anywhere the rename reaches (it would capture or be
 * shadowed); parameters of methods (callers elsewhere may pass them by
 * keyword), of pytest tests and fixtures (the name requests a fixture) and of
 * parametrized functions; parameters of a function that is passed around
 * while some call passes `old=`.
 */
export function renameBinding(analysis: ScopeAnalysis, binding: Binding, newName: string, options: RenameOptions = {}): RenamePlan {
  const { name, scope } = binding;
  const invalid = invalidNameReason(newName);
  if (invalid !== null) return { refusal: invalid };
  if (newName === name) return { refusal: `${name} already has that name` };
  if (newName.startsWith('__')) return { refusal: `${newName} starts with __: inside a class Python mangles such names, and dunder names are special` };
  if (scope.kind === 'module') return { refusal: `${name} is a module-level name: other modules may import it, so it is renamed across the files of the run, not here` };
  if (scope.kind === 'class') return { refusal: `${name} belongs to class ${scope.name}: code reaches it as self.${name} or ${scope.name}.${name}, so it is renamed as a member` };
  const reached = subtree(scope);
  const dynamic = reached.find((s) => s.dynamic);
  if (dynamic) return { refusal: `${describe(dynamic)} reads its names by spelling (locals(), vars(), eval or exec): renaming ${name} there could break it` };
  const clash = reached.find((s) => s.bindings.has(newName) || s.globals.has(newName) || s.nonlocals.has(newName) || s.references.some((r) => r.name === newName));
  if (clash) return { refusal: `${newName} is already used in ${describe(clash)}: renaming ${name} to it would mix the two names up` };

  const introspection = readsCodeObjects(analysis);
  if (introspection !== null) return { refusal: `the module reads code objects or frames (${introspection}): local names are visible there` };
  const printed = binding.references.find((r) => inSelfDocumentingString(r.node));
  if (printed) return { refusal: `an f-string prints ${name} by its spelling ({${name}=}): the output would change` };
  const spelled = spelledInStrings(binding);
  if (spelled !== null) return { refusal: spelled };

  const edits: Edit[] = [];
  for (const reference of binding.references) {
    const importing = binding.kinds.has('import') ? importedUnderOwnName(reference.node) : null;
    if (importing === 'dotted') return { refusal: `${name} is bound by importing a dotted module path: it has no alias to rename` };
    edits.push({ start: reference.node.startIndex, end: reference.node.endIndex, text: importing === 'plain' ? `${name} as ${newName}` : newName });
  }
  if (binding.kinds.has('parameter')) {
    const keywordEdits = renameKeywordArguments(analysis, binding, newName, options.methodCallers === true);
    if ('refusal' in keywordEdits) return keywordEdits;
    edits.push(...keywordEdits.edits);
  }
  return { edits };
}

/**
 * Whether an identifier sits in a self-documenting f-string expression
 * (`f'{x=}'`), whose text the string prints.
 */
function inSelfDocumentingString(id: Node): boolean {
  for (let at = id.parent; at !== null; at = at.parent) {
    if (at.type === 'interpolation') return at.children.some((c) => c.type === '=');
    if (at.type === 'block' || at.type === 'expression_statement' || at.type === 'module') return false;
  }
  return false;
}

/**
 * Why a function's, class's or parameter's name must stay because code
 * spells it: a nested def's `__name__` and `__qualname__` show its name
 * wherever the function travels (so the whole module is read), and error
 * messages and `__annotations__` show parameter names (read: the
 * outermost function around the function, a method of a module-level class
 * at most). Strings there that spell the name as a word, or reads of
 * `__name__`/`__qualname__`/`co_name` for a def, refuse it; null when there
 * are none.
 */
function spelledInStrings(binding: Binding): string | null {
  const { name, scope } = binding;
  const named = binding.kinds.has('function') || binding.kinds.has('class');
  const parameter = binding.kinds.has('parameter') && scope.parent !== null && scope.parent.kind !== 'module' && scope.parent.kind !== 'class';
  if (!named && !parameter) return null;
  let top = scope;
  const outermost = (at: Scope) => at.parent === null || at.parent.kind === 'module' || (at.parent.kind === 'class' && at.parent.parent?.kind === 'module');
  while (!outermost(top)) top = top.parent!;
  const around = named ? analysisRoot(scope) : top.node;
  const word = new RegExp(`(?<![\\w])${name}(?![\\w])`);
  const string = around.descendantsOfType('string_content').find((s) => word.test(s.text));
  if (string) return `a string spells ${name} ('${string.text.length > 40 ? `${string.text.slice(0, 40)}…` : string.text}'): the ${named ? "function's __name__" : 'error messages'} would no longer match`;
  if (named && around.descendantsOfType('attribute').some((a) => ['__name__', '__qualname__', 'co_name'].includes(a.childForFieldName('attribute')?.text ?? ''))) {
    return `the module reads __name__, __qualname__ or co_name: they would show the new name of ${name}`;
  }
  return null;
}

/** The module node a scope belongs to. */
function analysisRoot(scope: Scope): Node {
  let at = scope;
  while (at.parent !== null) at = at.parent;
  return at.node;
}

/** For an import's name that is bound under its own name: `plain` (`import x`, `from m import x`), `dotted` (`import a.b`), else null. */
function importedUnderOwnName(id: Node): 'plain' | 'dotted' | null {
  const dotted = id.parent;
  if (dotted?.type !== 'dotted_name') return null;
  const statement = dotted.parent;
  if (statement?.type !== 'import_statement' && statement?.type !== 'import_from_statement') return null;
  return dotted.namedChildCount === 1 ? 'plain' : 'dotted';
}

/** Every scope from `scope` down: all the places a name local to `scope` can be seen. */
function subtree(scope: Scope): Scope[] {
  return [scope, ...scope.children.flatMap(subtree)];
}

function describe(scope: Scope): string {
  if (scope.kind === 'function') return `${scope.name}()`;
  if (scope.kind === 'class') return `class ${scope.name}`;
  return `a ${scope.kind}`;
}

/**
 * The `old=` keyword arguments to update when a parameter is renamed: those
 * of calls `f(old=…)` where `f` resolves to the function. Refuses when the
 * parameter's function is a method, a pytest test or fixture, a
 * parametrized function, or a function that is passed around (some other
 * call could reach it by keyword).
 */
function renameKeywordArguments(analysis: ScopeAnalysis, parameter: Binding, newName: string, methodCallers: boolean): RenamePlan {
  const fn = parameter.scope;
  const name = parameter.name;
  if (fn.kind === 'lambda') return callerEdits(analysis, name, newName, null);
  const owner = fn.parent!;
  const decorators = fn.node.parent?.type === 'decorated_definition' ? fn.node.parent.namedChildren.filter((n) => n.type === 'decorator') : [];
  if (decorators.some((d) => SPELLED_PARAMETERS.test(d.text))) {
    return { refusal: `${fn.name}() is parametrized or a fixture: its parameter names are spelled out elsewhere, so ${name} keeps its name` };
  }
  if (/^test/.test(fn.name ?? '') && owner.kind !== 'function') {
    if (injectedParameters(fn.node, decorators)) return { edits: [] };
    return { refusal: `${name} is a parameter of the test ${fn.name}() that no mock.patch decorator fills: under pytest its name requests the fixture of that name` };
  }
  if (owner.kind === 'class') {
    if (methodCallers) return { edits: [] };
    return { refusal: `${name} is a parameter of method ${owner.name}.${fn.name}(): callers elsewhere may pass it by keyword, so it is renamed with the method's callers` };
  }
  const functionBinding = owner.bindings.get(fn.name ?? '');
  return callerEdits(analysis, name, newName, functionBinding ?? null);
}

/**
 * Keyword-argument edits for the calls whose callee is a name bound to the
 * function; refuses when the function is also used as a value while a call
 * in the file passes `old=` to something else.
 */
function callerEdits(analysis: ScopeAnalysis, name: string, newName: string, functionBinding: Binding | null): RenamePlan {
  const edits: Edit[] = [];
  let usedAsValue = functionBinding === null;
  for (const reference of functionBinding?.references ?? []) {
    if (reference.role !== 'read') continue;
    const call = reference.node.parent;
    if (call?.type !== 'call' || !sameNode(call.childForFieldName('function'), reference.node)) {
      usedAsValue = true;
      continue;
    }
    const callArguments = call.childForFieldName('arguments')?.namedChildren ?? [];
    if (callArguments.some((argument) => argument.type === 'dictionary_splat')) {
      return { refusal: `a call at line ${call.startPosition.row + 1} passes **arguments, which may name ${name}` };
    }
    for (const argument of callArguments) {
      const keyword = argument.type === 'keyword_argument' ? argument.childForFieldName('name') : null;
      if (keyword?.text === name) edits.push({ start: keyword.startIndex, end: keyword.endIndex, text: newName });
    }
  }
  if (usedAsValue && passesKeyword(analysis.module.node, name, edits)) {
    return { refusal: `${name} is a parameter of a function that is passed around, and a call passes ${name}= to something: it cannot be told whether that call reaches it` };
  }
  return { edits };
}

/**
 * Whether every parameter of a test past `self` is filled by a patch
 * decorator that passes a mock: then none of them names a fixture.
 */
function injectedParameters(fn: Node, decorators: readonly Node[]): boolean {
  const parameters = fn.childForFieldName('parameters')?.namedChildren.filter((p) => p.type === 'identifier') ?? [];
  const extra = parameters.length - (parameters[0]?.text === 'self' || parameters[0]?.text === 'cls' ? 1 : 0);
  const passing = decorators.map(mockPassing);
  return passing.every((p) => typeof p === 'string') && extra === passing.filter((p) => p === 'mock').length;
}

/** Whether some call passes `name=` other than at the given (already handled) places. */
function passesKeyword(root: Node, name: string, handled: readonly Edit[]): boolean {
  return (keywordArguments(root.tree).get(name) ?? []).some((argument) => !handled.some((edit) => edit.start === argument.name.startIndex));
}
