/**
 * Whitespace between tokens on one line, as pycodestyle's E2 checks want it:
 * brackets (E201, E202), punctuation (E203, E231, E241, E242), calls and
 * subscripts (E211), operators (E221–E228), keyword equals (E251) and inline
 * comments (E261, E262), plus block comments (E265, E266). Only whitespace
 * between tokens and the `#` marks that open a comment change; the text of
 * strings and comment bodies never does.
 */
import type { LogicalLine, Token } from '../../src/index.js';

/** One change with the pycodestyle code it answers. */
export interface CodedEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly code: string;
}

/** Python keywords, as pycodestyle counts them before a unary operator (singletons excluded, `print` included). */
const KEYWORDS = new Set([
  'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
  'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'print', 'raise', 'return',
  'try', 'while', 'with', 'yield',
]);
const SOFT_KEYWORDS = new Set(['_', 'case', 'match']);
const SINGLETONS = new Set(['False', 'None', 'True']);
const NEEDS_SPACE = new Set([
  '**=', '*=', '/=', '//=', '+=', '-=', '!=', '<', '>', '%=', '^=', '&=', '|=', '==', '<=', '>=', '<<=', '>>=', '=', '->', ':=', '@=',
]);
const KEYWORD_OPERATORS = new Set(['and', 'in', 'is', 'or']);
const MAYBE_UNARY = new Set(['>>', '**', '*', '+', '-']);
const ARITHMETIC = new Set(['**', '*', '/', '//', '+', '-', '@']);
const OPTIONAL_SPACE = new Set([...ARITHMETIC, '^', '&', '|', '<<', '>>', '%']);
const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);

/** What one gap between two tokens should become, and why. */
interface GapVerdict {
  readonly want: string;
  readonly code: string;
}

/** The space an operator wants on one side: exactly one space, with the codes for a missing, doubled or tabbed one. */
interface SideRule {
  readonly missing: string | null;
  readonly many: string;
  readonly tab: string;
}

/** A place a rule applies to but which is left as it is. */
export interface Refusal {
  readonly at: number;
  readonly code: string;
  readonly reason: string;
}

/** The spacing edits for one logical line, and the places left alone. `checks` says which codes the project checks. */
export function spacingEdits(source: string, line: LogicalLine, checks: (code: string) => boolean): { edits: CodedEdit[]; refusals: Refusal[] } {
  const tokens = line.tokens;
  const before: (SideRule | null)[] = new Array(tokens.length).fill(null);
  const after: (SideRule | null)[] = new Array(tokens.length).fill(null);
  const keywordEquals = new Array<boolean>(tokens.length).fill(false);
  const innermost: (string | null)[] = new Array(tokens.length).fill(null);
  classifyOperators(tokens, before, after, keywordEquals, innermost);

  const gaps = tokens.map((token, i) => {
    if (i === 0 || tokens[i - 1].kind === 'comment') return null;
    const from = tokens[i - 1].end;
    if (from === token.start) return '';
    const gap = source.slice(from, token.start);
    return /^[ \t]*$/.test(gap) ? gap : null;
  });
  const edits: CodedEdit[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const gap = gaps[i];
    if (gap === null) continue;
    const verdict = judgeGap(tokens, i, gaps, before, after, keywordEquals, innermost);
    if (verdict !== null && verdict.want !== gap && checks(verdict.code)) edits.push({ start: tokens[i - 1].end, end: tokens[i].start, text: verdict.want, code: verdict.code });
  }
  const refusals: Refusal[] = [];
  for (const [i, token] of tokens.entries()) {
    if (token.kind !== 'comment') continue;
    const inline = gaps[i] !== null;
    if (!inline && token.line > 0 && token.text.startsWith('#!') && checks('E265')) {
      refusals.push({ at: token.start, code: 'E265', reason: "'#!' reads as an interpreter line; a space after '#' would change how it reads" });
      continue;
    }
    const edit = commentPrefixEdit(token, inline);
    if (edit !== null && checks(edit.code)) edits.push(edit);
  }
  return { edits, refusals };
}

/**
 * Marks, for each operator, the spacing it wants on either side, following
 * pycodestyle: unary operators want nothing, `=` inside brackets is left to
 * E251, and an arithmetic or bitwise operator wants the same on both sides.
 */
function classifyOperators(
  tokens: readonly Token[],
  before: (SideRule | null)[],
  after: (SideRule | null)[],
  keywordEquals: boolean[],
  innermost: (string | null)[],
): void {
  const stack: string[] = [];
  let operatorParens = 0;
  let equalsParens = 0;
  let annotated = false;
  const first = tokens.find((token) => token.kind !== 'comment');
  const second = tokens.find((token) => token.kind !== 'comment' && token !== first);
  const inDef = first?.text === 'def' || (first?.text === 'async' && second?.text === 'def');
  let previous: Token | null = null;
  for (const [i, token] of tokens.entries()) {
    if (token.kind === 'comment') continue;
    innermost[i] = stack.at(-1) ?? null;
    const text = token.text;
    if (token.kind === 'op') {
      if (OPENERS.has(text)) stack.push(text);
      else if (CLOSERS.has(text)) stack.pop();
      if (text === '(' || text === '[') equalsParens++;
      else if (text === ')' || text === ']') equalsParens--;
      else if (inDef && text === ':' && equalsParens === 1) annotated = true;
      else if (equalsParens === 1 && text === ',') annotated = false;
      else if (equalsParens > 0 && text === '=' && !(annotated && equalsParens === 1)) keywordEquals[i] = true;
      if (equalsParens === 0) annotated = false;
    }
    if (text === '(' || (token.kind === 'name' && text === 'lambda')) operatorParens++;
    else if (text === ')') operatorParens--;

    if (previous !== null && token.kind === 'op' && !(text === '=' && operatorParens > 0)) {
      if (NEEDS_SPACE.has(text)) {
        before[i] = { missing: 'E225', many: 'E221', tab: 'E223' };
        after[i] = { missing: 'E225', many: 'E222', tab: 'E224' };
      } else if (OPTIONAL_SPACE.has(text) && (!MAYBE_UNARY.has(text) || isOperand(previous))) {
        let following = i + 1;
        while (following < tokens.length && tokens[following].kind === 'comment') following++;
        const next = tokens[following] as Token | undefined;
        const spaced = (from: Token, to: Token | undefined) => to === undefined || from.end !== to.start;
        const hasBefore = spaced(previous, token);
        const hasAfter = spaced(token, next);
        const missing = hasBefore !== hasAfter ? 'E225' : hasBefore || text === '**' ? null : text === '%' ? 'E228' : ARITHMETIC.has(text) ? 'E226' : 'E227';
        before[i] = { missing, many: 'E221', tab: 'E223' };
        after[i] = { missing, many: 'E222', tab: 'E224' };
      }
    } else if (previous !== null && token.kind === 'name' && KEYWORD_OPERATORS.has(text)) {
      before[i] = { missing: 'E225', many: '', tab: '' };
      after[i] = { missing: 'E225', many: '', tab: '' };
    }
    previous = token;
  }
}

/** Whether a binary operator may follow this token (else a `-`, `*`... after it is unary). */
function isOperand(token: Token): boolean {
  if (token.kind === 'op') return CLOSERS.has(token.text);
  if (token.kind !== 'name') return true;
  return !KEYWORDS.has(token.text) && !SOFT_KEYWORDS.has(token.text);
}

function isKeyword(text: string): boolean {
  return KEYWORDS.has(text) || SINGLETONS.has(text);
}

/** The first rule that speaks about the gap before token `i`, in pycodestyle's order of precedence. */
function judgeGap(
  tokens: readonly Token[],
  i: number,
  gaps: readonly (string | null)[],
  before: readonly (SideRule | null)[],
  after: readonly (SideRule | null)[],
  keywordEquals: readonly boolean[],
  innermost: readonly (string | null)[],
): GapVerdict | null {
  const a = tokens[i - 1];
  const b = tokens[i];
  const gap = gaps[i]!;
  if (b.kind === 'comment') return gap.length < 2 ? { want: '  ', code: 'E261' } : null;
  if (keywordEquals[i - 1] || keywordEquals[i]) return { want: '', code: 'E251' };
  const aOp = a.kind === 'op' ? a.text : '';
  const bOp = b.kind === 'op' ? b.text : '';
  if (OPENERS.has(aOp)) return { want: '', code: 'E201' };
  if (CLOSERS.has(bOp) && aOp !== ',') return { want: '', code: 'E202' };
  if ((bOp === ',' || bOp === ';' || bOp === ':') && aOp !== ',') {
    // PEP 8 spaces a slice's colon like a binary operator: `ham[lower + offset : upper + offset]`.
    if (bOp === ':' && innermost[i] === '[' && gap === ' ' && gaps[i + 1] === ' ') return null;
    return { want: '', code: 'E203' };
  }
  if ((bOp === '(' || bOp === '[') && (CLOSERS.has(aOp) || (a.kind === 'name' && !isKeyword(a.text) && !SOFT_KEYWORDS.has(a.text)))) {
    return i >= 2 && tokens[i - 2].text === 'class' ? null : { want: '', code: 'E211' };
  }
  if (aOp === ',' || aOp === ';' || aOp === ':') {
    if (gap === '') {
      if (aOp === ',' && (bOp === ')' || bOp === ']')) return null;
      if (aOp === ':' && innermost[i - 1] === '[') return null;
      return { want: ' ', code: 'E231' };
    }
    if (gap.includes('\t')) return { want: ' ', code: 'E242' };
    return gap.length > 1 ? { want: ' ', code: 'E241' } : null;
  }
  const rules = [after[i - 1], before[i]].filter((rule): rule is SideRule => rule !== null);
  for (const rule of rules) {
    if (gap === '' && rule.missing !== null) return { want: ' ', code: rule.missing };
    if (gap.includes('\t') && rule.tab !== '') return { want: ' ', code: rule.tab };
    if (gap.length > 1 && rule.many !== '') return { want: ' ', code: rule.many };
  }
  return null;
}

/**
 * `#comment` → `# comment`: an inline comment starts with `# ` (E262), a
 * block comment with `# ` (E265) and a single `#` (E266). Only the marks and
 * spaces before the text change.
 */
function commentPrefixEdit(token: Token, inline: boolean): CodedEdit | null {
  const text = token.text;
  const space = text.indexOf(' ');
  const symbol = space === -1 ? text : text.slice(0, space);
  const rest = space === -1 ? '' : text.slice(space + 1);
  const badPrefix = symbol === '#' || symbol === '#:' ? null : symbol.replace(/^#+/, '').slice(0, 1) || '#';
  let code: string | null = null;
  if (inline) {
    if (badPrefix !== null || /^[ \t\u00a0]/.test(rest)) code = 'E262';
  } else if (badPrefix !== null && badPrefix !== '!') {
    if (badPrefix !== '#') code = 'E265';
    else if (rest !== '') code = 'E266';
  }
  if (code === null) return null;
  const [prefix, , colon] = /^(#+)(:?)[ \t\u00a0]*/.exec(text)!;
  const want = prefix.length === text.length ? `#${colon}` : `#${colon} `;
  return want === prefix ? null : { start: token.start, end: token.start + prefix.length, text: want, code };
}
