/**
 * Python tokens and logical lines, for transforms that work on the layout of
 * code rather than on its meaning.
 *
 * Strings (with their prefixes, f-strings whole) and comments are opaque:
 * nothing inside them is a token. Everything is lexed from the text, the way
 * tree-sitter's scanner reads it, which is much faster than visiting the
 * nodes of the tree and gives the same tokens; only an f-string, whose
 * replacement fields may hold strings of their own, takes its end from the
 * tree.
 */
import type Parser from 'tree-sitter';

export type TokenKind = 'name' | 'number' | 'string' | 'op' | 'comment';

/** One token. A comment's `end` leaves out trailing whitespace. */
export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** 0-based physical line of the start. */
  readonly line: number;
}

/**
 * A logical line as Python's tokenizer ends them (at a newline outside
 * brackets and backslash continuations), or a line holding only a comment.
 */
export interface LogicalLine {
  /** Code tokens and comments, in order. */
  readonly tokens: readonly Token[];
  /** 0-based physical lines of the first and last token. */
  readonly firstLine: number;
  readonly lastLine: number;
  readonly commentOnly: boolean;
}

/** Per physical line: the newline that ends it lies inside a string. */
export const ENDS_IN_STRING = 1;
/** Per physical line: it starts inside a string, so its indentation is string content. */
export const STARTS_IN_STRING = 2;
/** Per physical line: it continues a logical line (inside brackets, or after a backslash). */
export const CONTINUATION = 4;
/** Per physical line: it holds only whitespace, outside strings and brackets. */
export const BLANK = 8;

export interface TokenizedSource {
  readonly logical: readonly LogicalLine[];
  /** Index where each physical line starts. */
  readonly lineStarts: readonly number[];
  /** Index of each line's terminator (`\r\n`, `\n` or `\r`), or the source length for the last line. */
  readonly lineEnds: readonly number[];
  /** Flags per physical line: ENDS_IN_STRING, STARTS_IN_STRING, CONTINUATION, BLANK. */
  readonly flags: Uint8Array;
}

/** Text the lexer could not read as Python code outside strings and comments. */
export class UnreadableCode extends Error {
  constructor(readonly index: number) {
    super(`unexpected text at index ${index}`);
  }
}

/** The tokens of code between strings and comments, each read from its first character. */
const NAME = /[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*/uy;
const NUMBER = /(?:0[xXoObB][\da-fA-F_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?)[jJ]?/y;
const OPERATOR = /\*\*=|\/\/=|>>=|<<=|\.\.\.|->|:=|[-+*/%@&|^<>=!]=|\*\*|\/\/|>>|<<|[-+*/%@&|^~<>()[\]{},:;.=]/y;

/** A name made only of string-prefix letters, which opens a string when a quote follows it, as tree-sitter reads it. */
const PREFIX = /^[bBrRuUfFtT]+$/;

/**
 * The end of the string literal whose opening quote is at `quote`, read the
 * way tree-sitter-python's scanner reads it (a backslash steps over the
 * character after it; in a raw string, over a quote or backslash and a line
 * break), or -1 where a single-quoted string meets a line break or the text
 * ends.
 */
function stringEnd(source: string, quote: number, raw: boolean): number {
  const mark = source.charCodeAt(quote);
  const triple = source.charCodeAt(quote + 1) === mark && source.charCodeAt(quote + 2) === mark;
  let at = quote + (triple ? 3 : 1);
  while (at < source.length) {
    const c = source.charCodeAt(at);
    if (c === BACKSLASH) {
      at++;
      const next = source.charCodeAt(at);
      if (raw) {
        if (next === mark || next === BACKSLASH) at++;
        if (source.charCodeAt(at) === CR) at += source.charCodeAt(at + 1) === LF ? 2 : 1;
        else if (source.charCodeAt(at) === LF) at++;
      } else {
        at += next === CR && source.charCodeAt(at + 1) === LF ? 2 : 1;
      }
    } else if (c === mark) {
      if (!triple) return at + 1;
      if (source.charCodeAt(at + 1) === mark && source.charCodeAt(at + 2) === mark) return at + 3;
      at++;
    } else if (c === LF && !triple) {
      return -1;
    } else {
      at++;
    }
  }
  return -1;
}

/** The end of the outermost string node that starts at `start`, for what the text alone does not settle (f-strings); -1 if none does. */
function stringNodeEnd(tree: Parser.Tree, start: number): number {
  let node: Parser.SyntaxNode | null = tree.rootNode.descendantForIndex(start);
  while (node !== null && node.type !== 'string') node = node.parent;
  return node !== null && node.startIndex === start ? node.endIndex : -1;
}

const BACKSLASH = 92;
const CR = 13;
const LF = 10;
const HASH = 35;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const SPACE = 32;
const TAB = 9;
const FORM_FEED = 12;
const DOT = 46;

function isSpace(c: number): boolean {
  return c === SPACE || c === TAB || c === FORM_FEED;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The end of the name that starts at `at` (whose first character is `c`), or -1 when none does. */
function nameEnd(source: string, at: number, c: number): number {
  if (c >= 128) {
    NAME.lastIndex = at;
    return NAME.test(source) ? NAME.lastIndex : -1;
  }
  if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95)) return -1;
  let end = at + 1;
  for (;;) {
    const d = source.charCodeAt(end);
    if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || d === 95 || isDigit(d)) end++;
    else if (d >= 128) {
      NAME.lastIndex = at;
      NAME.test(source);
      return NAME.lastIndex;
    } else return end;
  }
}

/**
 * Splits a parsed source into tokens and logical lines. Throws
 * {@link UnreadableCode} where text outside strings and comments is not
 * Python code (which a tree without errors rules out).
 */
export function tokenize(source: string, tree: Parser.Tree): TokenizedSource {
  const lineStarts = [0];
  const lineEnds: number[] = [];
  const flagList: number[] = [0];
  const logical: LogicalLine[] = [];
  let tokens: Token[] = [];
  let firstLine = 0;
  let hasCode = false;
  let depth = 0;
  let line = 0;
  let lineHasContent = false;

  const newLine = (terminator: number, after: number, continued: boolean) => {
    lineEnds.push(terminator);
    if (!lineHasContent && !continued && depth === 0 && tokens.length === 0 && (flagList[line] & STARTS_IN_STRING) === 0) flagList[line] |= BLANK;
    lineStarts.push(after);
    flagList.push(continued || depth > 0 ? CONTINUATION : 0);
    line++;
    lineHasContent = false;
  };
  const endLogical = () => {
    if (tokens.length === 0) return;
    logical.push({ tokens, firstLine, lastLine: tokens[tokens.length - 1].line, commentOnly: !hasCode });
    tokens = [];
    hasCode = false;
  };
  const push = (kind: TokenKind, start: number, end: number) => {
    if (tokens.length === 0) firstLine = line;
    tokens.push({ kind, start, end, text: source.slice(start, end), line });
    lineHasContent = true;
    if (kind !== 'comment') hasCode = true;
  };

  const pushString = (start: number, end: number) => {
    push('string', start, end);
    for (let i = source.indexOf('\n', start); i !== -1 && i < end; i = source.indexOf('\n', i + 1)) {
      const terminator = source[i - 1] === '\r' ? i - 1 : i;
      lineEnds.push(terminator);
      flagList[line] |= ENDS_IN_STRING;
      lineStarts.push(i + 1);
      flagList.push(STARTS_IN_STRING | CONTINUATION);
      line++;
    }
  };
  /** The end of the string that starts at `start` with its quote at `quote`: read from the text, or from the tree for f-strings. */
  const endOfString = (start: number, quote: number, prefix: string): number => {
    const end = /[fFtT]/.test(prefix) ? -1 : stringEnd(source, quote, /[rR]/.test(prefix));
    const found = end === -1 ? stringNodeEnd(tree, start) : end;
    if (found === -1) throw new UnreadableCode(start);
    return found;
  };

  let at = 0;
  while (at < source.length) {
    const c = source.charCodeAt(at);
    if (c === HASH) {
      // As tree-sitter reads a comment: up to the next line feed, a lone carriage return included.
      const newline = source.indexOf('\n', at);
      let end = newline === -1 ? source.length : newline;
      while (end > at && /[ \t\f\r\v]/.test(source[end - 1])) end--;
      push('comment', at, end);
      at = end;
      continue;
    }
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const end = endOfString(at, at, '');
      pushString(at, end);
      at = end;
      continue;
    }
    if (isSpace(c)) {
      // whitespace separates tokens and carries nothing
      do at++;
      while (isSpace(source.charCodeAt(at)));
      continue;
    }
    if (c === LF || c === CR) {
      const end = c === CR && source.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
      newLine(at, end, false);
      if (depth === 0) endLogical();
      at = end;
      continue;
    }
    const next = source.charCodeAt(at + 1);
    if (c === BACKSLASH && (next === LF || next === CR)) {
      const end = next === CR && source.charCodeAt(at + 2) === LF ? at + 3 : at + 2;
      newLine(at + 1, end, true);
      at = end;
      continue;
    }
    const end = nameEnd(source, at, c);
    if (end !== -1) {
      const after = source.charCodeAt(end);
      if ((after === DOUBLE_QUOTE || after === SINGLE_QUOTE) && PREFIX.test(source.slice(at, end))) {
        const stringEnd = endOfString(at, end, source.slice(at, end));
        pushString(at, stringEnd);
        at = stringEnd;
        continue;
      }
      push('name', at, end);
      at = end;
      continue;
    }
    if (isDigit(c) || (c === DOT && isDigit(next))) {
      NUMBER.lastIndex = at;
      NUMBER.test(source);
      push('number', at, NUMBER.lastIndex);
      at = NUMBER.lastIndex;
      continue;
    }
    OPERATOR.lastIndex = at;
    if (!OPERATOR.test(source)) throw new UnreadableCode(at);
    push('op', at, OPERATOR.lastIndex);
    if (c === 40 || c === 91 || c === 123) depth++;
    else if ((c === 41 || c === 93 || c === 125) && depth > 0) depth--;
    at = OPERATOR.lastIndex;
  }
  lineEnds.push(source.length);
  if (!lineHasContent && tokens.length === 0 && depth === 0 && (flagList[line] & (STARTS_IN_STRING | CONTINUATION)) === 0) flagList[line] |= BLANK;
  endLogical();
  return { logical, lineStarts, lineEnds, flags: Uint8Array.from(flagList) };
}

/** The width of an indentation, with tabs to the next multiple of `tabSize`, as Python reads it. */
export function indentWidth(indent: string, tabSize = 8): number {
  let width = 0;
  for (const char of indent) {
    if (char === '\t') width = (Math.floor(width / tabSize) + 1) * tabSize;
    else if (char === '\f') width = 0;
    else width++;
  }
  return width;
}
