/**
 * What one statement of a method reads and changes: its locals and the
 * instance's attributes. Enough to slice a test into the statements each of
 * its assertions depends on.
 */
import type Parser from 'tree-sitter';
import { nameRole, sameNode } from '../python/name-uses.js';
import type { ScopeAnalysis } from '../python/scope.js';
import { isCheckName } from './phases.js';
import { functionNames, type FunctionNames, type LocalOccurrence } from '../python/dataflow/occurrences.js';
import { freeReads } from '../python/dataflow/range.js';

type Node = Parser.SyntaxNode;

/** Per-statement effects, for slicing. */
export interface StatementEffects {
  /** Locals read (free in the statement), the receiver left out. */
  readonly reads: ReadonlySet<string>;
  /** Locals written. */
  readonly writes: ReadonlySet<string>;
  /** `self.<attr>` read. */
  readonly selfReads: ReadonlySet<string>;
  /** `self.<attr>` assigned, deleted, changed in place (`self.x[k] = v`) or called a method on (`self.x.m()`). */
  readonly selfWrites: ReadonlySet<string>;
  /** Calls a method on self (other than an assertion) or passes self: may change any self state. */
  readonly mayMutateSelf: boolean;
}

/**
 * What each of `statements`, statements of the function `fn` in source
 * order that do not overlap (a body's), reads and writes, from the scope
 * analysis of its module; the function's names are read once for all of them.
 */
export function statementEffects(analysis: ScopeAnalysis, fn: Node, statements: readonly Node[]): StatementEffects[] {
  const names = functionNames(analysis, fn);
  const uses = usesByStatement(names.locals, statements);
  // Each statement sees only its own uses of the locals: the same answers, without going over all of them for each.
  return statements.map((statement, i) => effectsOf({ ...names, locals: uses[i] }, statement));
}

/**
 * The uses of the function's locals inside each statement, in source order.
 * `statements` do not overlap and are in source order, as a body's are.
 */
function usesByStatement(locals: readonly LocalOccurrence[], statements: readonly Node[]): LocalOccurrence[][] {
  const spans = statements.map((statement) => ({ start: statement.startIndex, end: statement.endIndex }));
  const uses = statements.map((): LocalOccurrence[] => []);
  for (const use of locals) {
    const start = use.node.startIndex;
    let low = 0;
    let high = spans.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (spans[middle].start <= start) low = middle + 1;
      else high = middle;
    }
    const at = low - 1;
    if (at >= 0 && use.node.endIndex <= spans[at].end) uses[at].push(use);
  }
  return uses;
}

function effectsOf(names: FunctionNames, statement: Node): StatementEffects {
  const receiver = names.receiver;
  const writes = names.locals.filter((use) => use.role !== 'read' && !use.nested && use.name !== receiver);
  const selfReads = new Set<string>();
  const selfWrites = new Set<string>();
  let mayMutateSelf = false;
  for (const attribute of receiver === null ? [] : statement.descendantsOfType('attribute')) {
    const object = attribute.childForFieldName('object');
    if (object?.type !== 'identifier' || object.text !== receiver) continue;
    const name = attribute.childForFieldName('attribute')!.text;
    const effect = attributeEffect(attribute);
    if (effect !== 'write') selfReads.add(name);
    if (effect === 'write' || effect === 'update') selfWrites.add(name);
    if (effect === 'method' && !isCheckName(name)) mayMutateSelf = true;
  }
  const passesSelf = statement.descendantsOfType('argument_list').some((list) => list.namedChildren.some((arg) => arg.type === 'identifier' && arg.text === receiver));
  return {
    reads: new Set(freeReads(names, [statement])),
    writes: new Set(writes.map((use) => use.name)),
    selfReads,
    selfWrites,
    mayMutateSelf: mayMutateSelf || passesSelf,
  };
}

/**
 * What happens to `self.<attr>` at this attribute node: read, assigned
 * (`write`), read and changed in place (`update`: `self.x += 1`,
 * `self.x[k] = v`, `del self.x`, `self.x.append(1)`), or called as a method
 * (`method`: `self.m()`).
 */
function attributeEffect(attribute: Node): 'read' | 'write' | 'update' | 'method' {
  const role = nameRole(attribute);
  if (role === 'bind') return 'write';
  if (role === 'update') return 'update';
  const parent = attribute.parent;
  if (parent?.type === 'call' && sameNode(parent.childForFieldName('function'), attribute)) return 'method';
  const holds = parent !== null && sameNode(parent.childForFieldName(parent.type === 'subscript' ? 'value' : 'object'), attribute);
  if (holds && parent.type === 'attribute' && parent.parent?.type === 'call' && sameNode(parent.parent.childForFieldName('function'), parent)) return 'update';
  if (holds && (parent.type === 'subscript' || parent.type === 'attribute') && attributeEffect(parent) !== 'read') return 'update';
  return 'read';
}
