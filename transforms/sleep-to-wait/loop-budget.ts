/**
 * How much time a polling loop gives itself: the test that spends its budget
 * (a counter against a limit, the clock against a deadline), the counter's
 * step, and the timeout a polling helper must get to keep that budget.
 */
import type Parser from 'tree-sitter';
import { countSleeps, linearText, minusText, numberValue, readLinear, subtract, timesText, type CountedLoop, type Linear, type RoundEvent } from './budget.js';
import { isClockRead, type TimeNames } from './clock.js';
import { comparison, expressionOf, FLIP, unwrap } from './conditions.js';
import { refuse } from './refusal.js';
import { type NameUse, sameNode, within } from '../../src/index.js';

type Node = Parser.SyntaxNode;

/** A budget test: the loop counts a counter up or down to a limit, or watches a clock. */
export type Budget =
  | { kind: 'counter'; counter: string; operator: string; limit: Linear; node: Node }
  | { kind: 'clock'; timeout: Linear; variable: string; anchor: 'deadline' | 'start'; clock: string; node: Node };

/**
 * Reads a budget test: the clock against a deadline (`time.time() < deadline`,
 * `time.time() - start > timeout`, `time.time() > start + timeout`), or a
 * counter against its limit. `isCounter` tells which names the loop steps.
 */
export function readBudgetTest(node: Node, names: TimeNames, isCounter: (name: string) => boolean): Budget | null {
  const test = comparison(unwrap(node));
  if (test === null) return null;
  const sides = [unwrap(test.left), unwrap(test.right)];
  for (const [index, side] of sides.entries()) {
    const other = sides[1 - index];
    const operator = index === 0 ? test.operator : FLIP[test.operator];
    if (!['<', '<=', '>', '>='].includes(operator)) continue;
    if (isClockRead(side, names)) {
      if (other.type === 'identifier') return { kind: 'clock', timeout: { sym: null, k: 0, primary: true }, variable: other.text, anchor: 'deadline', clock: side.text, node };
      const start = other.type === 'binary_operator' && other.childForFieldName('operator')?.type === '+' ? other.childForFieldName('left') : null;
      if (start?.type === 'identifier') return { kind: 'clock', timeout: readLinear(other.childForFieldName('right')!), variable: start.text, anchor: 'start', clock: side.text, node };
      return null;
    }
    if (side.type === 'binary_operator' && side.childForFieldName('operator')?.type === '-') {
      const clock = side.childForFieldName('left')!;
      const start = unwrap(side.childForFieldName('right')!);
      if (isClockRead(clock, names) && start.type === 'identifier') {
        return { kind: 'clock', timeout: readLinear(other), variable: start.text, anchor: 'start', clock: clock.text, node };
      }
    }
  }
  for (const [index, side] of sides.entries()) {
    if (side.type !== 'identifier' || !isCounter(side.text) || isClockRead(sides[1 - index], names)) continue;
    return { kind: 'counter', counter: side.text, operator: index === 0 ? test.operator : FLIP[test.operator], limit: readLinear(sides[1 - index]), node };
  }
  return null;
}

/** A counter step: `c += d`, `c -= d`, `c = c + d`, `c = c - d`. */
export interface Step {
  readonly node: Node;
  readonly sign: 1 | -1;
  /** A number, or the sleep's interval: then the counter counts seconds. */
  readonly amount: number | 'interval';
}

export function stepOf(statement: Node, counter: string): Step | null {
  const expression = expressionOf(statement);
  const target = expression?.childForFieldName('left');
  if (expression === null || target?.type !== 'identifier' || target.text !== counter) return null;
  if (expression.type === 'augmented_assignment') {
    const operator = expression.childForFieldName('operator')!.type;
    if (operator !== '+=' && operator !== '-=') return null;
    return { node: expression.childForFieldName('right')!, sign: operator === '+=' ? 1 : -1, amount: 0 };
  }
  const right = expression.type === 'assignment' ? expression.childForFieldName('right') : null;
  const operator = right?.type === 'binary_operator' ? right.childForFieldName('operator')!.type : null;
  if (right === null || (operator !== '+' && operator !== '-') || right.childForFieldName('left')?.text !== counter) return null;
  return { node: right.childForFieldName('right')!, sign: operator === '+' ? 1 : -1, amount: 0 };
}

/** A `for` loop over a range: its start, its stop, its variable, and the assignment of the range to a name that only the loop reads. */
export interface ForRange {
  readonly start: Linear;
  readonly stop: Linear;
  readonly variable: Node;
  readonly setup: Node | null;
}

/** What the budget is read from: the loop, its sleep's interval, and the names of its function. */
export interface BudgetSource {
  readonly loop: Node;
  readonly interval: Node;
  readonly names: TimeNames;
  /** The uses of a name in the loop's function. */
  usesOf(name: string): NameUse[];
  /** The statements of the loop that step a counter of this name. */
  steps(name: string): Node[];
}

/** The timeout a helper gets, the budget before and after in words, and the statements before the loop that only served the budget. */
export interface Timeout {
  readonly timeout: string;
  readonly before: string;
  readonly after: string;
  readonly setup: Node[];
}

/**
 * The timeout that keeps the loop's budget, from its test (`budget`) or its
 * range (`range`), the order of its events, and whether it sleeps first.
 * `failure` is the give-up block, which must not read the counter.
 */
export function readTimeout(source: BudgetSource, budget: Budget | null, range: ForRange | null, roles: readonly RoundEvent[], sleepFirst: boolean, failure: Node | null): Timeout {
  const s = source.interval.text;
  const afterWords = (timeout: string) => `${sleepFirst ? `a first ${s} s sleep, then ` : ''}a ${timeout} s deadline polled every ${s} s`;
  const counted = (loop: CountedLoop, setup: Node[], counter: string) => {
    const sleeps = countSleeps(loop);
    if (sleeps === null) refuse(`${counter} never reaches its limit, or does not count one for one with it`);
    const timeout = timesText(sleepFirst ? { ...sleeps, k: sleeps.k - 1 } : sleeps, source.interval);
    return { timeout, before: countWords(sleeps, source.interval), after: afterWords(timeout), setup };
  };
  if (range !== null) {
    checkLoopVariable(source, range.variable);
    return counted({ events: roles, start: range.start, step: 0, limit: range.stop, operator: '<', where: 'for' }, range.setup === null ? [] : [range.setup], 'the range');
  }
  if (budget === null) refuse('no counter or deadline limits the loop');
  if (budget.kind === 'clock') return readDeadline(source, budget, sleepFirst, afterWords);
  const { init, step } = counterBindings(source, budget, failure);
  const start = readLinear(expressionOf(init)!.childForFieldName('right')!);
  if (step.amount !== 'interval') {
    return counted({ events: roles, start, step: step.sign * step.amount, limit: budget.limit, operator: budget.operator, where: roles.includes('check') ? 'check' : 'header' }, [init], `the counter ${budget.counter}`);
  }
  const span = step.sign > 0 ? subtract(budget.limit, start) : subtract(start, budget.limit);
  if (span === null) refuse('the counter runs between two expressions');
  const timeout = sleepFirst ? minusText(span, source.interval) : linearText(span);
  return { timeout, before: `${linearText(span)} s counted in ${s} s steps`, after: afterWords(timeout), setup: [init] };
}

function readDeadline(source: BudgetSource, budget: Extract<Budget, { kind: 'clock' }>, sleepFirst: boolean, afterWords: (timeout: string) => string): Timeout {
  const name = budget.variable;
  const { loop } = source;
  const bindings = source.usesOf(name).filter((use) => use.role !== 'read');
  const before = bindings.filter((use) => use.node.startIndex < loop.startIndex);
  const reaching = before.at(-1);
  if (reaching === undefined || bindings.some((use) => within(use.node, loop))) refuse(`${name} is set in the loop, or not before it`);
  const statement = reaching.node.parent?.parent ?? null;
  const assignment = statement === null ? null : expressionOf(statement);
  if (statement === null || assignment?.type !== 'assignment' || !sameNode(assignment.childForFieldName('left'), reaching.node)) refuse(`${name} is not set by a plain assignment`);
  if (before.length > 1 && !sameNode(statement.parent, loop.parent)) refuse(`${name} is set more than once, and not right before the loop`);
  const next = bindings.find((use) => use.node.startIndex > loop.endIndex)?.node.startIndex ?? Infinity;
  const value = unwrap(assignment.childForFieldName('right')!);
  let timeout = budget.timeout;
  if (budget.anchor === 'deadline') {
    const sum = value.type === 'binary_operator' && value.childForFieldName('operator')?.type === '+' ? value : null;
    const left = sum?.childForFieldName('left');
    const right = sum?.childForFieldName('right');
    if (left && right && isClockRead(left, source.names)) timeout = readLinear(right);
    else if (left && right && isClockRead(right, source.names)) timeout = readLinear(left);
    else refuse(`${name} is not the clock plus a timeout`);
  } else if (!isClockRead(value, source.names)) refuse(`${name} is not read from the clock`);
  const readElsewhere = source.usesOf(name).some((use) => use.role === 'read' && !within(use.node, budget.node) && use.node.startIndex > statement.startIndex && use.node.startIndex < next);
  const timeoutText = sleepFirst ? minusText(timeout, source.interval) : linearText(timeout);
  return { timeout: timeoutText, before: `a ${linearText(timeout)} s deadline on ${budget.clock}`, after: afterWords(timeoutText), setup: readElsewhere ? [] : [statement] };
}

function counterBindings(source: BudgetSource, budget: Extract<Budget, { kind: 'counter' }>, failure: Node | null): { init: Node; step: Step } {
  const counter = budget.counter;
  const uses = source.usesOf(counter);
  const steps = source.steps(counter);
  const inits = uses.filter((use) => use.role === 'bind' && !within(use.node, source.loop));
  const stepBindings = uses.filter((use) => use.role !== 'read' && within(use.node, source.loop));
  if (steps.length !== 1 || stepBindings.length !== 1 || inits.length !== 1 || inits[0].node.startIndex > source.loop.startIndex) {
    refuse(`the counter ${counter} is set in more places than its start and its step`);
  }
  const init = inits[0].node.parent?.parent ?? null;
  if (init === null || init.type !== 'expression_statement' || !sameNode(expressionOf(init)?.childForFieldName('left'), inits[0].node)) refuse(`the counter ${counter} starts in a combined assignment`);
  const reads = uses.filter((use) => use.role === 'read' && !within(use.node, budget.node) && !within(use.node, steps[0]));
  if (reads.length > 0) {
    const inFailure = failure !== null && reads.some((use) => within(use.node, failure));
    refuse(inFailure ? `the failure message reads the counter ${counter}` : `the counter ${counter} is read outside the budget check`);
  }
  const step = stepOf(steps[0], counter)!;
  const value = numberValue(step.node);
  if (step.node.text === source.interval.text || (value !== null && value === numberValue(source.interval) && !Number.isInteger(value))) return { init, step: { ...step, amount: 'interval' } };
  if (value === null) refuse(`the counter moves by ${step.node.text}, which is neither a number nor the sleep's interval`);
  return { init, step: { ...step, amount: value } };
}

function checkLoopVariable(source: BudgetSource, variable: Node): void {
  const name = variable.text;
  for (const use of source.usesOf(name)) {
    if (use.role !== 'read') continue;
    if (within(use.node, source.loop)) refuse(`the try reads the loop variable ${name}`);
    const rebound = ancestors(use.node).some((at) => at.type === 'for_statement' && !sameNode(at, source.loop) && at.childForFieldName('left')?.text === name && within(use.node, at.childForFieldName('body')!));
    if (!rebound) refuse(`the loop variable ${name} is read after the loop`);
  }
}

function countWords(sleeps: Linear, interval: Node): string {
  const count = linearText(sleeps);
  const words = `${count.includes(' ') ? `(${count})` : count} sleeps of ${interval.text} s`;
  return numberValue(interval) !== null && sleeps.sym === null ? `${words} = ${timesText(sleeps, interval)} s` : words;
}

function ancestors(node: Node): Node[] {
  const list: Node[] = [];
  for (let at = node.parent; at !== null; at = at.parent) list.push(at);
  return list;
}

