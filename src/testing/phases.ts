/**
 * The phases of a test: runs of "act" statements, each ending in its own
 * assertions. A test that boots a server, checks it, migrates it and checks
 * again has two phases. Phases are read from the top-level statements of the
 * test's body; blocks (`if`, `for`, `with`, `try`) count as one statement.
 */
import type Parser from 'tree-sitter';
import { nextLineStart } from '../python/lines.js';
import { sameNode } from '../python/name-uses.js';

type Node = Parser.SyntaxNode;

/** One top-level statement of a test's body, with the lines that lead to it. */
export interface BodyStatement {
  readonly node: Node;
  /** Whether it checks (an assertion, `self.fail`, a mock's `assert_*`, a `with self.assertRaises` block) rather than acts. */
  readonly asserts: boolean;
  /** Whether it checks at all: it asserts, holds an assertion in its blocks, or calls a checking helper (`self._assert_*`, a nested def that asserts). A phase ends with such statements. */
  readonly checks: boolean;
  /** The comments between the previous statement and this one, in order. */
  readonly comments: readonly Node[];
  /** Whether a blank line or a comment line separates it from the previous statement. */
  readonly separated: boolean;
  /** Whether it waits ({@link isWait}). */
  readonly waits: boolean;
  /** Its source text. */
  readonly text: string;
}

/** A stretch of the test that acts, then asserts. */
export interface Phase {
  /** Indices into {@link TestPhases.statements}, in order. */
  readonly statements: readonly number[];
  /** The comments that open the phase (those before its first statement). */
  readonly comments: readonly Node[];
}

/** How a test's body divides into a set-up, phases and what follows the last assertion. */
export interface TestPhases {
  /** The docstring statement, or null. */
  readonly docstring: Node | null;
  /** The top-level statements after the docstring. */
  readonly statements: readonly BodyStatement[];
  /** The leading statements that assert nothing and stand apart from the first phase: the set-up every phase may use. */
  readonly prologue: readonly number[];
  readonly phases: readonly Phase[];
  /** Statements after the last assertion. */
  readonly trailing: readonly number[];
}

/**
 * Whether a method name checks: unittest's and testtools' `assertEqual`,
 * `fail`, `failUnless`, a mock's `assert_called_once_with`; not
 * `failover_port` or `assertion_text`.
 */
export function isCheckName(name: string): boolean {
  return /^(?:assert|fail)(?:[A-Z_]|$)/.test(name);
}

/** A test class's own checking helpers: `self._assert_active(...)`, `self._check_tags(...)`, `self._verify_quota(...)`. */
const CHECKING_HELPER = /^_+(?:assert|check|verify|validate)/;

/** Context managers that check the block they wrap. */
const ASSERTING_CONTEXT = /^self\.(?:assertRaises|assertRaisesRegex|assertRaisesRegexp|assertWarns|assertWarnsRegex|assertLogs|assertNoLogs)\b/;

/** Statement node types that count towards a test's size. */
const STATEMENT = /_statement$|^(?:function_definition|class_definition|decorated_definition)$/;

/**
 * How many statements a function's body holds, counting those nested in
 * blocks, as a reader counts them (a docstring is not one).
 */
export function countStatements(body: Node): number {
  // A cursor reads the nodes without making an object for each; node types are told apart by id.
  // In a tree without errors, no statement lies inside a simple statement: the walk skips their insides.
  const cursor = body.walk();
  const skipsSimple = !body.hasError;
  const kinds = new Map<number, NodeKind>();
  const kind = () => {
    let known = kinds.get(cursor.nodeTypeId);
    if (known === undefined) kinds.set(cursor.nodeTypeId, (known = kindOf(cursor.nodeType)));
    return known;
  };
  let count = 0;
  let more = cursor.gotoFirstChild();
  while (more) {
    if (cursor.nodeIsNamed) {
      const at = kind();
      if (at === 'statement' || at === 'simple' || (at === 'expression' && !docstringAt(cursor))) count++;
      if (at !== 'comment' && !(skipsSimple && at !== 'statement' && at !== 'other') && cursor.gotoFirstChild()) continue;
    }
    while (!(more = cursor.gotoNextSibling()) && cursor.gotoParent());
  }
  return count;
}

/** What {@link countStatements} makes of a node type: an expression statement, another simple statement, another statement, a comment, or none of these. */
type NodeKind = 'expression' | 'simple' | 'statement' | 'comment' | 'other';

/** Statements that hold no block. */
const SIMPLE_STATEMENT = /^(?:future_import|import|import_from|print|assert|return|delete|raise|pass|break|continue|global|nonlocal|exec|type_alias)_statement$/;

function kindOf(type: string): NodeKind {
  if (type === 'expression_statement') return 'expression';
  if (SIMPLE_STATEMENT.test(type)) return 'simple';
  if (STATEMENT.test(type)) return 'statement';
  return type === 'comment' ? 'comment' : 'other';
}

/** Whether the cursor's expression statement is a lone string, as {@link isDocstring} reads its node. */
function docstringAt(cursor: Parser.TreeCursor): boolean {
  if (!cursor.gotoFirstChild()) return false;
  let named = 0;
  let string = false;
  do {
    if (!cursor.nodeIsNamed) continue;
    named++;
    string = cursor.nodeType === 'string';
  } while (cursor.gotoNextSibling());
  cursor.gotoParent();
  return named === 1 && string;
}

/** Reads the phases of a test method's or test function's body. */
export function readPhases(body: Node, source: string): TestPhases {
  const children = body.namedChildren;
  const first = children.findIndex((child) => child.type !== 'comment');
  const docstring = first !== -1 && isDocstring(children[first]) && children[first].parent?.parent?.type === 'function_definition' ? children[first] : null;

  const checkers = checkingFunctions(body);
  const checkerNames = [...checkers];
  const statements: BodyStatement[] = [];
  let comments: Node[] = leadingComments(body, source);
  let previousEnd: number | null = docstring?.endIndex ?? null;
  for (const child of children) {
    if (sameNode(child, docstring)) continue;
    if (child.type === 'comment') {
      const trailing = previousEnd !== null && !source.slice(previousEnd, child.startIndex).includes('\n');
      if (!trailing) comments.push(child);
      continue;
    }
    const start = child.startIndex;
    const end = child.endIndex;
    const gap = previousEnd === null ? '' : source.slice(previousEnd, start);
    const text = source.slice(start, end);
    // The words every check, checking helper and wait spells rule most statements out before their nodes are read.
    const asserts = MAY_ASSERT.test(text) && isAssertion(child);
    const checks = asserts || ((MAY_CHECK.test(text) || checkerNames.some((name) => text.includes(name))) && holdsCheck(child, checkers) && !isWaitLoop(child));
    const waits = MAY_WAIT.test(text) && isWait(child);
    statements.push({ node: child, asserts, checks, comments, separated: previousEnd !== null && (comments.length > 0 || /\n[ \t\f]*\r?\n/.test(gap)), waits, text });
    comments = [];
    previousEnd = end;
  }

  const groups = groupStatements(statements);
  const lastAssertion = statements.findLastIndex((s) => s.checks);
  const prologue: number[] = [];
  const phases: Phase[] = [];
  let pending: number[] = [];
  for (const [number, group] of groups.entries()) {
    if (group[0] > lastAssertion) break;
    const grouped = [...pending, ...group];
    if (!group.some((index) => statements[index].checks)) {
      if (number === 0) prologue.push(...group);
      else pending = grouped;
      continue;
    }
    pending = [];
    phases.push({ statements: grouped, comments: statements[grouped[0]].comments });
  }
  const trailing = statements.map((_, index) => index).filter((index) => index > lastAssertion);
  return { docstring, statements, prologue, phases, trailing };
}

/**
 * The comments on the lines between a function's header and its body's
 * first statement, which the parser places beside the body rather than in it.
 */
function leadingComments(body: Node, source: string): Node[] {
  // A def has one colon of its own: when the body follows it, no comment lies between them.
  if (body.previousSibling?.type === ':') return [];
  const definition = body.parent;
  const colon = definition?.children.find((child) => child.type === ':');
  if (!definition || !colon) return [];
  const firstLine = nextLineStart(source, colon.endIndex);
  return definition.namedChildren.filter((child) => child.type === 'comment' && child.startIndex >= firstLine && child.endIndex <= body.startIndex);
}

/**
 * Splits the statements where a blank line or a comment separates them, and
 * where acting follows asserting after an act. Checks that open a group
 * before it acts are its preconditions and stay with it.
 */
function groupStatements(statements: readonly BodyStatement[]): number[][] {
  const groups: number[][] = [];
  for (const [index, statement] of statements.entries()) {
    const previous = statements[index - 1];
    const group = groups.at(-1);
    const acted = group?.some((at) => !statements[at].asserts) ?? false;
    const starts = index === 0 || statement.separated || (previous.checks && !statement.checks && acted);
    if (starts) groups.push([index]);
    else group!.push(index);
  }
  return groups;
}

/** What the text of an assertion holds ({@link isAssertion}), of a statement that checks ({@link holdsCheck}, but for nested checking functions), and of one that waits ({@link isWait}). */
const MAY_ASSERT = /assert|fail/;
const MAY_CHECK = /assert|fail|check|verify|validate/;
const MAY_WAIT = /sleep|wait|_until/;

/** Callees that wait: `time.sleep`, `eventlet.sleep`, `self._wait_for_state_change`, `waiters.wait_for_server_status`, `call_until_true`, `wait_until`. */
const WAITING_CALLEE = /(?:^|\.)(?:sleep|_*wait(?:_\w*|[A-Z]\w*)?|\w+_until(?:_\w+)?)$/;

/**
 * Whether a statement waits: it sleeps, calls a wait or polling helper, or
 * is a loop that does. Later steps may rely on what it waited for.
 */
export function isWait(statement: Node): boolean {
  return callsWait(ownCalls(statement));
}

function callsWait(calls: readonly Node[]): boolean {
  return calls.some((call) => WAITING_CALLEE.test(call.childForFieldName('function')?.text ?? ''));
}

/**
 * Whether a statement is a loop that polls until something holds, failing
 * only when time runs out (`self.fail('Timed out ...')`): it acts (it
 * waits) rather than checks.
 */
function isWaitLoop(statement: Node): boolean {
  if (statement.type !== 'for_statement' && statement.type !== 'while_statement') return false;
  const calls = ownCalls(statement);
  const names = calls.map((call) => call.childForFieldName('function')).map((callee) => (callee?.type === 'attribute' ? callee.childForFieldName('attribute')!.text : (callee?.text ?? '')));
  return callsWait(calls) && names.every((name) => !isCheckName(name) || name === 'fail');
}

/** The calls a statement makes itself, leaving out those of nested functions, lambdas and classes. */
function ownCalls(statement: Node): Node[] {
  const nested = statement.descendantsOfType(['function_definition', 'lambda', 'class_definition']);
  return [...(statement.type === 'call' ? [statement] : []), ...statement.descendantsOfType('call')].filter((call) => !nested.some((scope) => scope.startIndex <= call.startIndex && call.endIndex <= scope.endIndex));
}

/** Whether a top-level statement checks rather than acts. */
export function isAssertion(statement: Node): boolean {
  const type = statement.type;
  if (type === 'assert_statement') return true;
  if (type === 'with_statement') {
    const items = statement.namedChildren.find((child) => child.type === 'with_clause')?.namedChildren ?? [];
    return items.length > 0 && items.every((item) => ASSERTING_CONTEXT.test(item.text));
  }
  if (type !== 'expression_statement' || statement.namedChildCount !== 1) return false;
  let expression = statement.firstNamedChild!;
  if (expression.type === 'assignment') expression = expression.childForFieldName('right') ?? expression;
  return expression.type === 'call' && isAssertingCall(expression);
}

function isAssertingCall(call: Node): boolean {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'attribute') return false;
  return isCheckName(callee.childForFieldName('attribute')!.text);
}

/** The nested functions of a test that assert: calling one checks. */
function checkingFunctions(body: Node): Set<string> {
  const names = new Set<string>();
  for (const child of body.namedChildren) {
    const definition = child.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
    if (definition?.type === 'function_definition' && definition.descendantsOfType('call').some(isAssertingCall)) names.add(definition.childForFieldName('name')!.text);
  }
  return names;
}

/** Whether a statement (not a definition) holds an assertion or calls a checking helper. */
function holdsCheck(statement: Node, checkers: ReadonlySet<string>): boolean {
  if (statement.type === 'function_definition' || statement.type === 'class_definition' || statement.type === 'decorated_definition') return false;
  return statement.descendantsOfType('call').some((call) => {
    if (isAssertingCall(call)) return true;
    const callee = call.childForFieldName('function');
    if (callee?.type === 'identifier') return checkers.has(callee.text);
    return callee?.type === 'attribute' && CHECKING_HELPER.test(callee.childForFieldName('attribute')!.text);
  });
}

function isDocstring(node: Node): boolean {
  return node.type === 'expression_statement' && node.namedChildren.length === 1 && node.namedChildren[0].type === 'string';
}

