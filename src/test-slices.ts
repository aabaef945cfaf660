/**
 * Slicing a test by its phases: for each phase, the statements its own
 * statements need from earlier in the test, found through the locals they
 * read, the `self.` attributes they read, and earlier calls that may change
 * `self` state.
 */
import type Parser from 'tree-sitter';
import type { StatementEffects } from './dataflow/index.js';
import type { TestPhases } from './test-phases.js';

type Node = Parser.SyntaxNode;

/** What one phase's test keeps of the original. */
export interface PhaseSlice {
  /** Indices into the phases' statements, in source order: the earlier statements it needs, then its own. */
  readonly statements: readonly number[];
  /** The earlier phases (indices into `phases`) whose statements it needs. */
  readonly earlierPhases: readonly number[];
}

/** Method names that read state rather than change it: a call to one is not taken to change `self`. */
const QUERY = /^_*(?:get|list|show|find|count|describe|is|has|fetch|lookup|read|search)(?:_|$)|^_*(?:get|list|show|find|count|describe|is|has|fetch|lookup|read|search)[A-Z]/;

/** Attributes of `self` that are the test framework's, not the test's state. */
const FRAMEWORK_ATTRIBUTE = /^(?:assert|fail|skipTest$|subTest$|id$|shortDescription$)/;

/**
 * The slice of every phase. `effects[i]` belongs to `phases.statements[i]`;
 * `mocks` are the test's parameters that patch decorators fill. Every
 * phase's test keeps the prologue statements that act on more than its own
 * locals (a call whose effect the analysis cannot follow, a skip), and
 * whatever its statements need, transitively.
 */
export function slicePhases(phases: TestPhases, effects: readonly StatementEffects[], mocks: ReadonlySet<string>): PhaseSlice[] {
  const statements = phases.statements.map((s) => s.node);
  const phaseOf = new Map<number, number>();
  for (const [index, phase] of phases.phases.entries()) for (const at of phase.statements) phaseOf.set(at, index);
  const needs = statements.map((_, i) => directNeeds(i, phases, effects, mocks));
  const always = phases.prologue.filter((i) => actsBeyondLocals(statements[i], effects[i]));

  return phases.phases.map((phase) => {
    const kept = new Set<number>([...always, ...phase.statements]);
    const work = [...kept];
    while (work.length > 0) {
      for (const need of needs[work.pop()!]) {
        if (!kept.has(need)) {
          kept.add(need);
          work.push(need);
        }
      }
    }
    const first = phase.statements[0];
    const ordered = [...kept].filter((i) => i < first || phase.statements.includes(i)).sort((a, b) => a - b);
    const earlier = new Set(ordered.filter((i) => i < first && phaseOf.has(i)).map((i) => phaseOf.get(i)!));
    return { statements: ordered, earlierPhases: [...earlier].sort((a, b) => a - b) };
  });
}

/** How an earlier statement touches a name: not at all, changes what it holds, or binds it anew on every path. */
type Touch = 'none' | 'changes' | 'binds';

/** The earlier statements statement `i` reads from directly. */
function directNeeds(i: number, phases: TestPhases, effects: readonly StatementEffects[], mocks: ReadonlySet<string>): number[] {
  const statements = phases.statements;
  const mine = effects[i];
  const found = new Set<number>();
  const selfReads = [...mine.selfReads].filter((name) => !FRAMEWORK_ATTRIBUTE.test(name));
  for (const name of mine.reads) {
    for (const j of writersBefore(i, (j) => touchesLocal(statements[j].node, effects[j], name, statements[j].asserts))) found.add(j);
  }
  for (const name of selfReads) {
    for (const j of writersBefore(i, (j) => (effects[j].selfWrites.has(name) && changes(statements[j].node, statements[j].asserts) ? 'changes' : 'none'))) found.add(j);
  }
  const readsSelf = selfReads.length > 0 || mine.mayMutateSelf;
  const readsMock = inspectsMock(statements[i].node, mocks);
  const calls = statements[i].node.descendantsOfType('call').some((call) => !ASSERTION_CALL.test(call.childForFieldName('function')?.text ?? ''));
  for (let j = 0; j < i; j++) {
    const other = statements[j];
    if (readsSelf && effects[j].mayMutateSelf && changes(other.node, other.asserts)) found.add(j);
    if (readsMock && !other.asserts && other.node.descendantsOfType('call').length > 0) found.add(j);
    if (calls && configuresMock(other.node, mocks)) found.add(j);
  }
  return [...found];
}

/** What a mock records of its calls: reading it depends on every earlier call that may reach the patched target. */
const CALL_RECORD = /^(?:assert_\w+|call_count|call_args|call_args_list|mock_calls|method_calls|called)$/;

/** Whether a statement reads what one of the test's mocks recorded. */
function inspectsMock(statement: Node, mocks: ReadonlySet<string>): boolean {
  if (mocks.size === 0) return false;
  return statement.descendantsOfType('attribute').some((attribute) => {
    const object = attribute.childForFieldName('object');
    return object?.type === 'identifier' && mocks.has(object.text) && CALL_RECORD.test(attribute.childForFieldName('attribute')!.text);
  });
}

/** A call that only checks: `self.assertEqual(...)`, `mock_x.assert_called_once_with(...)`. */
const ASSERTION_CALL = /(?:^|\.)(?:assert\w*|fail\w*)$/;

/**
 * Whether a statement sets up one of the test's mocks (`m.return_value =
 * ...`, `m.side_effect = ...`, `m.configure_mock(...)`): every later call
 * may reach the patched target and see it.
 */
function configuresMock(statement: Node, mocks: ReadonlySet<string>): boolean {
  if (mocks.size === 0) return false;
  return statement.descendantsOfType('attribute').some((attribute) => {
    if (!mocks.has(rootName(attribute) ?? '')) return false;
    const parent = attribute.parent;
    if (parent?.type === 'assignment' && parent.childForFieldName('left')?.id === attribute.id) return true;
    return parent?.type === 'call' && parent.childForFieldName('function')?.id === attribute.id && !CALL_RECORD.test(attribute.childForFieldName('attribute')!.text) && attribute.childForFieldName('attribute')!.text !== 'reset_mock';
  });
}

/** The statements before `i` that touch something, going back until one binds it anew. */
function writersBefore(i: number, touch: (j: number) => Touch): number[] {
  const found: number[] = [];
  for (let j = i - 1; j >= 0; j--) {
    const how = touch(j);
    if (how === 'none') continue;
    found.push(j);
    if (how === 'binds') break;
  }
  return found;
}

/**
 * How a statement touches a local: it binds it (on every path when it is a
 * simple statement), assigns to one of its attributes or items, or (when it
 * acts) calls a method on it that is not named like a query.
 */
function touchesLocal(statement: Node, effects: StatementEffects, name: string, asserts: boolean): Touch {
  if (effects.writes.has(name)) return statement.type === 'expression_statement' ? 'binds' : 'changes';
  for (const target of statement.descendantsOfType(['attribute', 'subscript'])) {
    if (rootName(target) !== name) continue;
    const parent = target.parent;
    const assigned = (parent?.type === 'assignment' || parent?.type === 'augmented_assignment') && parent.childForFieldName('left')?.id === target.id;
    const called = !asserts && parent?.type === 'call' && target.type === 'attribute' && !QUERY.test(target.childForFieldName('attribute')!.text);
    if (assigned || called) return 'changes';
  }
  return 'none';
}

/** The name an attribute or subscript chain starts from, or null. */
function rootName(node: Node): string | null {
  let at: Node | null = node;
  while (at !== null && (at.type === 'attribute' || at.type === 'subscript')) at = at.childForFieldName(at.type === 'attribute' ? 'object' : 'value');
  return at?.type === 'identifier' ? at.text : null;
}

/** Whether a statement may change state: an act that is not only queries, or a check that runs code (`assertRaises`). */
function changes(statement: Node, asserts: boolean): boolean {
  if (asserts) return statement.type === 'with_statement' || /\bassertRaises\w*\(/.test(statement.text);
  return !isQuery(statement);
}

/** Whether every call in a statement is to a method named like a query (`get_server`, `list_ports`). */
function isQuery(statement: Node): boolean {
  const calls = statement.descendantsOfType('call');
  return calls.length > 0 && calls.every((call) => QUERY.test(calleeName(call)));
}

function calleeName(call: Node): string {
  const callee = call.childForFieldName('function');
  if (callee?.type === 'attribute') return callee.childForFieldName('attribute')!.text;
  return callee?.text ?? '';
}

/**
 * Whether a set-up statement does more than bind locals: it skips the test,
 * or calls something for its effect (on `self`, a module, a fixture).
 */
function actsBeyondLocals(statement: Node, effects: StatementEffects): boolean {
  if (/\bskipTest\b/.test(statement.text)) return true;
  if ((effects.mayMutateSelf || effects.selfWrites.size > 0) && !isQuery(statement)) return true;
  if (statement.type !== 'expression_statement') return statement.descendantsOfType('call').length > 0;
  const expression = statement.namedChildren[0];
  const target = expression?.type === 'assignment' ? expression.childForFieldName('left') : null;
  return expression?.type === 'call' || expression?.type === 'await' || target?.type === 'attribute' || target?.type === 'subscript';
}
