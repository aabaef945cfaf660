/**
 * Slicing a test by its phases: for each phase, the statements its own
 * statements need from earlier in the test, found through the locals they
 * read, the `self.` attributes they read, and earlier calls that may change
 * `self` state.
 */
import type Parser from 'tree-sitter';
import type { StatementEffects } from './statement-effects.js';
import type { Scope, ScopeAnalysis } from '../python/scope.js';
import { type BodyStatement, isCheckName, type TestPhases } from './phases.js';

type Node = Parser.SyntaxNode;

/** What one phase's test keeps of the original. */
export interface PhaseSlice {
  /** Indices into the phases' statements, in source order: the earlier statements it needs, then its own. */
  readonly statements: readonly number[];
  /** The earlier phases (indices into `phases`) whose statements it needs. */
  readonly earlierPhases: readonly number[];
}

/** Method names that read state rather than change it: a call to one is not taken to change `self`. */
const QUERY = /^_*(?:get|list|show|find|count|describe|is|has|fetch|lookup|search)(?:_|$)|^_*(?:get|list|show|find|count|describe|is|has|fetch|lookup|search)[A-Z]/;

/** Builtins that read their arguments and never change them, nor consume an iterator. */
const READING_BUILTINS = new Set(['len', 'str', 'repr', 'int', 'float', 'bool', 'isinstance', 'issubclass', 'type', 'id', 'hash', 'hasattr', 'callable', 'abs', 'round', 'format']);

/** Attributes of `self` that are the test framework's, not the test's state. */
const FRAMEWORK_ATTRIBUTE = /^(?:assert|fail|skipTest$|subTest$|id$|shortDescription$)/;

/**
 * The slice of every phase. `effects[i]` belongs to `phases.statements[i]`;
 * `mocks` are the test's parameters that patch decorators fill. Every
 * phase's test keeps the prologue statements that act on more than its own
 * locals (a call whose effect the analysis cannot follow, a skip), and
 * whatever its statements need, transitively. An earlier wait (a polling
 * loop, a sleep, a wait helper) goes with the statements it waits on: a
 * phase that keeps one of them keeps the wait too.
 */
export function slicePhases(phases: TestPhases, effects: readonly StatementEffects[], mocks: ReadonlySet<string>, shared: readonly ReadonlySet<string>[]): PhaseSlice[] {
  const statements = phases.statements.map((s) => s.node);
  const phaseOf = new Map<number, number>();
  for (const [index, phase] of phases.phases.entries()) for (const at of phase.statements) phaseOf.set(at, index);
  const locals = new Set(effects.flatMap((e) => [...e.writes]));
  const facts = phases.statements.map((statement, i) => readFacts(statement, effects[i], shared[i], mocks, locals));
  const needs = statements.map((_, i) => directNeeds(i, facts));
  const always = phases.prologue.filter((i) => actsBeyondLocals(phases.statements[i], facts[i]));
  const waits = phases.statements.flatMap((statement, i) => (statement.waits ? [{ at: i, on: waitedOn(i, needs, facts) }] : []));

  return phases.phases.map((phase) => {
    const first = phase.statements[0];
    const kept = closure([...always, ...phase.statements], needs);
    for (let grew = true; grew; ) {
      const wait = waits.find((w) => w.at < first && !kept.has(w.at) && w.on.some((i) => kept.has(i)));
      grew = wait !== undefined;
      if (wait !== undefined) for (const i of closure([wait.at], needs)) kept.add(i);
    }
    const ordered = [...kept].filter((i) => i < first || phase.statements.includes(i)).sort((a, b) => a - b);
    const earlier = new Set(ordered.filter((i) => i < first && phaseOf.has(i)).map((i) => phaseOf.get(i)!));
    return { statements: ordered, earlierPhases: [...earlier].sort((a, b) => a - b) };
  });
}

/** The statements `start` need, transitively, with themselves. */
function closure(start: readonly number[], needs: readonly number[][]): Set<number> {
  const kept = new Set<number>(start);
  const work = [...kept];
  while (work.length > 0) {
    for (const need of needs[work.pop()!]) {
      if (!kept.has(need)) {
        kept.add(need);
        work.push(need);
      }
    }
  }
  return kept;
}

/**
 * What the wait at `i` waits on: the statements it needs, transitively; for
 * a wait that reads nothing (a bare sleep), the step just before it.
 */
function waitedOn(i: number, needs: readonly number[][], facts: readonly StatementFacts[]): number[] {
  const on = [...closure([i], needs)].filter((j) => j !== i);
  return on.length > 0 || i === 0 || !facts[i - 1].acts ? on : [i - 1];
}

/** How a statement touches a local: changes what it holds, or binds it anew on every path. */
type Touch = 'changes' | 'binds';

/** What the slicing needs to know of one statement, read once. */
interface StatementFacts {
  readonly effects: StatementEffects;
  /** The test's locals it reads, those its closures and comprehensions read included. */
  readonly reads: ReadonlySet<string>;
  /** The test's locals it binds or changes. */
  readonly touches: ReadonlyMap<string, Touch>;
  /** `self.` attributes it reads, the framework's left out. */
  readonly selfReads: readonly string[];
  /** Whether it may change state: an act that is not only queries, or a check that runs code (`assertRaises`). */
  readonly changes: boolean;
  readonly asserts: boolean;
  readonly hasCall: boolean;
  /** Whether it calls something other than a check. */
  readonly acts: boolean;
  readonly configuresMock: boolean;
  readonly inspectsMock: boolean;
  /** The module-level names it reads (files, registries): state outside the test. */
  readonly shared: ReadonlySet<string>;
}

/**
 * Reads one statement. It touches a local when it binds it (anew on every
 * path when it is a simple statement), assigns to or deletes one of its
 * attributes or items, calls it, calls a method on it that is not named like a query, or
 * hands it to a call that is neither a query, a check nor a builtin that only
 * reads (`next(rows)`, not `len(rows)`).
 */
function readFacts(body: BodyStatement, effects: StatementEffects, shared: ReadonlySet<string>, mocks: ReadonlySet<string>, locals: ReadonlySet<string>): StatementFacts {
  const { node: statement, asserts, text } = body;
  // Calls need parentheses, attributes a dot and subscripts a bracket: a statement without them has none to read.
  const calls = text.includes('(') ? statement.descendantsOfType('call') : [];
  const callees = calls.map(calleeName);
  const touches = new Map<string, Touch>();
  for (const target of /[.[]/.test(text) ? statement.descendantsOfType(['attribute', 'subscript']) : []) {
    const name = rootName(target);
    if (name === null || !locals.has(name)) continue;
    const parent = target.parent;
    const assigned = ((parent?.type === 'assignment' || parent?.type === 'augmented_assignment') && parent.childForFieldName('left')?.id === target.id) || parent?.type === 'delete_statement' || (parent?.type === 'expression_list' && parent.parent?.type === 'delete_statement');
    const called = (!asserts || statement.type === 'with_statement') && parent?.type === 'call' && target.type === 'attribute' && !QUERY.test(target.childForFieldName('attribute')!.text);
    if (assigned || called) touches.set(name, 'changes');
  }
  for (const call of calls) {
    const callee = call.childForFieldName('function');
    if (callee?.type === 'identifier' && locals.has(callee.text)) touches.set(callee.text, 'changes');
    if (QUERY.test(calleeName(call)) || isCheckName(calleeName(call)) || (callee?.type === 'identifier' && READING_BUILTINS.has(callee.text))) continue;
    for (const argument of call.childForFieldName('arguments')?.namedChildren ?? []) {
      const value = argument.type === 'keyword_argument' ? argument.childForFieldName('value') : argument;
      if (value?.type === 'identifier' && locals.has(value.text)) touches.set(value.text, 'changes');
    }
  }
  for (const name of effects.writes) touches.set(name, statement.type === 'expression_statement' ? 'binds' : 'changes');
  const query = calls.length > 0 && callees.every((name) => QUERY.test(name));
  return {
    effects,
    reads: new Set([...effects.reads, ...(NESTED_SCOPE_WORD.test(text) ? nestedMentions(statement, locals) : [])]),
    touches,
    selfReads: [...effects.selfReads].filter((name) => !FRAMEWORK_ATTRIBUTE.test(name)),
    changes: asserts ? statement.type === 'with_statement' || callees.some((name) => name.startsWith('assertRaises')) : !query,
    asserts,
    hasCall: calls.length > 0,
    acts: calls.some((call) => !isCheckName(calleeName(call))),
    configuresMock: configuresMock(statement, mocks),
    inspectsMock: inspectsMock(statement, mocks),
    shared,
  };
}

/** The earlier statements statement `i` reads from directly. */
function directNeeds(i: number, facts: readonly StatementFacts[]): number[] {
  const mine = facts[i];
  const found = new Set<number>();
  for (const name of mine.reads) {
    for (const j of writersBefore(i, (j) => facts[j].touches.get(name) ?? 'none')) found.add(j);
  }
  for (const name of mine.selfReads) {
    for (const j of writersBefore(i, (j) => (facts[j].effects.selfWrites.has(name) && facts[j].changes ? 'changes' : 'none'))) found.add(j);
  }
  const readsSelf = mine.selfReads.length > 0 || mine.effects.mayMutateSelf;
  const shared = [...mine.shared];
  for (let j = 0; j < i; j++) {
    const other = facts[j];
    if (readsSelf && other.effects.mayMutateSelf && other.changes) found.add(j);
    if (mine.inspectsMock && !other.asserts && other.hasCall) found.add(j);
    if (mine.acts && other.configuresMock) found.add(j);
    if (other.changes && shared.some((name) => other.shared.has(name))) found.add(j);
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

/** Nodes whose names a nested scope reads when it runs, not when it is defined. */
const NESTED_SCOPES = ['function_definition', 'lambda', 'class_definition', 'list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression'];

/** A keyword each of {@link NESTED_SCOPES} is written with. */
const NESTED_SCOPE_WORD = /def|lambda|class|for/;

/** The test's locals that functions, lambdas and comprehensions inside a statement mention (`nonlocal x`, a closure's read). */
function nestedMentions(statement: Node, locals: ReadonlySet<string>): string[] {
  return statement.descendantsOfType(NESTED_SCOPES).flatMap((scope) => scope.descendantsOfType('identifier').map((id) => id.text).filter((name) => locals.has(name)));
}

/**
 * The module-level names a statement reads, other than functions and
 * classes it defines: `TESTFN` in `open(TESTFN, 'w')`, `logging` in
 * `logging.basicConfig(...)`. A statement that changes state through one
 * (a file, a module's settings) is needed by every later statement that
 * reads it. `module` is the scope the names that no function around the
 * statement binds resolve in: by default the analysed module's; a test
 * analysed on its own (in a stand-in class) passes the scope of the module
 * it belongs to.
 */
export function moduleNamesUsed(analysis: ScopeAnalysis, statement: Node, module: Scope = analysis.module): Set<string> {
  const names = new Set<string>();
  for (const id of statement.descendantsOfType('identifier')) {
    const reference = analysis.referenceAt(id);
    if (reference === null || (reference.binding !== null && reference.binding.scope.kind !== 'module')) continue;
    const binding = module.bindings.get(reference.name);
    if (binding === undefined) continue;
    const parent = id.parent;
    if (parent?.type === 'call' && parent.childForFieldName('function')?.id === id.id) continue;
    if (binding.kinds.has('class') || binding.kinds.has('function')) continue;
    names.add(binding.name);
  }
  return names;
}

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
function writersBefore(i: number, touch: (j: number) => Touch | 'none'): number[] {
  const found: number[] = [];
  for (let j = i - 1; j >= 0; j--) {
    const how = touch(j);
    if (how === 'none') continue;
    found.push(j);
    if (how === 'binds') break;
  }
  return found;
}

/** The name an attribute or subscript chain starts from, or null. */
function rootName(node: Node): string | null {
  let at: Node | null = node;
  while (at !== null && (at.type === 'attribute' || at.type === 'subscript')) at = at.childForFieldName(at.type === 'attribute' ? 'object' : 'value');
  return at?.type === 'identifier' ? at.text : null;
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
function actsBeyondLocals({ node: statement, text }: BodyStatement, facts: StatementFacts): boolean {
  if (/\bskipTest\b/.test(text)) return true;
  if ((facts.effects.mayMutateSelf || facts.effects.selfWrites.size > 0) && facts.changes) return true;
  if (statement.type !== 'expression_statement') return facts.hasCall;
  const expression = statement.namedChildren[0];
  const target = expression?.type === 'assignment' ? expression.childForFieldName('left') : null;
  return expression?.type === 'call' || expression?.type === 'await' || target?.type === 'attribute' || target?.type === 'subscript';
}

/** Phases that go into one new test, and the statements that test keeps. */
export interface PhaseGroup {
  /** Indices into `phases`, in order. */
  readonly phases: readonly number[];
  /** Indices into the phases' statements, in source order: the steps it needs, then its phases'. */
  readonly statements: readonly number[];
  /** The phases of other groups whose steps it copies. */
  readonly earlierPhases: readonly number[];
}

/** Why a phase stays with earlier ones: it needs the steps of two or more (a lifecycle), or steps that also check. */
export interface PhaseJoin {
  readonly phase: number;
  readonly needs: readonly number[];
  readonly kind: 'lifecycle' | 'checks';
}

/**
 * Groups phases into new tests. A phase stays with the earlier phases whose
 * steps it needs when it needs those of two groups or more (a lifecycle:
 * create → update → delete), or when those steps also check something (its
 * test would still have several phases); otherwise it becomes a test of its
 * own that copies the steps it needs. Steps that every test keeps (a fetch
 * all of them read) belong to no phase, as a set-up does: the tests share
 * them rather than depend on their phase, and reading the new tests again
 * groups them the same way. Groups keep their phases in order. A single
 * group means no phase can be peeled off.
 */
export function groupPhases(phases: TestPhases, slices: readonly PhaseSlice[]): { groups: PhaseGroup[]; joins: PhaseJoin[] } {
  const owner = new Map<number, number>();
  for (const [index, phase] of phases.phases.entries()) for (const at of phase.statements) owner.set(at, index);
  for (;;) {
    const grouped = joinPhases(phases, slices, owner);
    const shared = grouped.groups.length < 2 ? [] : [...owner.keys()].filter((at) => !phases.statements[at].checks && grouped.groups.every((group) => group.statements.includes(at)));
    if (shared.length === 0) return grouped;
    for (const at of shared) owner.delete(at);
  }
}

/** Joins phases until every group can stand alone. */
function joinPhases(phases: TestPhases, slices: readonly PhaseSlice[], owner: ReadonlyMap<number, number>): { groups: PhaseGroup[]; joins: PhaseJoin[] } {
  const root = phases.phases.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i])));
  const joins: PhaseJoin[] = [];
  for (;;) {
    const groups = currentGroups(phases, slices, owner, find);
    const join = groups.map((group) => joinOf(group, phases, slices, owner, find)).find((found) => found !== null) ?? null;
    if (join === null) return { groups, joins };
    joins.push(join);
    for (const other of join.needs) root[find(other)] = find(join.phase);
  }
}

function currentGroups(phases: TestPhases, slices: readonly PhaseSlice[], owner: ReadonlyMap<number, number>, find: (i: number) => number): PhaseGroup[] {
  const members = new Map<number, number[]>();
  for (const index of phases.phases.keys()) members.set(find(index), [...(members.get(find(index)) ?? []), index]);
  return [...members.values()]
    .map((group) => {
      const statements = [...new Set(group.flatMap((phase) => slices[phase].statements))].sort((a, b) => a - b);
      const copied = new Set(statements.filter((i) => owner.has(i) && !group.includes(owner.get(i)!)).map((i) => owner.get(i)!));
      return { phases: group, statements, earlierPhases: [...copied].sort((a, b) => a - b) };
    })
    .sort((a, b) => a.phases[0] - b.phases[0]);
}

/** Why a group must join the groups whose steps it copies, or null when it can stand alone; named after its phase that needs them. */
function joinOf(group: PhaseGroup, phases: TestPhases, slices: readonly PhaseSlice[], owner: ReadonlyMap<number, number>, find: (i: number) => number): PhaseJoin | null {
  const copiedBy = (phase: number) => slices[phase].statements.filter((i) => owner.has(i) && !group.phases.includes(owner.get(i)!));
  const needing = group.phases.filter((phase) => copiedBy(phase).length > 0);
  const groupsOf = (statements: number[]) => new Set(statements.map((i) => find(owner.get(i)!)));
  if (groupsOf(group.statements.filter((i) => owner.has(i) && !group.phases.includes(owner.get(i)!))).size >= 2) {
    const phase = needing.find((p) => groupsOf(copiedBy(p)).size >= 2) ?? needing.at(-1)!;
    return { phase, needs: group.earlierPhases, kind: 'lifecycle' };
  }
  const phase = needing.find((p) => copiedBy(p).some((i) => phases.statements[i].checks));
  if (phase === undefined) return null;
  return { phase, needs: [...new Set(copiedBy(phase).filter((i) => phases.statements[i].checks).map((i) => owner.get(i)!))], kind: 'checks' };
}
