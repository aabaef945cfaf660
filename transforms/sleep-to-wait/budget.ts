/**
 * Time budgets of polling loops: reading counts, limits and deadlines from
 * the source, and writing the equivalent timeout back as Python.
 */
import type Parser from 'tree-sitter';

type Node = Parser.SyntaxNode;

/** `sym + k`: a number, or a Python expression plus a number. */
export interface Linear {
  readonly sym: string | null;
  readonly k: number;
  /** Whether `sym` can stand next to an operator without parentheses. */
  readonly primary: boolean;
}

const PRIMARY = new Set(['identifier', 'attribute', 'call', 'subscript', 'parenthesized_expression', 'integer', 'float']);

/** A number literal's value, or null. */
export function numberValue(node: Node): number | null {
  if (node.type === 'integer' || node.type === 'float') {
    const value = Number(node.text.replace(/_/g, ''));
    return Number.isFinite(value) ? value : null;
  }
  if (node.type === 'unary_operator' && node.children[0]?.type === '-' && node.namedChildren.length === 1) {
    const inner = numberValue(node.namedChildren[0]);
    return inner === null ? null : -inner;
  }
  if (node.type === 'parenthesized_expression' && node.namedChildren.length === 1) return numberValue(node.namedChildren[0]);
  return null;
}

/** Reads `N`, `expr`, `expr + N` or `expr - N`. */
export function readLinear(node: Node): Linear {
  const value = numberValue(node);
  if (value !== null) return { sym: null, k: value, primary: true };
  if (node.type === 'binary_operator') {
    const operator = node.childForFieldName('operator')?.type;
    const left = node.childForFieldName('left')!;
    const right = node.childForFieldName('right')!;
    const rightValue = numberValue(right);
    if ((operator === '+' || operator === '-') && rightValue !== null && numberValue(left) === null) {
      return { sym: left.text, k: operator === '+' ? rightValue : -rightValue, primary: PRIMARY.has(left.type) };
    }
    const leftValue = numberValue(left);
    if (operator === '+' && leftValue !== null) return { sym: right.text, k: leftValue, primary: PRIMARY.has(right.type) };
  }
  return { sym: node.text, k: 0, primary: PRIMARY.has(node.type) };
}

/** `a - b`, when at most one of them is an expression and it keeps a plus sign. */
export function subtract(a: Linear, b: Linear): Linear | null {
  if (b.sym !== null) return null;
  return { sym: a.sym, k: a.k - b.k, primary: a.primary };
}

/** A number as Python writes it, without float noise: 5, 4.5, 0.3. */
export function formatNumber(value: number): string {
  return String(Number(value.toFixed(6)));
}

function parenthesize(text: string, primary: boolean): string {
  return primary ? text : `(${text})`;
}

/** Python text for a linear value. */
export function linearText(value: Linear): string {
  if (value.sym === null) return formatNumber(value.k);
  if (value.k === 0) return value.sym;
  return `${parenthesize(value.sym, value.primary)} ${value.k > 0 ? '+' : '-'} ${formatNumber(Math.abs(value.k))}`;
}

/** Python text for `count × interval`, folded when both are numbers. */
export function timesText(count: Linear, interval: Node): string {
  const seconds = numberValue(interval);
  if (count.sym === null && seconds !== null) return formatNumber(count.k * seconds);
  if (seconds === 1) return linearText(count);
  const intervalText = parenthesize(interval.text, PRIMARY.has(interval.type));
  if (count.sym === null) return count.k === 1 ? interval.text : `${formatNumber(count.k)} * ${intervalText}`;
  return `${parenthesize(linearText(count), count.k === 0 && count.primary)} * ${intervalText}`;
}

/** Python text for `total - interval`, folded when both are numbers. */
export function minusText(total: Linear, interval: Node): string {
  const seconds = numberValue(interval);
  if (seconds !== null) return linearText({ ...total, k: total.k - seconds });
  return `${parenthesize(linearText(total), total.k === 0 && total.primary)} - ${parenthesize(interval.text, PRIMARY.has(interval.type))}`;
}

/** What happens in one round of a counted loop, in order. */
export type RoundEvent = 'probe' | 'sleep' | 'step' | 'check';

/** How a counted loop stops. */
export interface CountedLoop {
  readonly events: readonly RoundEvent[];
  /** The counter's first value. */
  readonly start: Linear;
  /** What `step` adds (negative for `-=`); a `for` loop's header adds 1 itself. */
  readonly step: number;
  readonly limit: Linear;
  /** `counter OP limit`: the loop goes on while it holds (header), or stops when it holds (check). */
  readonly operator: string;
  readonly where: 'header' | 'check' | 'for';
}

const MAX_ROUNDS = 100_000;

function holds(a: number, operator: string, b: number): boolean {
  switch (operator) {
    case '<': return a < b;
    case '<=': return a <= b;
    case '>': return a > b;
    case '>=': return a >= b;
    case '==': return a === b;
    case '!=': return a !== b;
    default: return false;
  }
}

/** How many times the loop sleeps before it gives up, with every value known; null when it never does. */
function sleepsWith(loop: CountedLoop, start: number, limit: number): number | null {
  let counter = start;
  let sleeps = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (loop.where === 'for') {
      if (!(counter < limit)) return sleeps;
      counter += 1;
    } else if (loop.where === 'header' && !holds(counter, loop.operator, limit)) return sleeps;
    for (const event of loop.events) {
      if (event === 'sleep') sleeps++;
      else if (event === 'step') counter += loop.step;
      else if (event === 'check' && holds(counter, loop.operator, limit)) return sleeps;
    }
  }
  return null;
}

/**
 * How many times a counted loop sleeps before it gives up, as `expr + k`
 * when its start or its limit is an expression (tried with two values: the
 * count must grow one for one with it). Null when it cannot be told.
 */
export function countSleeps(loop: CountedLoop): Linear | null {
  const symbolic = loop.start.sym ?? loop.limit.sym;
  if (loop.start.sym !== null && loop.limit.sym !== null) return null;
  if (symbolic === null) {
    const sleeps = sleepsWith(loop, loop.start.k, loop.limit.k);
    return sleeps === null ? null : { sym: null, k: sleeps, primary: true };
  }
  const at = (value: number) =>
    loop.start.sym !== null ? sleepsWith(loop, value + loop.start.k, loop.limit.k) : sleepsWith(loop, loop.start.k, value + loop.limit.k);
  const ten = at(10);
  const eleven = at(11);
  const twelve = at(12);
  if (ten === null || eleven === null || twelve === null || eleven - ten !== 1 || twelve - eleven !== 1) return null;
  const primary = loop.start.sym !== null ? loop.start.primary : loop.limit.primary;
  return { sym: symbolic, k: ten - 10, primary };
}
