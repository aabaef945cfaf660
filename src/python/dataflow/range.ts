/**
 * The data flow of a range of statements in a function: what goes in, what
 * comes out, and whether the range can move into a helper at all. These are
 * rope's rules for extract method.
 */
import type Parser from 'tree-sitter';
import { alwaysBinds, sameNode, within } from '../name-uses.js';
import type { ScopeAnalysis } from '../scope.js';
import type { Span } from '../scope-places.js';
import { mockPassing } from '../mock-patches.js';
import { functionNames, type FunctionNames, type LocalOccurrence } from './occurrences.js';

type Node = Parser.SyntaxNode;

/** What moving a range of statements into a helper takes and gives back. */
export interface RangeFlow {
  /** Names read before they are written in the range, in first-use order: the helper's parameters. */
  readonly parameters: readonly string[];
  /** Names written in the range and read after it (including loop-carried names of an enclosing loop), in first-write order. */
  readonly returns: readonly string[];
  /** Why the range cannot be moved into a helper, or null. */
  readonly immovable: { readonly reason: string; readonly node: Node } | null;
}

/** Where a range sits, and the function's names. */
interface Range {
  readonly names: FunctionNames;
  readonly statements: readonly Node[];
  readonly start: number;
  readonly end: number;
  /** The `for`/`while` statements of the function that hold the range. */
  readonly loops: readonly Node[];
  /** Where each of `loops` starts and ends. */
  readonly loopSpans: readonly Span[];
  /** Where each statement starts and ends. */
  readonly spans: readonly Span[];
  /** The line a reason quotes for a node. */
  readonly lineOf: (node: Node) => number;
}

/** A reason the range cannot move, at the node that causes it. */
type Obstacle = { readonly reason: string; readonly node: Node };

const DEFINITIONS = ['function_definition', 'lambda', 'class_definition'];
const LOOPS = ['for_statement', 'while_statement'];

/** Framework hooks whose `super()` call must stay in the hook. */
const HOOKS = /^(?:setUp|tearDown|setUpClass|tearDownClass|setUpModule|tearDownModule|asyncSetUp|asyncTearDown|resource_setup|resource_cleanup|setup_clients|setup_credentials|skip_checks)$/;

/**
 * The data flow of `statements`, consecutive statements of one block of the
 * function `fn`, from the scope analysis of its module. The receiver of a
 * method (`self`) is neither a parameter nor a return value: a helper method
 * has its own. `sourceLine` gives the line a reason quotes for a source
 * index (a transform passes its context's `sourceLine`).
 */
export function analyzeRange(analysis: ScopeAnalysis, fn: Node, statements: readonly Node[], sourceLine?: (index: number) => number): RangeFlow {
  if (statements.length === 0) return { parameters: [], returns: [], immovable: { reason: 'there is nothing to move', node: fn } };
  const lineOf = sourceLine === undefined ? treeLine : (node: Node) => sourceLine(node.startIndex);
  const range = rangeOf(functionNames(analysis, fn), statements, lineOf);
  const obstacle = structuralObstacle(range) ?? nameObstacle(range);
  if (obstacle !== null) return { parameters: [], returns: [], immovable: obstacle };

  const parameters = exposedReads(range).filter((name) => reachesFromOutside(range, name));
  const endsInReturn = statements[statements.length - 1].type === 'return_statement';
  const carried = (name: string) => range.loops.length > 0 && parameters.includes(name);
  const returns = endsInReturn ? [] : writtenNames(range).filter((name) => carried(name) || isLiveAfter(range, name));
  const catcher = returns.length > 0 ? exceptionCatcher(range) : null;
  if (catcher !== null) {
    const reason = `${returns.join(', ')} ${returns.length > 1 ? 'are' : 'is'} read after the block, and an exception in it that the ${catcher.kind} at line ${range.lineOf(catcher.node)} catches would leave ${returns.length > 1 ? 'them' : 'it'} unset`;
    return { parameters: [], returns: [], immovable: { reason, node: catcher.node } };
  }
  for (const name of returns) {
    if (alwaysBinds(statements, name)) continue;
    if (!reachesFromOutside(range, name)) {
      const node = range.names.locals.find((use) => use.name === name && holds(range, use))!.node;
      return { parameters: [], returns: [], immovable: { reason: `${name} is bound on some paths through the block only, and read after it`, node } };
    }
    if (parameters.includes(name)) continue;
    if (!boundBefore(range, name)) {
      const node = range.names.locals.find((use) => use.name === name && holds(range, use))!.node;
      return { parameters: [], returns: [], immovable: { reason: `${name} is bound on some paths through the block only, and may be unset before it, so the helper could not take its value`, node } };
    }
    parameters.push(name);
  }
  return { parameters, returns, immovable: null };
}

/**
 * Whether `name` is set whenever the range starts: a parameter of the
 * function, or bound on every path by a statement before the range in one
 * of the blocks around it. (A helper call reads its arguments at once,
 * where the block would have read `name` only on some paths.)
 */
function boundBefore(range: Range, name: string): boolean {
  const fn = range.names.fn;
  const parameters = fn.childForFieldName('parameters')?.namedChildren ?? [];
  const named = (parameter: Node) => (parameter.type === 'identifier' ? parameter : (parameter.childForFieldName('name') ?? parameter.namedChildren.find((child) => child.type === 'identifier')));
  if (parameters.some((parameter) => named(parameter)?.text === name)) return true;
  for (let at: Node | null = range.statements[0]; at !== null && !sameNode(at, fn); at = at.parent) {
    for (let before = at.previousNamedSibling; before !== null; before = before.previousNamedSibling) {
      if (alwaysBinds([before], name)) return true;
    }
  }
  return false;
}

/** Context managers that swallow the exception raised in their body. */
const CATCHING_CONTEXTS = /\b(?:assertRaises\w*|assertWarns\w*|ExpectedException|suppress|raises|expectedFailure)\s*\(/;

/**
 * The `try` (with handlers or a `finally`) or the exception-catching `with`
 * (`self.assertRaises`, `contextlib.suppress`…) of the function that holds
 * the range, if any: there, code after the range runs even when the range
 * raises halfway, and sees what the range had assigned by then.
 */
function exceptionCatcher(range: Range): { kind: string; node: Node } | null {
  for (let at = range.statements[0].parent; at !== null && !sameNode(at, range.names.fn); at = at.parent) {
    const holder = at.parent;
    if (at.type !== 'block' || holder === null) continue;
    if (holder.type === 'try_statement' && sameNode(holder.childForFieldName('body'), at) && holder.namedChildren.some((n) => n.type !== 'block' && n.type !== 'else_clause' && n.type !== 'comment')) {
      return { kind: 'try', node: holder };
    }
    const items = holder.type === 'with_statement' ? holder.namedChildren.find((n) => n.type === 'with_clause') : undefined;
    if (items !== undefined && CATCHING_CONTEXTS.test(items.text)) return { kind: `with ${items.text.split('(')[0].trim()}`, node: holder };
  }
  return null;
}

/** A node's line in the tree's own text. */
function treeLine(node: Node): number {
  return node.startPosition.row + 1;
}

function rangeOf(names: FunctionNames, statements: readonly Node[], lineOf: (node: Node) => number = treeLine): Range {
  const spans = statements.map(spanOf);
  const loops = enclosingLoops(statements[0], names.fn);
  return { names, statements, start: spans[0].start, end: spans[spans.length - 1].end, loops, loopSpans: loops.map(spanOf), spans, lineOf };
}

function spanOf(node: Node): Span {
  return { start: node.startIndex, end: node.endIndex };
}

/** Whether `inner` lies within `outer`. */
function holds(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Whether an occurrence lies in a loop around the range. */
function inLoop(range: Range, use: Span): boolean {
  return range.loopSpans.some((loop) => holds(loop, use));
}

/**
 * The locals that `statements` (consecutive statements of the function
 * `names` describes) read before they bind them, in first-use order.
 */
export function freeReads(names: FunctionNames, statements: readonly Node[]): string[] {
  return exposedReads(rangeOf(names, statements));
}

/** The nodes the shape of a range is checked for. */
const EXITS = ['return_statement'];
const SUSPENSIONS = ['yield', 'await'];
const ASYNC_HOLDERS = ['for_statement', 'with_statement', 'list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression', 'for_in_clause'];
const JUMPS = ['break_statement', 'continue_statement'];
const DECLARATIONS = ['global_statement', 'nonlocal_statement'];
const SHAPE_NODES = [...new Set([...EXITS, ...SUSPENSIONS, ...ASYNC_HOLDERS, ...JUMPS, ...DECLARATIONS, 'call', ...DEFINITIONS])];

/** A node of a function that the shape of a range is checked for, with its place read once. */
interface ShapeNode extends Span {
  readonly node: Node;
  readonly type: string;
}

/** Each function's shape nodes in source order (outer before inner), read once: every range of the function is checked against them. */
const shapeNodes = new WeakMap<FunctionNames, readonly ShapeNode[]>();

function shapeNodesOf(names: FunctionNames): readonly ShapeNode[] {
  let nodes = shapeNodes.get(names);
  if (nodes === undefined) {
    nodes = names.fn.descendantsOfType(SHAPE_NODES).map((node) => ({ node, type: node.type, start: node.startIndex, end: node.endIndex }));
    shapeNodes.set(names, nodes);
  }
  return nodes;
}

/**
 * The statements of the range and what is inside them, for these node
 * types, in source order; those inside a function, lambda or class that is
 * or lies in one of the statements left out unless `nested`.
 */
function ownNodes(range: Range, types: readonly string[], nested = false): Node[] {
  return nodesIn(range.names, range, types, nested);
}

/** {@link ownNodes} of the statements that fill `span`, consecutive statements of the function `names` describes. */
function nodesIn(names: FunctionNames, range: Span, types: readonly string[], nested: boolean): Node[] {
  const nodes = shapeNodesOf(names);
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (nodes[mid].start < range.start) low = mid + 1;
    else high = mid;
  }
  const found: Node[] = [];
  const definitions: ShapeNode[] = [];
  for (let i = low; i < nodes.length && nodes[i].start < range.end; i++) {
    const at = nodes[i];
    while (definitions.length > 0 && definitions[definitions.length - 1].end <= at.start) definitions.pop();
    if (types.includes(at.type) && at.end <= range.end && (nested || definitions.length === 0)) found.push(at.node);
    if (DEFINITIONS.includes(at.type)) definitions.push(at);
  }
  return found;
}

function enclosingLoops(node: Node, fn: Node): Node[] {
  const loops: Node[] = [];
  // A break in a loop's else clause leaves the loop around that one.
  for (let from = node, at = node.parent; at !== null && !sameNode(at, fn); from = at, at = at.parent) {
    if (LOOPS.includes(at.type) && from.type !== 'else_clause') loops.push(at);
  }
  return loops;
}

function isInside(range: Range, node: Node): boolean {
  return range.start <= node.startIndex && node.endIndex <= range.end;
}


/** What the shape of the range forbids: half a block, early exits, generators, declarations, hooks. */
function structuralObstacle(range: Range): Obstacle | null {
  const { statements } = range;
  const first = statements[0];
  const siblings = first.parent?.namedChildren.filter((n) => n.type !== 'comment') ?? [];
  const at = siblings.findIndex((n) => sameNode(n, first));
  if (statements.some((statement, index) => !sameNode(siblings[at + index], statement))) {
    return { reason: 'the statements are not a run of one block: a helper would take half a block', node: first };
  }
  const last = statements[statements.length - 1];
  for (const exit of ownNodes(range, EXITS)) {
    if (!sameNode(exit, last)) return { reason: `the return at line ${range.lineOf(exit)} leaves the method from inside the block`, node: exit };
  }
  const [generator] = ownNodes(range, SUSPENSIONS);
  if (generator) return { reason: `the ${generator.type} at line ${range.lineOf(generator)} cannot move out of the method it suspends`, node: generator };
  const [asynchronous] = ownNodes(range, ASYNC_HOLDERS).filter((n) => n.children.some((child) => child.type === 'async'));
  if (asynchronous) return { reason: `the async ${asynchronous.type.split('_')[0]} at line ${range.lineOf(asynchronous)} cannot move out of the coroutine it runs in`, node: asynchronous };
  for (const jump of ownNodes(range, JUMPS)) {
    const loop = enclosingLoops(jump, range.names.fn)[0];
    if (loop === undefined || !isInside(range, loop)) {
      return { reason: `the ${jump.type === 'break_statement' ? 'break' : 'continue'} at line ${range.lineOf(jump)} belongs to a loop outside the block`, node: jump };
    }
  }
  const [declaration] = ownNodes(range, DECLARATIONS, true);
  if (declaration) return { reason: `the ${declaration.text.split(/\s/)[0]} declaration at line ${range.lineOf(declaration)} would apply to the helper, not the method`, node: declaration };
  if (range.names.dynamic) return { reason: 'the method reads its variables by name (locals(), vars(), eval or exec), which a helper would hide', node: range.names.fn };
  const hook = ownNodes(range, ['call']).find((call) => isSuperHookCall(call, range.names.fn));
  if (hook) return { reason: `the ${hook.text.replace(/\s+/g, '')} call must stay in the method it extends`, node: hook };
  return null;
}

/** `super().setUp()`, or any `super(...).<own name>(...)`. */
function isSuperHookCall(call: Node, fn: Node): boolean {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'attribute') return false;
  const object = callee.childForFieldName('object');
  const method = callee.childForFieldName('attribute')!.text;
  const isSuper = object?.type === 'call' && object.childForFieldName('function')?.text === 'super';
  return isSuper && (HOOKS.test(method) || method === fn.childForFieldName('name')?.text);
}

/** What the names of the range forbid: outer declarations, `del` of outer names, closures, mocks, the receiver. */
function nameObstacle(range: Range): Obstacle | null {
  const { names } = range;
  const inside = names.locals.filter((use) => holds(range, use));
  const declared = names.declared.size === 0 ? undefined : range.statements.flatMap((s) => s.descendantsOfType('identifier')).find((id) => names.declared.has(id.text) && id.parent?.type !== 'attribute' && id.parent?.type !== 'keyword_argument');
  if (declared) return { reason: `${declared.text} is declared global or nonlocal in the method; in a helper it would be a local`, node: declared };
  const receiverWrite = inside.find((use) => use.name === names.receiver && use.role !== 'read');
  if (receiverWrite) return { reason: `the block rebinds ${names.receiver}`, node: receiverWrite.node };
  const deletion = inside.find((use) => use.role === 'update' && isDeletion(use.node) && reachesFromOutside(range, use.name));
  if (deletion) return { reason: `del ${deletion.name} at line ${range.lineOf(deletion.node)} removes a variable the method bound before the block`, node: deletion.node };
  const closure = inside.find((use) => use.nested && names.locals.some((other) => other.name === use.name && other.role !== 'read' && !holds(range, other) && (other.start >= range.end || inLoop(range, other))));
  if (closure) return { reason: `a function or lambda in the block reads ${closure.name}, which the method rebinds after the block`, node: closure.node };
  const shared = sharedWithDeferredCode(range, inside);
  if (shared) return shared;
  const mocks = positionalMocks(names);
  const mock = inside.find((use) => mocks.has(use.name));
  if (mock) return { reason: `${mock.name} is a mock that a patch decorator passes by position`, node: mock.node };
  return null;
}

/**
 * A function or lambda of the method defined before the block (or in an
 * earlier turn of a loop around it; a method of a nested class too) may run
 * while the block runs: one that reads a name the block binds would not see
 * the helper's binding, and one that binds a name the block uses would not
 * reach the helper's.
 */
function sharedWithDeferredCode(range: Range, inside: readonly LocalOccurrence[]): Obstacle | null {
  const bound = new Set(inside.filter((use) => use.role !== 'read' && !use.nested).map((use) => use.name));
  const used = new Set(inside.filter((use) => !use.nested).map((use) => use.name));
  for (const use of range.names.locals) {
    if (!use.deferred || holds(range, use) || !existsDuring(range, use.node)) continue;
    if (use.role === 'read' && bound.has(use.name)) {
      return { reason: `${use.name} is read by the function at line ${range.lineOf(definitionOf(use.node))}, which can run while the block runs and would not see the ${use.name} of a helper`, node: use.node };
    }
    if (use.role !== 'read' && used.has(use.name)) {
      return { reason: `${use.name} is bound by the function at line ${range.lineOf(definitionOf(use.node))}, which can run while the block runs and would not reach the ${use.name} of a helper`, node: use.node };
    }
  }
  return null;
}

/** Whether the nested definition that holds `node` may exist while the range runs: defined before it, or in a loop around it. */
function existsDuring(range: Range, node: Node): boolean {
  let outermost = node;
  for (let at = node.parent; at !== null && !sameNode(at, range.names.fn); at = at.parent) if (DEFINITIONS.includes(at.type)) outermost = at;
  return outermost.startIndex < range.start || range.loops.some((loop) => within(outermost, loop));
}

/** The innermost function or lambda that holds `node`. */
function definitionOf(node: Node): Node {
  for (let at = node.parent; at !== null; at = at.parent) if (at.type === 'function_definition' || at.type === 'lambda') return at;
  return node;
}

function isDeletion(id: Node): boolean {
  for (let at = id.parent; at !== null; at = at.parent) {
    if (at.type === 'delete_statement') return true;
    if (!['expression_list', 'tuple', 'list', 'parenthesized_expression'].includes(at.type)) return false;
  }
  return false;
}

/**
 * The parameters that `mock.patch` and `mock.patch.object` decorators fill
 * by position (those without a `new` value), which follow the receiver in
 * decorator order from the bottom up.
 */
function positionalMocks(names: FunctionNames): Set<string> {
  const holder = names.fn.parent?.type === 'decorated_definition' ? names.fn.parent : null;
  const decorators = holder?.namedChildren.filter((n) => n.type === 'decorator') ?? [];
  const injecting = decorators.filter((decorator) => mockPassing(decorator) === 'mock').length;
  const offset = names.receiver === null ? 0 : 1;
  return new Set(names.parameters.slice(offset, offset + injecting));
}

/** Names whose value from before the range (or an earlier loop iteration) the range reads, in first-use order. */
function exposedReads(range: Range): string[] {
  const reads = range.names.locals.filter((use) => use.role !== 'bind' && holds(range, use) && use.name !== range.names.receiver);
  const boundBy = bindingPrefixes(range);
  const exposed = reads.filter((use) => !isBoundBefore(range, use, boundBy));
  return [...new Set(exposed.map((use) => use.name))];
}

/**
 * For `statements`, consecutive statements of the function `names`
 * describes: whether the first `index` of them bind `name` on every path
 * (`alwaysBinds`), worked out once per name and statement.
 */
export function bindsBefore(names: FunctionNames, statements: readonly Node[]): (index: number, name: string) => boolean {
  return bindingPrefixes(rangeOf(names, statements));
}

/**
 * `alwaysBinds(range.statements.slice(0, index), name)`, asked once per
 * name and statement: the first statement that binds the name on every
 * path, raises or returns (true), or may leave early (false) decides every
 * longer run of statements. A statement whose text spells neither the name
 * nor `raise` nor `return` cannot bind it or end the method, so only
 * whether it may leave early is asked, of the function's nodes read once.
 */
function bindingPrefixes(range: Range): (index: number, name: string) => boolean {
  const text = functionText(range.names);
  const leaves: (boolean | undefined)[] = [];
  const decided = new Map<string, { next: number; value: boolean | null; at: number }>();
  const decide = (index: number, name: string): boolean | null => {
    const statement = range.statements[index];
    const span = range.spans[index];
    const spelled = text.text.slice(span.start - text.start, span.end - text.start);
    if ((spelled.includes(name) || spelled.includes('raise') || spelled.includes('return')) && alwaysBinds([statement], name)) return true;
    leaves[index] ??= nodesIn(range.names, span, LEAVING, false).length > 0;
    return leaves[index] ? false : null;
  };
  return (index, name) => {
    let state = decided.get(name);
    if (state === undefined) decided.set(name, (state = { next: 0, value: null, at: 0 }));
    while (state.value === null && state.next < index) {
      state.at = state.next++;
      state.value = decide(state.at, name);
    }
    return state.value !== null && state.at < index ? state.value : false;
  };
}

/** What may leave a loop or the method early. */
const LEAVING = ['break_statement', 'continue_statement', 'return_statement'];

/** Each function's text and where it starts. */
const functionTexts = new WeakMap<FunctionNames, { readonly text: string; readonly start: number }>();

function functionText(names: FunctionNames): { readonly text: string; readonly start: number } {
  let text = functionTexts.get(names);
  if (text === undefined) functionTexts.set(names, (text = { text: names.fn.text, start: names.fn.startIndex }));
  return text;
}

/** Whether every path from the start of the range to `use` binds its name first. */
function isBoundBefore(range: Range, use: LocalOccurrence, boundBy: (index: number, name: string) => boolean): boolean {
  const index = range.spans.findIndex((statement) => holds(statement, use));
  if (boundBy(index, use.name)) return true;
  return range.names.locals.some((binding) => {
    if (binding.name !== use.name || binding.role === 'read' || binding.nested || !holds(range, binding)) return false;
    const statement = bindingStatement(binding.node);
    return statement !== null && dominates(statement, use.node);
  });
}

/** Whether running `statement` (one that binds unconditionally) comes before every run of `node`: it precedes it in a block that holds it, or `node` is in its body. */
function dominates(statement: Node, node: Node): boolean {
  if (statement.type === 'for_statement' || statement.type === 'with_statement') return within(node, statement.childForFieldName('body')!);
  return statement.parent !== null && within(node, statement.parent) && statement.endIndex <= node.startIndex;
}

/** The statement whose completion binds the name at `id`, when it binds it unconditionally. */
function bindingStatement(id: Node): Node | null {
  let child = id;
  for (let at = id.parent; at !== null; child = at, at = at.parent) {
    switch (at.type) {
      case 'expression_statement':
      case 'import_statement':
      case 'import_from_statement':
        return at;
      case 'function_definition':
      case 'class_definition':
        return sameNode(at.childForFieldName('name'), child) ? (at.parent?.type === 'decorated_definition' ? at.parent : at) : null;
      case 'for_statement':
        return sameNode(at.childForFieldName('left'), child) ? at : null;
      case 'with_statement':
        return child.type === 'with_clause' ? at : null;
      case 'block':
      case 'module':
        return null;
    }
  }
  return null;
}

/** Whether a binding of `name` from outside the range may reach it: a parameter, an earlier binding, or one later in an enclosing loop. */
function reachesFromOutside(range: Range, name: string): boolean {
  if (range.names.parameters.includes(name)) return true;
  return range.names.locals.some(
    (use) => use.name === name && use.role !== 'read' && !holds(range, use) && (use.start < range.start || inLoop(range, use)),
  );
}

/** Locals the range binds, in first-write order. */
function writtenNames(range: Range): string[] {
  const writes = range.names.locals.filter((use) => use.role !== 'read' && !use.nested && holds(range, use) && use.name !== range.names.receiver);
  return [...new Set(writes.map((use) => use.name))];
}

/** Whether the method may read `name` after the range: later, in a closure, or in the next iteration of an enclosing loop. */
function isLiveAfter(range: Range, name: string): boolean {
  return range.names.locals.some(
    (use) =>
      use.name === name &&
      use.role !== 'bind' &&
      !holds(range, use) &&
      (use.nested || ((use.start >= range.end || inLoop(range, use)) && !isRebound(range, use))),
  );
}

/**
 * Whether every path from the end of the range to `use` binds its name
 * again first: a binding statement before it in a block that holds it, later
 * than the range, or for a read in the next iteration, inside that loop.
 */
function isRebound(range: Range, use: LocalOccurrence): boolean {
  const loop = use.start < range.start ? range.loops.find((_, index) => holds(range.loopSpans[index], use)) : undefined;
  return range.names.locals.some((binding) => {
    if (binding.name !== use.name || binding.role !== 'bind' || binding.nested || holds(range, binding)) return false;
    const statement = bindingStatement(binding.node);
    if (statement === null || !dominates(statement, use.node)) return false;
    return loop === undefined ? statement.startIndex >= range.end : within(statement, loop);
  });
}
