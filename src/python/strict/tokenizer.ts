/**
 * Python's tokenizer, as strict as CPython's: indentation (with its TabError
 * and IndentationError), bracket nesting, and the spelling of names, numbers
 * and string literals. tree-sitter recovers from all of these without a word,
 * so this is what tells a file CPython would refuse from one it compiles.
 *
 * It reads the text alone, at a few tens of megabytes a second, and stops at
 * the first problem with a {@link CompileProblem}.
 */

/** Where and why CPython would refuse a source text. */
export class CompileProblem extends Error {
  constructor(
    readonly index: number,
    message: string,
  ) {
    super(message);
  }
}

export const NAME = 0;
export const NUMBER = 1;
export const STRING = 2;
export const OP = 3;
export const NEWLINE = 4;
export const INDENT = 5;
export const DEDENT = 6;
export const END = 7;

/** A bytes literal, a text literal or an f-string: adjacent literals of different kinds do not concatenate. */
export const TEXT_STRING = 0;
export const BYTES_STRING = 1;

/** CPython's limits: MAXINDENT and MAXLEVEL of its tokenizer. */
const MAX_INDENT = 100;
const MAX_BRACKETS = 200;

/** Token flags: the token can end an operand (a name, a literal, a closing bracket). */
export const ENDS_OPERAND = 1;
/** Token flags: the token can only start an operand, so it cannot follow one (a name, a literal, `lambda`, `{`). */
export const STARTS_OPERAND = 2;

/** The tokens of a source text, in parallel arrays of `count` entries. */
export interface Tokens {
  readonly source: string;
  count: number;
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  /** ENDS_OPERAND and STARTS_OPERAND. */
  flags: Uint8Array;
  /**
   * The text of operators and of the names in {@link WORDS}, as the same
   * string constants, so that comparing them is cheap; '' for other tokens.
   */
  readonly texts: string[];
  /** STRING tokens that are bytes literals, as BYTES_STRING; the others are TEXT_STRING. */
  readonly stringKinds: Map<number, number>;
  /** The first token of each logical line and its indentation depth, in order. */
  readonly lines: number[];
  readonly lineDepths: number[];
  /** Whether there is a `;` operator. */
  hasSemicolon: boolean;
  /** The indices of the `*` operators, in order. */
  readonly stars: number[];
  /** The expressions of an f-string's replacement fields, by the f-string's token index, each its own token list. */
  readonly fields: Map<number, Tokens[]>;
}

const KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
  'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
  'return', 'try', 'while', 'with', 'yield',
];
/** Keywords, and the soft keywords and names the checks look for by name. */
const WORDS = [...KEYWORDS, 'match', 'case', 'type', 'print', 'exec', '__debug__', '__future__'];

/** A hash of a name's characters, computed as the name is read. */
function hashStep(hash: number, char: number): number {
  return (hash * 31 + char) | 0;
}
const WORD_TABLE_SIZE = 512;
/** WORDS by their hash and length, in buckets. */
const WORD_TABLE: string[][] = Array.from({ length: WORD_TABLE_SIZE }, () => []);
for (const word of WORDS) {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  WORD_TABLE[(hash ^ word.length) & (WORD_TABLE_SIZE - 1)].push(word);
}
/** What a keyword can be in an expression; other keywords neither end nor start an operand. */
const KEYWORD_FLAGS = new Map<string, number>([
  ['None', ENDS_OPERAND | STARTS_OPERAND],
  ['True', ENDS_OPERAND | STARTS_OPERAND],
  ['False', ENDS_OPERAND | STARTS_OPERAND],
  ['lambda', STARTS_OPERAND],
  ['await', STARTS_OPERAND],
  ['yield', STARTS_OPERAND],
  ['not', STARTS_OPERAND],
]);
const NAME_FLAGS = new Map<string, number>(WORDS.map((word) => [word, KEYWORDS.includes(word) ? (KEYWORD_FLAGS.get(word) ?? 0) : ENDS_OPERAND | STARTS_OPERAND]));

/** The operator that starts at `at` with character code `c`, longest first, or null. */
function operatorAt(source: string, at: number, c: number): string | null {
  const next = source.charCodeAt(at + 1);
  const then = source.charCodeAt(at + 2);
  switch (c) {
    case 40: return '(';
    case 41: return ')';
    case 91: return '[';
    case 93: return ']';
    case 123: return '{';
    case 125: return '}';
    case 44: return ',';
    case 59: return ';';
    case 126: return '~';
    case 58: return next === 61 ? ':=' : ':';
    case 46: return next === 46 && then === 46 ? '...' : '.';
    case 61: return next === 61 ? '==' : '=';
    case 33: return next === 61 ? '!=' : null;
    case 60: return next === 60 ? (then === 61 ? '<<=' : '<<') : next === 61 ? '<=' : next === 62 ? '<>' : '<';
    case 62: return next === 62 ? (then === 61 ? '>>=' : '>>') : next === 61 ? '>=' : '>';
    case 42: return next === 42 ? (then === 61 ? '**=' : '**') : next === 61 ? '*=' : '*';
    case 47: return next === 47 ? (then === 61 ? '//=' : '//') : next === 61 ? '/=' : '/';
    case 45: return next === 62 ? '->' : next === 61 ? '-=' : '-';
    case 43: return next === 61 ? '+=' : '+';
    case 37: return next === 61 ? '%=' : '%';
    case 38: return next === 61 ? '&=' : '&';
    case 124: return next === 61 ? '|=' : '|';
    case 94: return next === 61 ? '^=' : '^';
    case 64: return next === 61 ? '@=' : '@';
    default: return null;
  }
}const CLOSING: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** Keywords that may follow a number without a space (`1if x else 2`), as CPython allows with a warning. */
const AFTER_NUMBER = ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'];

const STRING_PREFIXES = new Set(['', 'r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf']);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHex(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
function isAsciiNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
const NAME_START = /[\p{ID_Start}_\u1885\u1886\u2118\u212e\u309b\u309c]/u;
const NAME_CONTINUE = /[\p{ID_Continue}\u00b7\u0387\u1369-\u1371\u19da\u200c\u200d\u30fb\uff65]/u;

/** Where a comment ends. */
const LINE_BREAK = /[\n\r]/g;
/** The characters inside string literals that need a look: the quote, a backslash, a line break, and in bytes any character beyond ASCII. */
const PLAIN_TEXT_DOUBLE = /[^"\\\n\r]*/y;
const PLAIN_TEXT_SINGLE = /[^'\\\n\r]*/y;
const PLAIN_BYTES_DOUBLE = /[^"\\\n\r\x80-\uffff]*/y;
const PLAIN_BYTES_SINGLE = /[^'\\\n\r\x80-\uffff]*/y;

function isNameChar(source: string, at: number): boolean {
  const c = source.charCodeAt(at);
  if (c < 128) return isAsciiNameStart(c) || isDigit(c);
  return NAME_CONTINUE.test(String.fromCodePoint(source.codePointAt(at)!));
}

/** Tokenizes `source` as CPython would, or throws the first {@link CompileProblem}. */
export function tokenize(source: string): Tokens {
  return new Tokenizer(source, 0, source.length, false, reused).run();
}

/**
 * The arrays of the last whole-source tokenization, reused by the next one:
 * tokens live only while a source is checked, and allocating them anew for
 * every file costs more than reading the tokens.
 */
let reused: Tokens | null = null;

class Tokenizer {
  private at: number;
  private readonly tokens: Tokens;
  private readonly brackets: number[] = [];
  private readonly indents = [0];
  private readonly altIndents = [0];

  constructor(
    private readonly source: string,
    start: number,
    private readonly limit: number,
    /** Tokenizing an f-string field: no lines, no indentation; stops at `}`, `!`, `:` or `=` outside brackets. */
    private readonly field: boolean,
    previous: Tokens | null = null,
  ) {
    this.at = start;
    const capacity = field ? 16 : Math.max(1024, (limit - start) >> 3);
    const arrays = previous !== null && previous.kinds.length >= capacity ? previous : null;
    this.tokens = {
      source,
      count: 0,
      kinds: arrays?.kinds ?? new Uint8Array(capacity),
      starts: arrays?.starts ?? new Int32Array(capacity),
      ends: arrays?.ends ?? new Int32Array(capacity),
      flags: arrays?.flags ?? new Uint8Array(capacity),
      texts: arrays?.texts ?? [],
      stringKinds: new Map(),
      lines: [],
      lineDepths: [],
      hasSemicolon: false,
      stars: [],
      fields: new Map(),
    };
    this.tokens.texts.length = 0;
    if (!field) reused = this.tokens;
  }

  private push(kind: number, start: number, end: number, text = '', flags = 0): void {
    const tokens = this.tokens;
    const n = tokens.count;
    if (n === tokens.kinds.length) {
      tokens.kinds = grow(tokens.kinds, new Uint8Array(n * 2));
      tokens.starts = grow(tokens.starts, new Int32Array(n * 2));
      tokens.ends = grow(tokens.ends, new Int32Array(n * 2));
      tokens.flags = grow(tokens.flags, new Uint8Array(n * 2));
    }
    tokens.kinds[n] = kind;
    tokens.starts[n] = start;
    tokens.ends[n] = end;
    tokens.flags[n] = flags;
    tokens.texts.push(text);
    tokens.count = n + 1;
  }

  run(): Tokens {
    const { source } = this;
    let lineStart = true;
    let lineHasTokens = false;
    while (this.at < this.limit) {
      if (lineStart && this.brackets.length === 0) {
        lineStart = false;
        if (!this.indentation()) continue;
      }
      const c = source.charCodeAt(this.at);
      if (c === 32 || c === 9 || c === 12) {
        this.at++;
        continue;
      }
      if (c === 35) {
        this.skipComment();
        continue;
      }
      if (c === 10 || c === 13) {
        const start = this.at;
        this.at += c === 13 && source.charCodeAt(this.at + 1) === 10 ? 2 : 1;
        if (this.brackets.length === 0) {
          if (lineHasTokens) this.push(NEWLINE, start, this.at);
          lineHasTokens = false;
          lineStart = true;
        }
        continue;
      }
      if (c === 92) {
        this.continuation();
        continue;
      }
      if (!lineHasTokens) {
        this.tokens.lines.push(this.tokens.count);
        this.tokens.lineDepths.push(this.indents.length - 1);
        lineHasTokens = true;
      }
      this.token();
    }
    if (this.brackets.length > 0) {
      const open = this.brackets[this.brackets.length - 1];
      throw new CompileProblem(open, `'${source[open]}' was never closed`);
    }
    if (lineHasTokens) this.push(NEWLINE, this.limit, this.limit);
    for (let i = 1; i < this.indents.length; i++) this.push(DEDENT, this.limit, this.limit);
    this.push(END, this.limit, this.limit);
    return this.tokens;
  }

  /**
   * Reads the indentation of a new line and pushes INDENT or DEDENT tokens.
   * Returns false for a blank or comment-only line, which has none.
   */
  private indentation(): boolean {
    const { source } = this;
    let col = 0;
    let alt = 0;
    let at = this.at;
    for (; at < this.limit; at++) {
      const c = source.charCodeAt(at);
      if (c === 32) {
        col++;
        alt++;
      } else if (c === 9) {
        col = (Math.floor(col / 8) + 1) * 8;
        alt++;
      } else if (c === 12) {
        col = alt = 0;
      } else break;
    }
    const c = source.charCodeAt(at);
    this.at = at;
    if (at >= this.limit || c === 35 || c === 10 || c === 13) return false;
    if (c === 92 && /^\\(\r\n|\n|\r)/.test(source.slice(at, at + 3))) return true;
    const top = this.indents[this.indents.length - 1];
    const altTop = this.altIndents[this.altIndents.length - 1];
    if (col === top) {
      if (alt !== altTop) throw new CompileProblem(at, 'inconsistent use of tabs and spaces in indentation');
    } else if (col > top) {
      if (this.indents.length > MAX_INDENT - 1) throw new CompileProblem(at, `too many levels of indentation (CPython allows ${MAX_INDENT - 1})`);
      if (alt <= altTop) throw new CompileProblem(at, 'inconsistent use of tabs and spaces in indentation');
      this.indents.push(col);
      this.altIndents.push(alt);
      this.push(INDENT, at, at);
    } else {
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
        this.indents.pop();
        this.altIndents.pop();
        this.push(DEDENT, at, at);
      }
      if (col !== this.indents[this.indents.length - 1]) throw new CompileProblem(at, 'unindent does not match any outer indentation level');
      if (alt !== this.altIndents[this.altIndents.length - 1]) throw new CompileProblem(at, 'inconsistent use of tabs and spaces in indentation');
    }
    return true;
  }

  /** Moves to the line break that ends a comment, or to the end. */
  private skipComment(): void {
    LINE_BREAK.lastIndex = this.at;
    const found = LINE_BREAK.exec(this.source);
    this.at = found === null ? this.limit : Math.min(found.index, this.limit);
  }

  private continuation(): void {
    const { source } = this;
    const next = source.charCodeAt(this.at + 1);
    if (next === 10) this.at += 2;
    else if (next === 13) this.at += source.charCodeAt(this.at + 2) === 10 ? 3 : 2;
    else if (this.at + 1 >= this.limit) throw new CompileProblem(this.at, 'unexpected EOF while parsing');
    else throw new CompileProblem(this.at, 'unexpected character after line continuation character');
    if (this.at >= this.limit && !this.field) throw new CompileProblem(this.at - 1, 'unexpected EOF while parsing');
  }

  /** Reads one token that is not whitespace, a comment, a newline or a continuation. */
  private token(): void {
    const { source } = this;
    const start = this.at;
    const c = source.charCodeAt(start);
    if (isAsciiNameStart(c) || (c >= 128 && NAME_START.test(String.fromCodePoint(source.codePointAt(start)!)))) {
      // A character outside the BMP is two UTF-16 code units.
      let end = start + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
      let hash = hashStep(0, c);
      for (;;) {
        const next = source.charCodeAt(end);
        if (isAsciiNameStart(next) || isDigit(next)) {
          hash = hashStep(hash, next);
          end++;
        } else if (next >= 128 && end < this.limit && isNameChar(source, end)) end += source.codePointAt(end)! > 0xffff ? 2 : 1;
        else break;
      }
      const quote = source.charCodeAt(end);
      if ((quote === 34 || quote === 39) && end - start <= 2 && STRING_PREFIXES.has(source.slice(start, end).toLowerCase())) {
        this.string(start, end);
        return;
      }
      this.at = end;
      const length = end - start;
      let word: string | undefined;
      if (length <= 10) for (const candidate of WORD_TABLE[(hash ^ length) & (WORD_TABLE_SIZE - 1)]) if (candidate.length === length && source.startsWith(candidate, start)) word = candidate;
      if (word === undefined) this.push(NAME, start, end, '', ENDS_OPERAND | STARTS_OPERAND);
      else this.push(NAME, start, end, word, NAME_FLAGS.get(word));
      return;
    }
    if (isDigit(c) || (c === 46 && isDigit(source.charCodeAt(start + 1)))) {
      this.number(start);
      return;
    }
    if (c === 34 || c === 39) {
      this.string(start, start);
      return;
    }
    if (c >= 128) {
      const char = String.fromCodePoint(source.codePointAt(start)!);
      const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      throw new CompileProblem(start, /\p{L}|\p{N}|\p{P}|\p{S}/u.test(char) ? `invalid character '${char}' (${code})` : `invalid non-printable character ${code}`);
    }
    const op = operatorAt(source, start, c);
    if (op === null) {
      if (c < 32 || c === 127) throw new CompileProblem(start, `invalid non-printable character U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
      throw new CompileProblem(start, 'invalid syntax');
    }
    if (op === '(' || op === '[' || op === '{') {
      if (this.brackets.length >= MAX_BRACKETS) throw new CompileProblem(start, `too many nested parentheses (CPython allows ${MAX_BRACKETS})`);
      this.brackets.push(start);
    } else if (op === ')' || op === ']' || op === '}') {
      const open = this.brackets.pop();
      if (open === undefined) throw new CompileProblem(start, `unmatched '${op}'`);
      if (source[open] !== CLOSING[op]) throw new CompileProblem(start, `closing parenthesis '${op}' does not match opening parenthesis '${source[open]}'`);
    }
    this.at = start + op.length;
    if (c === 59) this.tokens.hasSemicolon = true;
    else if (op === '*') this.tokens.stars.push(this.tokens.count);
    const flags = c === 41 || c === 93 || c === 125 ? ENDS_OPERAND : c === 123 || c === 126 ? STARTS_OPERAND : op === '...' ? ENDS_OPERAND | STARTS_OPERAND : 0;
    this.push(OP, start, this.at, op, flags);
  }

  /** A number, spelled as CPython's tokenizer accepts it. */
  private number(start: number): void {
    const { source } = this;
    let at = start;
    const digits = (accept: (c: number) => boolean, kind: string): void => {
      // One or more digits, single underscores between them.
      if (!accept(source.charCodeAt(at))) throw new CompileProblem(at, `invalid ${kind} literal`);
      while (at < this.limit) {
        const c = source.charCodeAt(at);
        if (accept(c)) at++;
        else if (c === 95 && accept(source.charCodeAt(at + 1))) at += 2;
        else if (c === 95) throw new CompileProblem(at, `invalid ${kind} literal`);
        else break;
      }
    };
    const first = source.charCodeAt(at);
    const second = source.charCodeAt(at + 1) | 0x20;
    if (first === 48 && (second === 120 || second === 111 || second === 98)) {
      const kind = second === 120 ? 'hexadecimal' : second === 111 ? 'octal' : 'binary';
      const accept = second === 120 ? isHex : second === 111 ? (c: number) => c >= 48 && c <= 55 : (c: number) => c === 48 || c === 49;
      at += 2;
      if (source.charCodeAt(at) === 95) at++;
      if (!accept(source.charCodeAt(at)) && isDigit(source.charCodeAt(at))) throw new CompileProblem(at, `invalid digit '${source[at]}' in ${kind} literal`);
      digits(accept, kind);
      if (isDigit(source.charCodeAt(at))) throw new CompileProblem(at, `invalid digit '${source[at]}' in ${kind} literal`);
      this.endOfNumber(start, at, kind);
      return;
    }
    let kind = 'decimal';
    if (first !== 46) {
      const integerStart = at;
      digits(isDigit, 'decimal');
      const integer = source.slice(integerStart, at);
      const next = source.charCodeAt(at);
      const isFloatish = next === 46 || (next | 0x20) === 101 || (next | 0x20) === 106;
      if (!isFloatish && integer.length > 1 && integer[0] === '0' && /[1-9]/.test(integer)) {
        throw new CompileProblem(integerStart, 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers');
      }
    }
    if (source.charCodeAt(at) === 46) {
      at++;
      if (isDigit(source.charCodeAt(at))) digits(isDigit, 'decimal');
    }
    if ((source.charCodeAt(at) | 0x20) === 101) {
      const e = at;
      at++;
      if (source.charCodeAt(at) === 43 || source.charCodeAt(at) === 45) at++;
      if (!isDigit(source.charCodeAt(at))) {
        // `1else` is `1 else`; `1e` and `1e+` are not numbers.
        if (source.startsWith('else', e) && !isNameChar(source, e + 4)) {
          at = e;
        } else throw new CompileProblem(start, 'invalid decimal literal');
      } else digits(isDigit, 'decimal');
    }
    if ((source.charCodeAt(at) | 0x20) === 106) {
      at++;
      kind = 'imaginary';
    }
    this.endOfNumber(start, at, kind);
  }

  /** A number runs into a name only when the name is one of a few keywords. */
  private endOfNumber(start: number, end: number, kind: string): void {
    const { source } = this;
    if (end < this.limit && isNameChar(source, end) && !AFTER_NUMBER.some((word) => source.startsWith(word, end))) {
      throw new CompileProblem(start, `invalid ${kind} literal`);
    }
    this.at = end;
    this.push(NUMBER, start, end, '', ENDS_OPERAND | STARTS_OPERAND);
  }

  /** A string literal from its prefix at `start`; the quote is at `quoteAt`. */
  private string(start: number, quoteAt: number): void {
    const { source } = this;
    const prefix = start === quoteAt ? '' : source.slice(start, quoteAt).toLowerCase();
    const quote = source[quoteAt];
    const q = source.charCodeAt(quoteAt);
    const triple = source.charCodeAt(quoteAt + 1) === q && source.charCodeAt(quoteAt + 2) === q;
    const bodyStart = quoteAt + (triple ? 3 : 1);
    const raw = prefix.includes('r');
    const bytes = prefix.includes('b');
    const fields: Tokens[] = [];
    const end = prefix.includes('f') ? this.fstring(start, bodyStart, quote, triple, raw, fields) : this.plainString(start, bodyStart, quote, triple, raw, bytes);
    this.at = end;
    this.push(STRING, start, end, '', ENDS_OPERAND | STARTS_OPERAND);
    const index = this.tokens.count - 1;
    if (bytes) this.tokens.stringKinds.set(index, BYTES_STRING);
    if (fields.length > 0) this.tokens.fields.set(index, fields);
  }

  /** The index just past the closing quote of a plain (not f-) string; checks its escapes. */
  private plainString(start: number, at: number, quote: string, triple: boolean, raw: boolean, bytes: boolean): number {
    const { source } = this;
    const q = quote.charCodeAt(0);
    // Text without quotes, backslashes, line breaks (or, in bytes, other than ASCII) is skipped at once.
    const plain = bytes ? (q === 34 ? PLAIN_BYTES_DOUBLE : PLAIN_BYTES_SINGLE) : q === 34 ? PLAIN_TEXT_DOUBLE : PLAIN_TEXT_SINGLE;
    for (;;) {
      plain.lastIndex = at;
      plain.test(source);
      at = plain.lastIndex;
      if (at >= this.limit) throw this.unterminated(start, triple);
      const c = source.charCodeAt(at);
      if (c === q && (!triple || (source.charCodeAt(at + 1) === q && source.charCodeAt(at + 2) === q))) return at + (triple ? 3 : 1);
      if ((c === 10 || c === 13) && !triple) throw this.unterminated(start, triple);
      if (bytes && c >= 128) throw new CompileProblem(start, 'bytes can only contain ASCII literal characters');
      if (c === 92) {
        if (at + 1 >= this.limit) throw this.unterminated(start, triple);
        if (!raw) this.escape(start, at, bytes);
        at += source.charCodeAt(at + 1) === 13 && source.charCodeAt(at + 2) === 10 ? 3 : 2;
        continue;
      }
      at++;
    }
  }

  private unterminated(start: number, triple: boolean): CompileProblem {
    return new CompileProblem(start, triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal');
  }

  /** Checks the escape at `at` (a backslash) of a literal that starts at `start`. */
  private escape(start: number, at: number, bytes: boolean): void {
    const { source } = this;
    const kind = source[at + 1];
    const hex = (count: number) => {
      for (let i = 0; i < count; i++) if (!isHex(source.charCodeAt(at + 2 + i))) return false;
      return true;
    };
    const codec = bytes ? '' : "(unicode error) 'unicodeescape' codec can't decode bytes: ";
    if (kind === 'x' && !hex(2)) throw new CompileProblem(start, bytes ? 'invalid \\x escape' : `${codec}truncated \\xXX escape`);
    if (bytes) return;
    if (kind === 'u' && !hex(4)) throw new CompileProblem(start, `${codec}truncated \\uXXXX escape`);
    if (kind === 'U') {
      if (!hex(8)) throw new CompileProblem(start, `${codec}truncated \\UXXXXXXXX escape`);
      if (parseInt(source.slice(at + 2, at + 10), 16) > 0x10ffff) throw new CompileProblem(start, `${codec}illegal Unicode character`);
    }
    if (kind === 'N' && !/^\\N\{[^}\r\n]+\}/.test(source.slice(at, at + 200))) throw new CompileProblem(start, `${codec}malformed \\N character escape`);
  }

  /**
   * The index just past an f-string, read as Python 3.12 reads it: the
   * expressions of its replacement fields may hold strings with any quotes.
   */
  private fstring(start: number, at: number, quote: string, triple: boolean, raw: boolean, fields: Tokens[]): number {
    const { source } = this;
    const q = quote.charCodeAt(0);
    const closes = (i: number) => source.charCodeAt(i) === q && (!triple || (source.charCodeAt(i + 1) === q && source.charCodeAt(i + 2) === q));
    // Literal text and replacement fields, which may nest in format specs.
    const literal = (i: number, inSpec: boolean): number => {
      for (;;) {
        if (i >= this.limit) throw this.unterminated(start, triple);
        const c = source.charCodeAt(i);
        if (closes(i)) {
          if (inSpec) throw new CompileProblem(i, "f-string: expecting '}'");
          return i;
        }
        if ((c === 10 || c === 13) && !triple) throw this.unterminated(start, triple);
        if (c === 92) {
          const next = source[i + 1];
          if (next === '{' || next === '}') {
            i++;
            continue;
          }
          if (!raw) this.escape(start, i, false);
          i = !raw && next === 'N' ? source.indexOf('}', i) + 1 : i + 2;
          continue;
        }
        if (c === 123) {
          if (!inSpec && source.charCodeAt(i + 1) === 123) {
            i += 2;
            continue;
          }
          i = field(i + 1);
          continue;
        }
        if (c === 125) {
          if (inSpec) return i;
          if (source.charCodeAt(i + 1) === 125) {
            i += 2;
            continue;
          }
          throw new CompileProblem(i, "f-string: single '}' is not allowed");
        }
        i++;
      }
    };
    // A replacement field from just after its `{`; returns the index after its `}`.
    const field = (i: number): number => {
      const inner = new Tokenizer(source, i, this.limit, true);
      const tokens = inner.expression();
      let after = inner.at;
      if (tokens.count === 1) throw new CompileProblem(i - 1, "f-string: valid expression required before '}'");
      fields.push(tokens);
      if (source[after] === '=') after = this.skipSpaces(after + 1);
      if (source[after] === '!') {
        const conversion = source[after + 1];
        if (conversion !== 's' && conversion !== 'r' && conversion !== 'a') throw new CompileProblem(after, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        after = this.skipSpaces(after + 2);
      }
      if (source[after] === ':') after = literal(after + 1, true);
      if (source[after] !== '}') throw new CompileProblem(after, "f-string: expecting '}'");
      return after + 1;
    };
    const end = literal(at, false);
    return end + (triple ? 3 : 1);
  }

  private skipSpaces(at: number): number {
    while (at < this.limit && /[ \t\f\r\n]/.test(this.source[at])) at++;
    return at;
  }

  /** In field mode: the tokens of one expression, up to the `}`, `!`, `:` or `=` that ends it outside brackets. */
  private expression(): Tokens {
    const { source } = this;
    for (;;) {
      if (this.at >= this.limit) throw new CompileProblem(this.at, "f-string: expecting '}'");
      const c = source.charCodeAt(this.at);
      if (c === 32 || c === 9 || c === 12 || c === 10 || c === 13) {
        this.at++;
        continue;
      }
      if (c === 35) {
        this.skipComment();
        continue;
      }
      if (c === 92) {
        this.continuation();
        continue;
      }
      if (this.brackets.length === 0) {
        const two = source.slice(this.at, this.at + 2);
        if (c === 125 || c === 58 || (c === 33 && two !== '!=') || (c === 61 && two !== '==' && this.endsSelfDocumenting())) break;
      }
      this.token();
    }
    this.push(END, this.at, this.at);
    return this.tokens;
  }

  /** Whether the `=` here is the `=` of `f"{x=}"`, which ends the expression. */
  private endsSelfDocumenting(): boolean {
    const next = this.skipSpaces(this.at + 1);
    const c = this.source[next];
    return c === '}' || c === '!' || c === ':';
  }
}

function grow<T extends Uint8Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
