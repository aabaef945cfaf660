/**
 * Python tokens and logical lines, for transforms that work on the layout of
 * code rather than on its meaning.
 *
 * Strings (with their prefixes, f-strings whole) and comments come from the
 * tree: they are opaque, and nothing inside them is a token. The code between
 * them is lexed by text, which is much faster than visiting every leaf of the
 * tree and gives the same tokens.
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

const CODE = new RegExp(
  [
    /(?<space>[ \t\f]+)/,
    /(?<joined>\\(?:\r\n|\n|\r))/,
    /(?<newline>\r\n|\n|\r)/,
    /(?<name>[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*)/u,
    /(?<number>(?:0[xXoObB][\da-fA-F_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?)[jJ]?)/,
    /(?<op>\*\*=|\/\/=|>>=|<<=|\.\.\.|->|:=|[-+*/%@&|^<>=!]=|\*\*|\/\/|>>|<<|[-+*/%@&|^~<>()[\]{},:;.=])/,
  ]
    .map((part) => part.source)
    .join('|'),
  'uy',
);

/** The string and comment nodes of a tree, outermost only, in source order. */
function opaqueNodes(tree: Parser.Tree): { start: number; end: number; comment: boolean }[] {
  const spans: { start: number; end: number; comment: boolean }[] = [];
  let reached = 0;
  for (const node of tree.rootNode.descendantsOfType(['string', 'comment'])) {
    const start = node.startIndex;
    if (start < reached) continue;
    const end = node.endIndex;
    spans.push({ start, end, comment: node.type === 'comment' });
    reached = end;
  }
  return spans;
}

/**
 * Splits a parsed source into tokens and logical lines. Throws
 * {@link UnreadableCode} where text outside strings and comments is not
 * Python code (which a tree without errors rules out).
 */
export function tokenize(source: string, tree: Parser.Tree): TokenizedSource {
  const spans = opaqueNodes(tree);
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

  let at = 0;
  let next = 0;
  while (at < source.length) {
    const span = spans[next];
    if (span !== undefined && span.start === at) {
      next++;
      if (span.comment) {
        let end = span.end;
        while (end > at && /[ \t\f\r\v]/.test(source[end - 1])) end--;
        push('comment', at, end);
        at = end;
        continue;
      }
      push('string', at, span.end);
      for (let i = source.indexOf('\n', at); i !== -1 && i < span.end; i = source.indexOf('\n', i + 1)) {
        const terminator = source[i - 1] === '\r' ? i - 1 : i;
        lineEnds.push(terminator);
        flagList[line] |= ENDS_IN_STRING;
        lineStarts.push(i + 1);
        flagList.push(STARTS_IN_STRING | CONTINUATION);
        line++;
      }
      at = span.end;
      continue;
    }
    CODE.lastIndex = at;
    const match = CODE.exec(source);
    const limit = span === undefined ? source.length : span.start;
    if (match === null || match.index + match[0].length > limit) throw new UnreadableCode(at);
    const groups = match.groups!;
    const end = at + match[0].length;
    if (groups.space !== undefined) {
      // whitespace separates tokens and carries nothing
    } else if (groups.joined !== undefined) {
      newLine(at + 1, end, true);
    } else if (groups.newline !== undefined) {
      newLine(at, end, false);
      if (depth === 0) endLogical();
    } else if (groups.name !== undefined) {
      push('name', at, end);
    } else if (groups.number !== undefined) {
      push('number', at, end);
    } else {
      push('op', at, end);
      const char = source[at];
      if (char === '(' || char === '[' || char === '{') depth++;
      else if ((char === ')' || char === ']' || char === '}') && depth > 0) depth--;
    }
    at = end;
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
