/**
 * Recognising polling loops: a loop that checks something, sleeps, and gives
 * up after a count or a deadline. The analysis says what the loop's one try
 * is, how it ends (success, fail-fast, budget spent), what its budget is,
 * and which names the try shares with the code around it; or why the loop
 * cannot be moved into a polling helper without changing what it does.
 */
import type Parser from 'tree-sitter';
import { readLinear, type RoundEvent } from './budget.js';
import { isClockRead, sleepInterval, type TimeNames } from './clock.js';
import { conjuncts, expressionOf, negate, statementsOf, unwrap } from './conditions.js';
import { readBudgetTest, readTimeout, stepOf, type Budget, type BudgetSource, type ForRange } from './loop-budget.js';
import { Refusal, refuse } from './refusal.js';
import { alwaysBinds, enclosing, nameRole, type NameUse, sameNode, scopeOf, within } from '../../src/index.js';

type Node = Parser.SyntaxNode;

/** How the loop's try reports success; `mixed` is both break and a bare return. */
export type ExitKind = 'none' | 'break' | 'return' | 'value' | 'condition' | 'mixed';

/** A statement by which the try leaves the loop. */
export interface Exit {
  readonly node: Node;
  readonly kind: 'break' | 'return' | 'value';
}

/** The statements that run once the budget is spent. */
export interface Failure {
  /** The block: an `if` giving up inside the loop, or the loop's `else`. */
  readonly block: Node;
  /** What holds the block and goes away: the `if` statement or the else clause. */
  readonly holder: Node;
  /** The block ends with `break`: it is dropped, and the code after the loop follows. */
  readonly endsWithBreak: boolean;
}

/** A polling loop the analysis understands, with everything a rewrite needs. */
export interface PollingLoop {
  readonly loop: Node;
  readonly fn: Node;
  /** The shape, in a reviewer's words. */
  readonly shape: string;
  readonly sleep: Node;
  readonly interval: Node;
  /** The loop sleeps before its first check. */
  readonly sleepFirst: boolean;
  /** The timeout, as Python. */
  readonly timeout: string;
  /** The budget before and after, in words. */
  readonly before: string;
  readonly after: string;
  /** The statements of the body that make up one try, in order. */
  readonly kept: readonly Node[];
  /** Statements inside the body that go away: the sleep, the counter step, the give-up `if`. */
  readonly removed: readonly Node[];
  readonly exits: readonly Exit[];
  readonly exitKind: ExitKind;
  readonly failure: Failure | null;
  /** For `while <not done>`: the negated condition. */
  readonly done: string | null;
  /** Where the try tests it: first (`if <done>: return True`), last (`return <done>`), or not at all (an exit covers it). */
  readonly doneAt: 'start' | 'end' | null;
  /** The loop condition, tested once before the first sleep when the try must sleep first and cannot start with the fetch before the loop. */
  readonly guard: string | null;
  /** Statements before the loop that only served its budget. */
  readonly setup: readonly Node[];
  /** Statements before the loop that repeat the start of the try: the try now does them first. */
  readonly rotated: readonly Node[];
  /** Names the try binds that the code around it reads. */
  readonly nonlocals: readonly string[];
  /** Of those, the names the function binds nowhere else: they need a first value. */
  readonly prebound: readonly string[];
}

/** A loop that was found but is not rewritten, and why. */
export interface LoopRefusal {
  readonly shape: string;
  readonly reason: string;
}

/** Whether a statement certainly leaves: raise, return, break, or a test failure call. */
function terminalKind(statement: Node | undefined): 'raise' | 'return' | 'break' | null {
  if (statement === undefined) return null;
  if (statement.type === 'raise_statement') return 'raise';
  if (statement.type === 'return_statement') return 'return';
  if (statement.type === 'break_statement') return 'break';
  if (statement.type === 'assert_statement') {
    const test = statement.namedChildren[0];
    return test?.type === 'false' || test?.text === '0' ? 'raise' : null;
  }
  const call = expressionOf(statement);
  if (call?.type !== 'call') return null;
  return /^(?:self|cls|pytest)\.fail$|^pytest\.fail$/.test(call.childForFieldName('function')?.text ?? '') ? 'raise' : null;
}

/** Whether the statement right after this one in its block leaves the loop or fails: a sleep there is part of the try. */
export function leavesAfter(statement: Node): boolean {
  const siblings = statementsOf(statement.parent);
  const next = siblings[siblings.findIndex((s) => sameNode(s, statement)) + 1];
  return terminalKind(next) !== null;
}

/** Whether two statements are the same code, however their lines are broken and indented. */
function sameCode(a: Node, b: Node): boolean {
  const leaves = (node: Node): string[] => (node.type === 'comment' ? [] : node.childCount === 0 ? [node.text] : node.children.flatMap(leaves));
  const [left, right] = [leaves(a), leaves(b)];
  return left.length === right.length && left.every((text, i) => text === right[i]);
}

/** Clocks other than the time module's: oslo's timeutils, datetime. */
const OTHER_CLOCKS = /(?:^|\.)(?:utcnow|now|delta_seconds|is_older_than|is_newer_than|total_seconds|monotonic|perf_counter)$/;

/** What one statement of the body is to the loop. */
type Role = RoundEvent;

/** What the analysis reads a file through. */
export interface LoopContext {
  readonly source: string;
  readonly root: Node;
  readonly names: TimeNames;
  /** The uses of a name in a function, read once per file. */
  usesOf(fn: Node, name: string): NameUse[];
}

/**
 * Analyses the loop around a sleep. Returns the polling loop, or the shape
 * that was seen and why it is left alone.
 */
export function analyzeLoop(loop: Node, sleep: Node, context: LoopContext): PollingLoop | LoopRefusal {
  const shape = shapeOf(loop);
  try {
    return new LoopReader(loop, sleep, context).read();
  } catch (error) {
    if (error instanceof Refusal) return { shape, reason: error.message };
    throw error;
  }
}

/** A first name for a loop, before it is understood. */
function shapeOf(loop: Node): string {
  const hasElse = loop.childForFieldName('alternative') !== null;
  if (loop.type === 'for_statement') return hasElse ? 'for-else loop' : 'for loop';
  const condition = loop.childForFieldName('condition')?.text;
  if (condition === 'True' || condition === '1') return 'while True loop';
  return hasElse ? 'while-else loop' : 'while loop';
}

/** The enclosing function definition of a node, or null. */
export function enclosingFunction(node: Node): Node | null {
  for (let at = node.parent; at !== null; at = at.parent) {
    if (at.type === 'function_definition') return at;
    if (at.type === 'lambda' || at.type === 'class_definition' || at.type === 'module') return null;
  }
  return null;
}

/** Reads one loop; every method either returns what it found or refuses. */
class LoopReader {
  private readonly fn: Node;
  private readonly body: Node;
  private readonly statements: Node[];
  private readonly interval: Node;
  private readonly sleepStatement: Node;
  /** Sleeps that end other branches of the statement that holds the sleep: the same pause. */
  private readonly twins: readonly Node[];
  private budget: Budget | null = null;
  private forCount: ForRange | null = null;
  private readonly doneParts: Node[] = [];
  /** Statements besides the give-up `if` that make up its check: the assignment of a stored deadline test. */
  private readonly checkParts: Node[] = [];
  private readonly gone: Node[] = [];

  constructor(
    private readonly loop: Node,
    sleep: Node,
    private readonly context: LoopContext,
  ) {
    const fn = enclosingFunction(loop);
    if (fn === null) refuse('the loop is not inside a function');
    this.fn = fn;
    this.body = loop.childForFieldName('body')!;
    this.statements = statementsOf(this.body);
    if (!context.source.slice(loop.startIndex, this.body.startIndex).includes('\n')) refuse('the loop and its body share one line');
    const [first, ...twins] = this.pollSleeps(sleep);
    this.interval = sleepInterval(first.namedChildren[0], context.names)!;
    this.sleepStatement = first;
    this.twins = twins;
  }

  /**
   * The sleeps between tries: the loop's own sleeps, less those right before
   * it leaves (`time.sleep(settle); return body`), which are part of the try.
   * Several are one sleep when they end branches of one statement (`try:
   * ... sleep(1) except NotFound: sleep(1)`) with the same interval.
   */
  private pollSleeps(sleep: Node): Node[] {
    const calls = this.body.descendantsOfType('call').filter((call) => sleepInterval(call, this.context.names) !== null);
    if (calls.some((call) => !this.ownsNode(call))) refuse(this.ownsNode(sleep) ? 'an inner loop or function sleeps too' : 'the sleep belongs to an inner loop');
    const statements = calls.map((call) => call.parent!);
    if (statements.some((statement) => statement.type !== 'expression_statement' || statement.namedChildren.length !== 1)) refuse('the sleep is part of a larger expression');
    const polls = statements.filter((statement) => !leavesAfter(statement));
    if (polls.length === 0) refuse('it sleeps only right before it leaves: there is no sleep between tries');
    if (polls.length === 1) return polls;
    const interval = (statement: Node) => sleepInterval(statement.namedChildren[0], this.context.names)!.text;
    const compound = (statement: Node) => enclosing(statement, ['try_statement', 'if_statement']);
    const shared = compound(polls[0]);
    const twins = shared !== null && sameNode(shared.parent, this.body) && polls.every((p) => sameNode(compound(p), shared) && interval(p) === interval(polls[0]) && sameNode(statementsOf(p.parent).at(-1), p));
    if (!twins) refuse('it sleeps at more than one place');
    return polls;
  }

  read(): PollingLoop {
    this.checkFunction();
    this.checkInterval();
    this.readHeader();
    const check = this.findCheck();
    if (this.doneParts.length > 0 && this.budget === null) this.refuseUnlimited('the loop waits without a limit; give it a deadline by hand');
    const { order, tail } = this.readBody(check);

    const kept = order.filter((entry) => entry.role === 'probe').map((entry) => entry.node);
    const removed = [...order.filter((entry) => entry.role !== 'probe').map((entry) => entry.node), ...this.twins];
    const roles = order.map((entry) => entry.role);
    const firstSleep = roles.indexOf('sleep');
    const firstProbe = roles.indexOf('probe');
    const condition = this.doneParts.length > 0;
    if (!condition && firstProbe === -1) refuse('the loop only sleeps: there is nothing to wait for');
    let sleepFirst = !condition && firstSleep < firstProbe;
    if (!sleepFirst && !condition && roles.slice(firstSleep + 1).includes('probe')) refuse('it sleeps between two parts of the check');

    const failure = this.readFailure(check);
    const exits = this.readExits(kept);
    let exitKind: ExitKind = exits.length === 0 ? 'none' : exits[0].kind;
    let rotated: Node[] = [];
    let guard: string | null = null;
    let doneAt: PollingLoop['doneAt'] = condition ? 'end' : null;
    if (condition) {
      const done = negate(this.doneParts, this.context.source);
      exitKind = 'condition';
      if (exits.length > 0 && this.exitCoversCondition(kept, done)) {
        doneAt = null;
        exitKind = exits[0].kind;
      } else if (exits.some((exit) => exit.kind === 'value' || (exit.kind === 'return' && !this.endsFunction()))) {
        refuse('both the loop condition and its body decide when the wait is over, and the body returns');
      }
      const afterSleep = order.slice(firstSleep + 1).filter((entry) => entry.role === 'probe').length;
      if (kept.length > 0 && afterSleep === 0) {
        if (doneAt !== null) doneAt = 'start';
      } else if (kept.length > 0 && afterSleep < kept.length) {
        refuse('it sleeps between two parts of the try');
      } else if (kept.length > 0) {
        rotated = exits.length === 0 ? (this.rotation(kept) ?? []) : [];
        sleepFirst = rotated.length === 0;
        if (sleepFirst) guard = this.context.source.slice(this.loop.childForFieldName('condition')!.startIndex, this.loop.childForFieldName('condition')!.endIndex);
      }
    }
    const kinds = new Set(exits.map((exit) => exit.kind));
    if (kinds.size > 1 && (kinds.has('value') || failure !== null || condition)) refuse('it leaves both by break and by return, and the return gives a value or a give-up path follows');
    if (kinds.size > 1) exitKind = 'mixed';
    if (exitKind === 'none' && !this.insideTry()) refuse('nothing in the loop ends the wait early: it watches for the whole time instead of waiting');

    const { timeout, before, after, setup } = readTimeout(this.budgetSource(), this.budget, this.forCount, roles, sleepFirst, failure?.block ?? null);
    this.gone.push(...removed, ...setup, ...rotated);
    const { nonlocals, prebound } = this.readNames(kept, failure, doneAt === 'end');
    return {
      loop: this.loop,
      fn: this.fn,
      shape: this.describeShape(exits, failure, tail.length > 0 || retriesOnError(kept)),
      sleep: this.sleepStatement,
      interval: this.interval,
      sleepFirst,
      timeout,
      before,
      after,
      kept,
      removed,
      exits,
      exitKind,
      failure,
      done: condition ? negate(this.doneParts, this.context.source) : null,
      doneAt,
      guard,
      setup,
      rotated,
      nonlocals,
      prebound,
    };
  }

  private checkFunction(): void {
    if (this.fn.children.some((child) => child.type === 'async')) refuse('the function is a coroutine');
    const own = (node: Node) => sameNode(enclosingFunction(node), this.fn);
    if (this.fn.childForFieldName('body')!.descendantsOfType(['yield', 'await']).some(own)) refuse('the function is a generator');
    const magic = /\b(super|locals|vars)\s*\(\s*\)/.exec(this.context.source.slice(this.body.startIndex, this.body.endIndex));
    if (magic) refuse(`the loop calls ${magic[1]}(), which means something else inside a nested function`);
    if (this.body.descendantsOfType(['global_statement', 'nonlocal_statement', 'delete_statement']).length > 0) refuse('the loop has global, nonlocal or del statements');
    if (this.body.descendantsOfType('named_expression').length > 0) refuse('the loop assigns with :=');
  }

  /** The interval must be the same every time: not drawn by a call (jitter), not changed by the loop (backoff). */
  private checkInterval(): void {
    if (this.interval.type === 'call' || this.interval.descendantsOfType('call').length > 0) refuse(`the interval ${this.interval.text} is computed by a call each time (jitter?)`);
    const read = new Set([this.interval, ...this.interval.descendantsOfType('identifier')].filter((n) => n.type === 'identifier').map((n) => n.text));
    const changed = [...read].find((name) => this.usesOf(name).some((use) => use.role !== 'read' && within(use.node, this.body)));
    if (changed) refuse(`the loop changes ${changed}, its interval, between tries (a backoff)`);
  }

  /** Whether a node belongs to this loop itself: not to an inner loop or function. */
  private ownsNode(node: Node): boolean {
    for (let at = node.parent; at !== null && !sameNode(at, this.loop); at = at.parent) {
      if (['for_statement', 'while_statement', 'function_definition', 'lambda', 'class_definition'].includes(at.type)) return false;
    }
    return true;
  }

  private readHeader(): void {
    if (this.loop.type === 'for_statement') {
      const variable = this.loop.childForFieldName('left')!;
      const named = this.rangeBinding(this.loop.childForFieldName('right')!);
      const iterable = named?.value ?? this.loop.childForFieldName('right')!;
      if (variable.type !== 'identifier') refuse('the loop unpacks its items: it walks a collection, it does not count tries');
      const callee = iterable.type === 'call' ? iterable.childForFieldName('function')?.text : null;
      const args = iterable.type === 'call' ? statementsOf(iterable.childForFieldName('arguments')) : [];
      if ((callee !== 'range' && callee !== 'xrange') || args.length < 1 || args.length > 2 || args.some((arg) => arg.type === 'keyword_argument' || arg.type === 'list_splat')) {
        refuse(`the loop walks ${iterable.text.length > 30 ? 'a collection' : iterable.text}, it does not count tries`);
      }
      const [start, stop] = args.length === 1 ? [null, args[0]] : args;
      this.forCount = { start: start ? readLinear(start) : { sym: null, k: 0, primary: true }, stop: readLinear(stop), variable, setup: named?.setup ?? null };
      if (this.forCount.start.sym !== null) refuse('the range starts at an expression');
      return;
    }
    const condition = this.loop.childForFieldName('condition')!;
    if (condition.text === 'True' || condition.text === '1') {
      if (this.loop.childForFieldName('alternative')) refuse('a while True loop has an else that never runs');
      return;
    }
    if (this.context.source.slice(condition.startIndex, condition.endIndex).includes('#')) refuse('a comment sits in the loop condition');
    for (const part of conjuncts(condition)) {
      const budget = readBudgetTest(part, this.context.names, (name) => this.steps(name).length > 0);
      if (budget !== null) {
        if (this.budget !== null) refuse('the loop condition holds two budgets');
        this.budget = budget;
      } else {
        if (part.descendantsOfType('call').some((call) => isClockRead(call, this.context.names))) refuse('the loop condition reads the clock in a way that is not a deadline');
        const clock = part.descendantsOfType('call').find((call) => OTHER_CLOCKS.test(call.childForFieldName('function')?.text ?? ''));
        if (clock) refuse(`the loop condition reads a clock the analysis does not follow (${clock.childForFieldName('function')!.text}); rewrite it by hand`);
        const copy = [part, ...part.descendantsOfType('identifier')].find((id) => id.type === 'identifier' && this.clockCopies().has(id.text));
        if (copy) refuse(`the loop condition reads the clock through ${copy.text}, which the loop refreshes: it is a polling helper itself`);
        this.doneParts.push(part);
      }
    }
    if (this.doneParts.length > 0 && this.loop.childForFieldName('alternative')) refuse('its else runs both when the condition is met and when time runs out');
  }

  /**
   * For `for i in items:` where the function sets `items = range(N)` once,
   * before the loop: the range, and the assignment when nothing else reads
   * the name (it goes with the loop).
   */
  private rangeBinding(iterable: Node): { value: Node; setup: Node | null } | null {
    if (iterable.type !== 'identifier') return null;
    const uses = this.usesOf(iterable.text);
    const binds = uses.filter((use) => use.role !== 'read');
    if (binds.length !== 1 || binds[0].node.startIndex > this.loop.startIndex) return null;
    const statement = binds[0].node.parent?.parent ?? null;
    const assignment = statement === null ? null : expressionOf(statement);
    const value = assignment?.type === 'assignment' && sameNode(assignment.childForFieldName('left'), binds[0].node) ? assignment.childForFieldName('right')! : null;
    if (value?.type !== 'call' || !['range', 'xrange'].includes(value.childForFieldName('function')?.text ?? '')) return null;
    const readElsewhere = uses.some((use) => use.role === 'read' && !sameNode(use.node, iterable));
    return { value, setup: readElsewhere ? null : statement };
  }

  /** Names the loop body assigns from the clock (`now = time.time()`). */
  private clockCopies(): Set<string> {
    return new Set(
      this.statements
        .map((statement) => expressionOf(statement))
        .filter((expression) => expression?.type === 'assignment' && expression.childForFieldName('left')?.type === 'identifier' && isClockRead(expression.childForFieldName('right')!, this.context.names))
        .map((expression) => expression!.childForFieldName('left')!.text),
    );
  }

  /** Refuses a loop with no budget the analysis can read: with `reason`, or saying how the loop reads the clock when it does. */
  private refuseUnlimited(reason: string): never {
    const clock = this.body.descendantsOfType('call').find((call) => isClockRead(call, this.context.names));
    if (clock === undefined) refuse(reason);
    const statement = clock.parent?.parent;
    const shown = (statement ?? clock).text.split('\n')[0].trim();
    refuse(`the loop checks its deadline in a way the analysis does not follow (${shown.length > 50 ? `${shown.slice(0, 47)}...` : shown}); rewrite it by hand`);
  }

  /** The counter steps of `name` among the loop's own statements and the sleep's branch. */
  private steps(name: string): Node[] {
    const branch = this.sleepStatement.parent !== null && !sameNode(this.sleepStatement.parent, this.body) ? statementsOf(this.sleepStatement.parent) : [];
    return [...this.statements, ...branch].filter((statement) => stepOf(statement, name) !== null);
  }

  /**
   * The top-level `if` that gives up when the budget is spent, if any. Its
   * test may be stored in a name first (`timed_out = int(time.time()) -
   * start >= timeout`, then `if timed_out:`); that assignment goes with it.
   */
  private findCheck(): Node | null {
    const isCounter = (name: string) => this.steps(name).length > 0;
    const stored = new Map<string, { statement: Node; test: Budget }>();
    for (const statement of this.statements) {
      const assignment = expressionOf(statement);
      const target = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : null;
      const test = target?.type === 'identifier' ? readBudgetTest(assignment!.childForFieldName('right')!, this.context.names, isCounter) : null;
      if (test !== null) stored.set(target!.text, { statement, test });
    }
    let found: Node | null = null;
    for (const [index, statement] of this.statements.entries()) {
      if (statement.type !== 'if_statement' || statement.childrenForFieldName('alternative').length > 0) continue;
      const check = this.readCheck(statement, stored, isCounter, index === this.statements.length - 1);
      if (check === null) continue;
      if (this.budget !== null || this.forCount !== null || found !== null) refuse('the loop has two budgets');
      this.budget = check.test;
      if (check.stored !== null) this.checkParts.push(check.stored);
      found = statement;
    }
    return found;
  }

  /**
   * Reads the condition of a give-up `if`: a budget test, or the name it was
   * stored in. When the check ends the loop's body, it may also test parts of
   * the loop condition (`if status != expected and timed_out:`): where they
   * no longer hold, the loop ends at its header anyway.
   */
  private readCheck(check: Node, stored: ReadonlyMap<string, { statement: Node; test: Budget }>, isCounter: (name: string) => boolean, last: boolean): { test: Budget; stored: Node | null } | null {
    let found: { test: Budget; stored: Node | null; name: string | null } | null = null;
    const others: Node[] = [];
    for (const part of conjuncts(check.childForFieldName('condition')!)) {
      const inner = unwrap(part);
      const test = readBudgetTest(part, this.context.names, isCounter);
      const named = inner.type === 'identifier' ? stored.get(inner.text) : undefined;
      if (test === null && named === undefined) others.push(part);
      else if (found !== null) return null;
      else found = test !== null ? { test, stored: null, name: null } : { test: named!.test, stored: named!.statement, name: inner.text };
    }
    if (found === null) return null;
    const stray = others.find((part) => !last || !this.doneParts.some((done) => done.text === part.text));
    if (stray !== undefined) refuse(`the give-up check also tests ${stray.text.length > 40 ? `${stray.text.slice(0, 37)}...` : stray.text}`);
    if (found.name !== null) {
      const uses = this.usesOf(found.name);
      if (uses.length !== 2 || found.stored!.startIndex > check.startIndex) refuse(`${found.name}, which holds the deadline test, is used elsewhere too`);
    }
    return found;
  }

  /**
   * Sorts the body's statements into the try (probe), the sleep, the counter
   * step and the give-up check. A sleep at the end of one branch of a
   * try/except or if/else whose other branches all leave counts as coming
   * right after that statement.
   */
  private readBody(check: Node | null): { order: { node: Node; role: Role }[]; tail: Node[] } {
    const counter = this.budget?.kind === 'counter' ? this.budget.counter : null;
    const order: { node: Node; role: Role }[] = [];
    let tail: Node[] = [];
    for (const statement of this.statements) {
      if (sameNode(statement, this.sleepStatement)) order.push({ node: statement, role: 'sleep' });
      else if (sameNode(statement, check) || this.checkParts.some((part) => sameNode(part, statement))) order.push({ node: statement, role: 'check' });
      else if (counter !== null && stepOf(statement, counter) !== null) order.push({ node: statement, role: 'step' });
      else {
        order.push({ node: statement, role: 'probe' });
        if (within(this.sleepStatement, statement)) {
          tail = this.sleepingTail(statement, counter);
          order.push({ node: this.sleepStatement, role: 'sleep' }, ...tail.map((node) => ({ node, role: 'step' as const })));
        }
      }
    }
    return { order, tail };
  }

  /**
   * The counter steps after the sleep at the end of its branch of
   * `compound`, when every other branch leaves the loop.
   */
  private sleepingTail(compound: Node, counter: string | null): Node[] {
    const branches = branchesOf(compound, this.sleepStatement);
    if (branches === null) refuse('it sleeps inside a branch the analysis does not follow');
    let tail: Node[] | null = null;
    for (const branch of branches) {
      const statements = statementsOf(branch);
      const index = statements.findIndex((s) => sameNode(s, this.sleepStatement));
      if (this.twins.some((twin) => sameNode(statements.at(-1), twin))) continue;
      if (index !== -1) {
        const after = statements.slice(index + 1);
        if (!after.every((s) => counter !== null && stepOf(s, counter) !== null)) refuse('the sleep is not the last thing its branch does');
        tail = after;
      } else if (terminalKind(statements.at(-1)) === null) {
        refuse('a branch next to the sleep neither sleeps nor leaves the loop');
      }
    }
    if (tail === null) refuse('the sleep is nested deeper than one branch');
    return tail;
  }

  private readFailure(check: Node | null): Failure | null {
    const alternative = this.loop.childForFieldName('alternative');
    if (check !== null) {
      if (alternative) refuse('it has both a give-up check and an else');
      const block = check.childForFieldName('consequence')!;
      const kind = terminalKind(statementsOf(block).at(-1));
      if (kind === null) refuse('the give-up check does not end with a failure, a return or a break');
      return { block, holder: check, endsWithBreak: kind === 'break' };
    }
    if (alternative) return { block: alternative.childForFieldName('body')!, holder: alternative, endsWithBreak: false };
    if (this.loop.type === 'while_statement' && this.budget === null) this.refuseUnlimited('no counter or deadline limits the loop: it waits forever');
    return null;
  }

  /** The statements by which the try leaves the loop. */
  private readExits(kept: Node[]): Exit[] {
    const kinds = ['break_statement', 'continue_statement', 'return_statement'];
    const exits: Exit[] = [];
    for (const statement of kept) {
      for (const node of [statement, ...statement.descendantsOfType(kinds)]) {
        if (!kinds.includes(node.type) || !this.leavesThisLoop(node)) continue;
        if (node.type === 'continue_statement') refuse('a continue would skip the sleep');
        if (node.type === 'break_statement') exits.push({ node, kind: 'break' });
        else exits.push({ node, kind: statementsOf(node).length === 0 ? 'return' : 'value' });
      }
    }
    return exits;
  }

  private leavesThisLoop(node: Node): boolean {
    const loopOwned = node.type !== 'return_statement';
    for (let at = node.parent; at !== null && !sameNode(at, this.loop); at = at.parent) {
      if (['function_definition', 'lambda', 'class_definition'].includes(at.type)) return false;
      if (loopOwned && (at.type === 'for_statement' || at.type === 'while_statement')) return false;
    }
    return true;
  }

  /** Whether the loop sits in a try whose handlers end the wait (success by exception). */
  private insideTry(): boolean {
    for (let at = this.loop.parent; at !== null && !sameNode(at, this.fn); at = at.parent) {
      const statement = at.parent;
      if (at.type === 'block' && statement?.type === 'try_statement' && sameNode(statement.childForFieldName('body'), at) && statement.namedChildren.some((n) => n.type === 'except_clause')) return true;
    }
    return false;
  }

  /**
   * For `while <not done>: sleep; x = fetch()` the first check reads state
   * from before the loop. When the statements just before the loop are the
   * same fetch, the try can start with them: same calls, same order.
   */
  private rotation(kept: Node[]): Node[] | null {
    if (!kept.every((s) => expressionOf(s)?.type === 'assignment')) return null;
    const siblings = statementsOf(this.loop.parent);
    const index = siblings.findIndex((s) => sameNode(s, this.loop));
    const before = siblings.slice(0, index).filter((s) => !this.isBudgetSetup(s));
    const candidates = before.slice(Math.max(0, before.length - kept.length));
    if (candidates.length !== kept.length || candidates.some((s, i) => !sameCode(s, kept[i]))) return null;
    return candidates;
  }

  /**
   * Whether the try's last statement leaves the loop when the loop condition
   * no longer holds (`if "Success" in results: return ...` under `while
   * "Success" not in results:`): after the first check, the condition never
   * ends the loop itself.
   */
  private exitCoversCondition(kept: readonly Node[], done: string): boolean {
    const last = kept.at(-1);
    if (last?.type !== 'if_statement' || last.childrenForFieldName('alternative').length > 0) return false;
    const test = last.childForFieldName('condition')!;
    return this.context.source.slice(test.startIndex, test.endIndex) === done && terminalKind(statementsOf(last.childForFieldName('consequence')).at(-1)) === 'return';
  }

  /** Whether nothing follows the loop in its function but a bare `return`: returning from the loop ends the function as the loop's end does. */
  private endsFunction(): boolean {
    if (!sameNode(this.loop.parent, this.fn.childForFieldName('body'))) return false;
    const siblings = statementsOf(this.loop.parent);
    const after = siblings.slice(siblings.findIndex((s) => sameNode(s, this.loop)) + 1);
    return after.length === 0 || (after.length === 1 && after[0].type === 'return_statement' && statementsOf(after[0]).length === 0);
  }

  private isBudgetSetup(statement: Node): boolean {
    const target = expressionOf(statement)?.childForFieldName('left');
    if (target?.type !== 'identifier' || this.budget === null) return false;
    return target.text === (this.budget.kind === 'counter' ? this.budget.counter : this.budget.variable);
  }

  /** What the budget is read from. */
  private budgetSource(): BudgetSource {
    return { loop: this.loop, interval: this.interval, names: this.context.names, usesOf: (name) => this.usesOf(name), steps: (name) => this.steps(name) };
  }

  /** The uses of a name in the function. */
  private usesOf(name: string): NameUse[] {
    return this.context.usesOf(this.fn, name);
  }

  /** The names the try binds in the function's own scope. */
  private boundInTry(kept: Node[], inTry: (node: Node) => boolean): Set<string> {
    const names = new Set<string>();
    for (const id of [...kept, ...this.doneParts].flatMap((node) => node.descendantsOfType('identifier'))) {
      const role = nameRole(id);
      if ((role === 'bind' || role === 'update' || role === 'declare') && inTry(id) && sameNode(scopeOf(id, role, this.context.root), this.fn)) names.add(id.text);
    }
    return names;
  }

  /**
   * Names the try binds that code outside it reads (nonlocal), and those of
   * them the function binds nowhere else (they need a first value).
   */
  private readNames(kept: Node[], failure: Failure | null, conditionLast: boolean): { nonlocals: string[]; prebound: string[] } {
    const range = (node: Node): [number, number] => [node.startIndex, node.endIndex];
    const [keptRanges, goneRanges, doneRanges] = [kept.map(range), this.gone.map(range), this.doneParts.map(range)];
    const failureRange = failure === null ? null : range(failure.block);
    const header: [number, number] = [this.loop.startIndex, this.body.startIndex];
    const inside = (use: { start: number; end: number }, [from, to]: [number, number]) => from <= use.start && use.end <= to;
    const isGone = (use: NameUse) => !(failureRange !== null && inside(use, failureRange)) && [header, ...goneRanges].some((part) => inside(use, part));
    const inTry = (use: { start: number; end: number }) =>
      (keptRanges.some((part) => inside(use, part)) && !goneRanges.some((part) => inside(use, part))) || doneRanges.some((part) => inside(use, part));
    const fnName = this.fn.childForFieldName('name');
    const fnScope = (use: NameUse) => sameNode(use.scope, this.fn);
    const nonlocals: string[] = [];
    const prebound: string[] = [];
    for (const name of this.boundInTry(kept, (id) => inTry({ start: id.startIndex, end: id.endIndex }))) {
      const mine = this.usesOf(name).filter((use) => !sameNode(use.node, fnName) && (inTry(use) || !isGone(use)));
      if (mine.some((use) => use.role === 'declare')) refuse(`${name} is declared global or nonlocal`);
      const order = (use: NameUse) => (conditionLast && doneRanges.some((part) => inside(use, part)) ? Infinity : use.at);
      const inTheTry = mine.filter((use) => inTry(use) && fnScope(use)).sort((a, b) => order(a) - order(b));
      const outside = mine.filter((use) => !inTry(use));
      const readFirst = inTheTry[0].role !== 'bind';
      const readOutside = outside.some((use) => use.role !== 'bind' || !fnScope(use));
      const boundOutside = outside.some((use) => fnScope(use) && use.role !== 'read');
      if (!readOutside && !readFirst) continue;
      if (!boundOutside) {
        if (readFirst) refuse(`the try carries ${name} from one attempt to the next`);
        if (!alwaysBinds(kept, name)) refuse(`${name} is read after the loop but not set on every try`);
        prebound.push(name);
      }
      nonlocals.push(name);
    }
    return { nonlocals, prebound };
  }

  private describeShape(exits: Exit[], failure: Failure | null, retry: boolean): string {
    const limit = this.forCount ? '' : this.budget?.kind === 'counter' ? ' with a retry counter' : ' with a deadline';
    const kind = this.doneParts.length > 0 ? `while <not done> loop${limit}` : `${shapeOf(this.loop)}${limit}`;
    const success = exits.length === 0 ? (this.doneParts.length > 0 ? 'ends when the condition holds' : 'ends by an exception') : exits[0].kind === 'break' ? 'break on success' : 'return on success';
    const failing = failure === null ? '' : failure.holder.type === 'else_clause' ? ', else on timeout' : ', gives up inside';
    return `${retry ? 'retry-on-error ' : ''}${kind} (${success}${failing})`;
  }
}
/** Whether the try catches an error and goes round again: a retry. */
function retriesOnError(kept: Node[]): boolean {
  return kept.some(
    (statement) =>
      statement.type === 'try_statement' &&
      statement.namedChildren.some((clause) => clause.type === 'except_clause' && terminalKind(statementsOf(clause.namedChildren.find((n) => n.type === 'block') ?? null).at(-1)) === null),
  );
}
/**
 * The branches of a try/except (without finally) or of an if with an else.
 * In a try with an else, the body runs on into the else: the else is the
 * branch, the body is not.
 */
function branchesOf(compound: Node, sleep: Node): Node[] | null {
  if (compound.type === 'try_statement') {
    if (compound.namedChildren.some((n) => n.type === 'finally_clause')) return null;
    const handlers = compound.namedChildren.filter((n) => n.type === 'except_clause').map((clause) => clause.namedChildren.find((n) => n.type === 'block')!);
    const otherwise = compound.namedChildren.find((n) => n.type === 'else_clause');
    if (otherwise === undefined) return [compound.childForFieldName('body')!, ...handlers];
    return within(sleep, compound.childForFieldName('body')!) ? null : [otherwise.childForFieldName('body')!, ...handlers];
  }
  if (compound.type === 'if_statement') {
    const alternatives = compound.childrenForFieldName('alternative');
    if (!alternatives.some((clause) => clause.type === 'else_clause')) return null;
    return [compound.childForFieldName('consequence')!, ...alternatives.map((clause) => clause.childForFieldName('consequence') ?? clause.childForFieldName('body')!)];
  }
  return null;
}
