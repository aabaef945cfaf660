/**
 * The checks CPython's parser and compiler make on a token stream that
 * tree-sitter lets pass: statements where they may not stand (`return`
 * outside a function, `break` outside a loop, `await` outside `async def`),
 * Python 2 statements (`print x`, `exec code`, `except E, e`), argument
 * lists (a positional argument after a keyword one, duplicate parameters),
 * assignment targets, `from __future__` imports, and the limit of 20
 * statically nested blocks.
 *
 * One pass over the tokens, with a stack of the blocks the code is in. What
 * needs the tree (what `del` deletes, which names a `global` names) is left
 * to the caller as {@link Deferred} places.
 */
import { BYTES_STRING, CompileProblem, DEDENT, END, ENDS_OPERAND, INDENT, NAME, NEWLINE, OP, STARTS_OPERAND, STRING, type Tokens } from './tokenizer.js';

/** CO_MAXBLOCKS of CPython 3.11 and 3.12. */
const MAX_BLOCKS = 20;

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
  'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
  'return', 'try', 'while', 'with', 'yield',
]);
const AUGMENTED = new Set(['+=', '-=', '*=', '/=', '//=', '%=', '@=', '&=', '|=', '^=', '>>=', '<<=', '**=']);
const FUTURE_FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function', 'unicode_literals',
  'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

/** Places only the tree can judge, found on the way. */
export interface Deferred {
  /** Token starts of `del` keywords. */
  readonly deletes: number[];
  /** Token starts of the `as` keywords of `with` statements. */
  readonly withTargets: number[];
  /** Token starts of `global` and `nonlocal` keywords. */
  readonly declarations: number[];
  /** Token starts of the logical lines long enough to nest too deeply. */
  readonly longLines: number[];
}

/**
 * How deeply an expression may nest. CPython 3.11 and 3.12 give up at about
 * 3,000 levels, fewer when a module is imported deep in a call stack.
 */
export const MAX_DEPTH = 2500;

/**
 * Each level of Python's syntax tree takes a token of its own, so only a
 * logical line with more tokens than this (blocks take up to 100 levels
 * more) can nest too deeply.
 */
const LONG_LINE_TOKENS = MAX_DEPTH - 200;

type Unit = 'module' | 'class' | 'function';

/** Where a statement stands: its function or class, and the blocks it is in. */
interface Frame {
  readonly unit: Unit;
  readonly isAsync: boolean;
  readonly inLoop: boolean;
  /** Blocks that count towards CPython's limit, within the unit. */
  readonly blocks: number;
  /** The function a return or yield belongs to. */
  readonly fn: FunctionFacts | null;
  /** The body of a `match`, which holds only `case` clauses. */
  readonly matchBody?: boolean;
}

interface FunctionFacts {
  readonly isAsync: boolean;
  yieldAt: number;
  returnValueAt: number;
}

/** A bracket group open during an expression scan. */
interface Group {
  readonly open: string;
  readonly kind: 'call' | 'params' | 'other';
  readonly at: number;
  /** Index into the lambda stack when it opened: a yield inside a later lambda is that lambda's. */
  readonly lambdas: number;
  commas: number;
  /** Commas that separate arguments from a generator expression: before its `for`, or after its iterable. */
  otherArguments: number;
  /** The last keyword of a comprehension clause read at this level: `for`, `in` or `if`. */
  clause: string;
  forAt: number;
  yieldAt: number;
  awaitAt: number;
  hasColon: boolean;
  // Call arguments.
  argStart: number;
  sawKeyword: boolean;
  sawDoubleStar: boolean;
  keywords: Set<string> | null;
}

/** The first token after a header's colon, and what the header opens. */
interface Header {
  readonly colon: number;
  readonly body: Frame;
  readonly keyword: string;
}

/** A `try` statement's clauses, read ahead of its body. */
interface TryClauses {
  readonly hasExcept: boolean;
  readonly hasFinally: boolean;
}

/** Checks the tokens of a whole module; throws the first {@link CompileProblem}. */
export function checkStatements(tokens: Tokens): Deferred {
  return new StatementChecker(tokens).run();
}

class StatementChecker {
  private readonly kinds: Uint8Array;
  private readonly flags: Uint8Array;
  private readonly starts: Int32Array;
  private readonly texts: string[];
  private readonly deferred: Deferred = { deletes: [], withTargets: [], declarations: [], longLines: [] };
  private readonly frames: Frame[] = [{ unit: 'module', isAsync: false, inLoop: false, blocks: 0, fn: null }];
  /** The logical line being read, as an index into tokens.lines. */
  private line = -1;
  private futureAllowed = true;
  private flufl = false;
  /** What the last compound statement at each frame level was, for its clauses. */
  private readonly clauses: (TryClauses | string | null)[] = [null];
  private readonly lambdaStack: number[] = [];

  constructor(private readonly tokens: Tokens) {
    this.kinds = tokens.kinds;
    this.flags = tokens.flags;
    this.starts = tokens.starts;
    this.texts = tokens.texts;
  }

  /** The text of a name token. */
  private nameAt(at: number): string {
    return this.tokens.source.slice(this.starts[at], this.tokens.ends[at]);
  }

  private fail(token: number, message: string): never {
    throw new CompileProblem(this.starts[token], message);
  }

  private get frame(): Frame {
    return this.frames[this.frames.length - 1];
  }

  run(): Deferred {
    const { kinds } = this;
    let pending: Header | null = null;
    let i = 0;
    while (kinds[i] !== END) {
      if (kinds[i] === INDENT) {
        if (pending === null) this.fail(i, 'unexpected indent');
        this.frames.push(pending.body);
        this.clauses.push(null);
        pending = null;
        i++;
        continue;
      }
      if (pending !== null) this.fail(i, `expected an indented block after '${pending.keyword}' statement`);
      if (kinds[i] === DEDENT) {
        const ended = this.frames.pop()!;
        this.clauses.pop();
        if (ended.fn !== this.frame.fn) this.finishFunction(ended);
        i++;
        continue;
      }
      this.line++;
      const end = this.lineEnd();
      if (end - i > LONG_LINE_TOKENS && this.depthBound(i, end) > LONG_LINE_TOKENS) this.deferred.longLines.push(this.starts[i]);
      pending = this.logicalLine(i, end);
      i = end + 1;
    }
    if (pending !== null) this.fail(i, `expected an indented block after '${pending.keyword}' statement`);
    return this.deferred;
  }

  /**
   * An upper bound of how deeply the tokens [i, end) nest in Python's syntax
   * tree: in each bracket group, the operators, keywords and trailers
   * (calls, subscripts) of its longest item, plus its deepest inner group.
   * Items side by side (a big dict of lists) add nothing; only a chain adds.
   */
  private depthBound(i: number, end: number): number {
    const levels: { operators: number; inner: number; best: number }[] = [{ operators: 0, inner: 0, best: 0 }];
    for (let at = i; at < end; at++) {
      const level = levels[levels.length - 1];
      const kind = this.kinds[at];
      const text = this.texts[at];
      if (kind === OP && (text === '(' || text === '[' || text === '{')) {
        if (this.flags[at - 1] & ENDS_OPERAND) level.operators++;
        levels.push({ operators: 0, inner: 0, best: 0 });
      } else if (kind === OP && (text === ')' || text === ']' || text === '}') && levels.length > 1) {
        levels.pop();
        const depth = Math.max(level.best, level.operators + level.inner) + 1;
        const outer = levels[levels.length - 1];
        outer.inner = Math.max(outer.inner, depth);
      } else if (kind === OP && (text === ',' || text === ':' || text === ';')) {
        level.best = Math.max(level.best, level.operators + level.inner);
        level.operators = level.inner = 0;
      } else if (kind === OP || text !== '') {
        level.operators++;
      }
    }
    const top = levels[0];
    return Math.max(top.best, top.operators + top.inner) + 1;
  }

  /** The index of the NEWLINE that ends the current logical line. */
  private lineEnd(): number {
    const next = this.tokens.lines[this.line + 1];
    let end = next === undefined ? this.tokens.count - 1 : next - 1;
    while (this.kinds[end] !== NEWLINE) end--;
    return end;
  }

  /** Reads one logical line, `i` to its NEWLINE at `end`. Returns the header whose block follows, if any. */
  private logicalLine(i: number, end: number): Header | null {
    const header = this.header(i, end);
    const level = this.clauses.length - 1;
    if (header === null) {
      this.clauses[level] = null;
      this.simpleStatements(i, end, this.frame);
      return null;
    }
    if (header.colon + 1 === end) return header;
    // A body on the header's line.
    this.simpleStatements(header.colon + 1, end, header.body);
    this.finishFunction(header.body);
    return null;
  }

  /**
   * Reads a compound statement's header, if the line starts one: checks it
   * and returns what its body is in. Null for simple statements.
   */
  private header(i: number, end: number): Header | null {
    const { texts } = this;
    let first = this.kinds[i] === NAME ? texts[i] : '';
    let start = i;
    let isAsync = false;
    if (first === 'async') {
      const next = texts[i + 1];
      if (next !== 'def' && next !== 'for' && next !== 'with') this.fail(i, 'invalid syntax');
      if (next !== 'def' && !this.frame.isAsync) this.fail(i, `'async ${next}' outside async function`);
      isAsync = true;
      start = i + 1;
      first = next;
    }
    // `match` is a keyword only in a header, which ends its line; `case` only in a match's body.
    const soft =
      (first === 'match' && texts[end - 1] === ':' && texts[i + 1] !== '=' && texts[i + 1] !== ':' && texts[i + 1] !== '.') ||
      (first === 'case' && this.frame.matchBody);
    if (!COMPOUND.has(first) && !soft) return null;
    const colon = this.headerColon(start + 1, end);
    if (colon === -1) return null;
    const frame = this.frame;
    const level = this.clauses.length - 1;
    const previous = this.clauses[level];
    const tryClauses = typeof previous === 'object' ? previous : null;
    let body: Frame = frame;
    this.scanExpression(start + 1, colon, frame, first === 'if' || first === 'elif' || first === 'while' || first === 'match');
    switch (first) {
      case 'def': {
        this.parameters(start + 1, colon);
        body = { unit: 'function', isAsync, inLoop: false, blocks: 0, fn: { isAsync, yieldAt: -1, returnValueAt: -1 } };
        this.noteStatement(i);
        break;
      }
      case 'class':
        body = { unit: 'class', isAsync: false, inLoop: false, blocks: 0, fn: null };
        this.noteStatement(i);
        break;
      case 'for':
      case 'while':
        body = { ...frame, inLoop: true, blocks: frame.blocks + 1 };
        this.clauses[level] = 'loop';
        if (first === 'for') this.forTarget(start + 1, colon);
        this.noteStatement(i);
        break;
      case 'with': {
        const items = this.withItems(start + 1, colon);
        body = { ...frame, blocks: frame.blocks + items };
        this.noteStatement(i);
        break;
      }
      case 'try': {
        const clauses = this.tryClauses(i);
        this.clauses[level] = clauses;
        body = { ...frame, blocks: frame.blocks + (clauses.hasExcept ? 1 : 0) + (clauses.hasFinally ? 1 : 0) };
        this.noteStatement(i);
        break;
      }
      case 'except':
        this.exceptHeader(start + 1, colon);
        body = { ...frame, blocks: frame.blocks + 2 + (tryClauses?.hasFinally ? 1 : 0) };
        break;
      case 'finally':
        body = { ...frame, blocks: frame.blocks + 1 };
        break;
      case 'else':
        body = tryClauses === null ? frame : { ...frame, blocks: frame.blocks + (tryClauses.hasFinally ? 1 : 0) };
        break;
      case 'match':
        body = { ...frame, matchBody: true };
        this.noteStatement(i);
        break;
      case 'case':
        body = { ...frame, matchBody: false };
        break;
      default:
        // if and elif: no block of their own.
        if (first === 'if') this.clauses[level] = first;
        this.noteStatement(i);
        break;
    }
    if (body.blocks > MAX_BLOCKS) this.fail(i, `too many statically nested blocks (CPython allows ${MAX_BLOCKS})`);
    return { colon, body, keyword: isAsync ? `async ${first}` : first };
  }

  /** The colon that ends a header from `i`: the first outside brackets that no lambda takes. */
  private headerColon(i: number, end: number): number {
    let lambdas = 0;
    return this.firstOutside(i, end, (at) => {
      if (this.kinds[at] === NAME && this.texts[at] === 'lambda') lambdas++;
      else if (this.kinds[at] !== OP || this.texts[at] !== ':') return false;
      else if (lambdas === 0) return true;
      else lambdas--;
      return false;
    });
  }

  /** A `try`'s clauses, read ahead through the logical lines at its depth. */
  private tryClauses(i: number): TryClauses {
    const { lines, lineDepths } = this.tokens;
    const depth = lineDepths[this.line];
    let hasExcept = false;
    let hasStar = false;
    let hasFinally = false;
    let bareAt = -1;
    for (let k = this.line + 1; k < lines.length && lineDepths[k] >= depth; k++) {
      if (lineDepths[k] > depth) continue;
      const first = lines[k];
      const word = this.texts[first];
      if (word === 'except') {
        if (bareAt !== -1) this.fail(bareAt, "default 'except:' must be last");
        const star = this.texts[first + 1] === '*';
        if (star) hasStar = true;
        else hasExcept = true;
        if (hasStar && hasExcept) this.fail(first, "cannot have both 'except' and 'except*' on the same 'try'");
        if (this.texts[first + 1] === ':') bareAt = first;
      } else if (word === 'else' && (hasExcept || hasStar) && !hasFinally) {
        continue;
      } else if (word === 'finally') {
        hasFinally = true;
        break;
      } else break;
    }
    if (!hasExcept && !hasStar && !hasFinally) this.fail(i, "expected 'except' or 'finally' block");
    return { hasExcept: hasExcept || hasStar, hasFinally };
  }

  /** `except E, e:` is Python 2. */
  private exceptHeader(i: number, colon: number): void {
    if (this.texts[i] === '*') i++;
    if (this.topLevelComma(i, colon) !== -1) this.fail(i, 'multiple exception types must be parenthesized');
  }

  /** How many context managers a `with` header has; checks their targets later. */
  private withItems(i: number, colon: number): number {
    for (let at = i; at < colon; at++) if (this.kinds[at] === NAME && this.texts[at] === 'as') this.deferred.withTargets.push(this.starts[at]);
    if (this.texts[i] === '(' && this.matching(i) === colon - 1 && this.hasTopLevelAs(i + 1, colon - 1)) {
      return this.countItems(i + 1, colon - 1);
    }
    return this.countItems(i, colon);
  }

  private hasTopLevelAs(i: number, end: number): boolean {
    return this.firstOutside(i, end, (at) => this.texts[at] === 'as' || this.isOperator(at, ',')) !== -1;
  }

  /** Items separated by commas outside brackets, a trailing comma not counted. */
  private countItems(i: number, end: number): number {
    let count = 1;
    for (let comma = this.topLevelComma(i, end); comma !== -1 && comma + 1 < end; comma = this.topLevelComma(comma + 1, end)) count++;
    return count;
  }

  /** The index of the bracket that closes the one at `i`, or -1. */
  private matching(i: number): number {
    return this.firstOutside(i + 1, this.tokens.count, (at) => this.isCloser(at));
  }

  /** The first comma outside brackets in [i, end), or -1. */
  private topLevelComma(i: number, end: number): number {
    return this.firstOutsideBrackets(',', i, end);
  }

  /** The first operator `wanted` outside brackets in [i, end), or -1. */
  private firstOutsideBrackets(wanted: string, i: number, end: number): number {
    const { kinds, texts } = this;
    let depth = 0;
    for (let at = i; at < end; at++) {
      if (kinds[at] !== OP) continue;
      const op = texts[at];
      if (depth === 0 && op === wanted) return at;
      if (op === '(' || op === '[' || op === '{') depth++;
      else if (op === ')' || op === ']' || op === '}') depth--;
    }
    return -1;
  }

  /**
   * The first token in [i, end) outside the brackets opened there that
   * `wanted` accepts, or -1. A closing bracket with no opening one in the
   * range is outside them too; the tokens after it are not.
   */
  private firstOutside(i: number, end: number, wanted: (at: number) => boolean): number {
    let depth = 0;
    for (let at = i; at < end; at++) {
      if (depth === 0 && wanted(at)) return at;
      if (this.kinds[at] !== OP) continue;
      const op = this.texts[at];
      if (op === '(' || op === '[' || op === '{') depth++;
      else if (op === ')' || op === ']' || op === '}') depth--;
    }
    return -1;
  }

  private isOperator(at: number, op: string): boolean {
    return this.kinds[at] === OP && this.texts[at] === op;
  }

  private isCloser(at: number): boolean {
    const op = this.texts[at];
    return this.kinds[at] === OP && (op === ')' || op === ']' || op === '}');
  }

  /** `for *a in b` needs a tuple around the star. */
  private forTarget(i: number, colon: number): void {
    const inAt = this.findKeyword(i, colon, 'in');
    if (inAt !== -1) this.targets([i, inAt]);
  }

  /** A module's first statements may be a docstring and `from __future__` imports; nothing else may come before those. */
  private noteStatement(i: number): void {
    if (this.frames.length > 1 || !this.futureAllowed) return;
    const isDocstring = this.line === 0 && this.kinds[i] === STRING;
    if (!isDocstring) this.futureAllowed = false;
  }

  /** Simple statements separated by `;`, from `i` to the NEWLINE at `end`, in `frame`. */
  private simpleStatements(i: number, end: number, frame: Frame): void {
    if (!this.tokens.hasSemicolon) {
      if (i < end) this.simpleStatement(i, end, frame);
      return;
    }
    let start = i;
    for (let semicolon = this.firstOutsideBrackets(';', i, end); semicolon !== -1; semicolon = this.firstOutsideBrackets(';', start, end)) {
      this.simpleStatement(start, semicolon, frame);
      start = semicolon + 1;
    }
    if (start < end) this.simpleStatement(start, end, frame);
  }

  /** One simple statement, tokens [i, end). */
  private simpleStatement(i: number, end: number, frame: Frame): void {
    const { texts } = this;
    const first = this.kinds[i] === NAME ? texts[i] : '';
    const isFuture = first === 'from' && texts[i + 1] === '__future__' && texts[i + 2] === 'import';
    if (isFuture) this.future(i + 3, end, frame);
    else this.noteStatement(i);
    switch (first) {
      case 'return':
        if (frame.unit !== 'function') this.fail(i, "'return' outside function");
        if (i + 1 < end && frame.fn !== null && frame.fn.returnValueAt === -1) frame.fn.returnValueAt = this.starts[i];
        this.starredValue(i + 1, end);
        break;
      case 'break':
        if (!frame.inLoop) this.fail(i, "'break' outside loop");
        break;
      case 'continue':
        if (!frame.inLoop) this.fail(i, "'continue' not properly in loop");
        break;
      case 'nonlocal':
        if (frame.unit === 'module') this.fail(i, 'nonlocal declaration not allowed at module level');
        this.deferred.declarations.push(this.starts[i]);
        break;
      case 'global':
        this.deferred.declarations.push(this.starts[i]);
        break;
      case 'del':
        this.deferred.deletes.push(this.starts[i]);
        break;
      case 'raise': {
        const from = this.findKeyword(i + 1, end, 'from');
        if (this.topLevelComma(i + 1, from === -1 ? end : from) !== -1) this.fail(i, 'invalid syntax');
        break;
      }
      case 'import':
      case 'from':
        this.importStatement(i, end, frame);
        break;
      case 'type':
        if (this.kinds[i + 1] === NAME) {
          this.scanExpression(i + 1, end, frame, false);
          return;
        }
        break;
    }
    if (first === 'import' || first === 'from' || first === 'global' || first === 'nonlocal') {
      this.debugNames(i, end);
      return;
    }
    this.assignment(i, end);
    this.scanExpression(first === 'return' || first === 'del' || first === 'assert' || first === 'raise' ? i + 1 : i, end, frame, false);
  }

  /** `import a, b` and `from m import (a, b)`: a trailing comma needs the parentheses, `*` only at module level. */
  private importStatement(i: number, end: number, frame: Frame): void {
    if (this.texts[end - 1] === ',') this.fail(end - 1, 'trailing comma not allowed without surrounding parentheses');
    if (this.texts[i] === 'from' && this.texts[end - 1] === '*' && frame.unit !== 'module') this.fail(i, 'import * only allowed at module level');
  }

  /** `from __future__ import ...`: known features, at the top of the module. */
  private future(i: number, end: number, frame: Frame): void {
    if (frame.unit !== 'module' || this.frames.length > 1 || !this.futureAllowed) {
      this.fail(i, 'from __future__ imports must occur at the beginning of the file');
    }
    for (let at = i; at < end; at++) {
      if (this.kinds[at] !== NAME || this.texts[at] === 'as' || this.texts[at - 1] === 'as') continue;
      const name = this.nameAt(at);
      if (name === 'braces') this.fail(at, 'not a chance');
      if (!FUTURE_FEATURES.has(name)) this.fail(at, `future feature ${name} is not defined`);
      if (name === 'barry_as_FLUFL') this.flufl = true;
    }
  }

  /** The first keyword `word` outside brackets in [i, end), or -1. */
  private findKeyword(i: number, end: number, word: string): number {
    const { kinds, texts } = this;
    let depth = 0;
    for (let at = i; at < end; at++) {
      const kind = kinds[at];
      if (kind === NAME) {
        if (depth === 0 && texts[at] === word) return at;
      } else if (kind === OP) {
        const op = texts[at];
        if (op === '(' || op === '[' || op === '{') depth++;
        else if (op === ')' || op === ']' || op === '}') depth--;
      }
    }
    return -1;
  }

  /** `__debug__` is a constant: no import, parameter or target may bind it. */
  private debugNames(i: number, end: number): void {
    for (let at = i; at < end; at++) if (this.kinds[at] === NAME && this.texts[at] === '__debug__') this.fail(at, 'cannot assign to __debug__');
  }

  /**
   * An assignment, augmented assignment or annotation: its targets and its
   * starred expressions. `[i, end)` is one simple statement.
   */
  private assignment(i: number, end: number): void {
    const { texts, kinds } = this;
    const segments: [number, number][] = [];
    let depth = 0;
    let start = i;
    for (let at = i; at < end; at++) {
      if (depth === 0 && texts[at] === 'lambda') {
        at = this.skipLambdaParameters(at, end);
        continue;
      }
      if (kinds[at] !== OP) continue;
      const op = texts[at];
      if (op === '(' || op === '[' || op === '{') depth++;
      else if (op === ')' || op === ']' || op === '}') depth--;
      else if (depth !== 0) continue;
      else if (op === ':=') this.fail(at, 'invalid syntax');
      else if (op === ':' && segments.length === 0) {
        this.annotated(i, at);
        this.starredValue(at + 1, end);
        return;
      } else if (AUGMENTED.has(op)) {
        this.augmented(i, at);
        this.starredValue(at + 1, end);
        return;
      } else if (op === '=') {
        segments.push([start, at]);
        start = at + 1;
      }
    }
    const first = kinds[i] === NAME ? texts[i] : '';
    if (segments.length === 0) {
      if (!STATEMENT_KEYWORDS.has(first)) this.starredValue(i, end);
      return;
    }
    for (const segment of segments) this.targets(segment);
    this.starredValue(start, end);
  }

  /** Assignment targets: one star at most, and a star only in a tuple or list. */
  private targets([i, end]: [number, number]): void {
    let depth = 0;
    let stars = 0;
    let starAt = -1;
    let commas = 0;
    for (let at = i; at < end; at++) {
      if (this.kinds[at] === NAME && this.texts[at] === '__debug__' && (at === end - 1 || this.texts[at + 1] === ',')) this.fail(at, 'cannot assign to __debug__');
      if (this.kinds[at] !== OP) continue;
      const op = this.texts[at];
      if (op === '(' || op === '[' || op === '{') depth++;
      else if (op === ')' || op === ']' || op === '}') depth--;
      else if (depth !== 0) continue;
      else if (op === ',') commas++;
      else if (op === '*' && this.isPrefix(at)) {
        stars++;
        if (starAt === -1) starAt = at;
      }
    }
    if (stars > 1) this.fail(starAt, 'multiple starred expressions in assignment');
    if (stars === 1 && commas === 0) this.fail(starAt, 'starred assignment target must be in a list or tuple');
  }

  /** A value a star may start only inside a tuple: `x = *a` and `return *a` are errors, `x = *a, b` is not. */
  private starredValue(i: number, end: number): void {
    if (!this.hasStar(i, end)) return;
    let depth = 0;
    let starAt = -1;
    for (let at = i; at < end; at++) {
      if (depth === 0 && this.texts[at] === 'lambda') {
        at = this.skipLambdaParameters(at, end);
        continue;
      }
      if (this.kinds[at] !== OP) continue;
      const op = this.texts[at];
      if (op === '(' || op === '[' || op === '{') depth++;
      else if (op === ')' || op === ']' || op === '}') depth--;
      else if (depth !== 0) continue;
      else if (op === ',') return;
      else if (op === '*' && starAt === -1 && this.isPrefix(at)) starAt = at;
    }
    if (starAt !== -1) this.fail(starAt, "can't use starred expression here");
  }

  /** Whether a `*` operator is among the tokens [i, end). */
  private hasStar(i: number, end: number): boolean {
    const { stars } = this.tokens;
    let low = 0;
    let high = stars.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (stars[middle] < i) low = middle + 1;
      else high = middle;
    }
    return low < stars.length && stars[low] < end;
  }

  /** `x: int` annotates a single target: not a tuple, not a list. */
  private annotated(i: number, colon: number): void {
    this.singleTarget(i, colon, (kind) => `only single target (not ${kind}) can be annotated`);
  }

  /** `x += 1` augments a single name, attribute or item. */
  private augmented(i: number, op: number): void {
    this.singleTarget(i, op, (kind) => `'${kind}' is an illegal expression for augmented assignment`);
  }

  /** The tokens from `i` to `end` are one target, not a tuple or a list; `problem` words the error. */
  private singleTarget(i: number, end: number, problem: (kind: 'tuple' | 'list') => string): void {
    if (this.topLevelComma(i, end) !== -1) this.fail(i, problem('tuple'));
    const open = this.texts[i];
    if ((open === '(' || open === '[') && this.matching(i) === end - 1) {
      if (open === '[') this.fail(i, problem('list'));
      if (this.topLevelComma(i + 1, end - 1) !== -1 || end - 1 === i + 1) this.fail(i, problem('tuple'));
    }
    this.debugTarget(i, end);
  }

  private debugTarget(i: number, end: number): void {
    if (end - i === 1 && this.texts[i] === '__debug__') this.fail(i, 'cannot assign to __debug__');
  }

  /** Whether the operator at `at` is a prefix (a star, a sign), not a binary operator. */
  private isPrefix(at: number): boolean {
    return !this.endsAtom(at - 1);
  }

  /** Whether token `at` can end an operand: a name, a literal, a closing bracket. */
  private endsAtom(at: number): boolean {
    return (this.flags[at] & ENDS_OPERAND) !== 0;
  }

  /** The parameters of a `def` header from its name: `[i, colon)`. */
  private parameters(i: number, colon: number): void {
    let open = i + 1;
    if (this.texts[open] === '[') open = this.matching(open) + 1;
    if (this.texts[open] !== '(') return;
    const close = this.matching(open);
    if (close === -1 || close > colon) return;
    this.parameterList(open + 1, close, 'Function parameters cannot be parenthesized');
  }

  /**
   * A parameter list, `[i, end)` without brackets: defaults, `/`, `*` and
   * `**` in their places, no name twice.
   */
  private parameterList(i: number, end: number, parenthesized: string): void {
    const names = new Set<string>();
    let sawDefault = false;
    let sawSlash = false;
    let starAt = -1;
    let bareStar = false;
    let namedAfterStar = false;
    let sawDoubleStar = false;
    let start = i;
    const param = (a: number, b: number) => {
      if (a === b) return;
      if (sawDoubleStar) this.fail(a, 'arguments cannot follow var-keyword argument');
      const first = this.texts[a];
      if (first === '(') this.fail(a, parenthesized);
      if (first === '/') {
        if (sawSlash) this.fail(a, '/ may appear only once');
        if (starAt !== -1) this.fail(a, '/ must be ahead of *');
        if (names.size === 0) this.fail(a, 'at least one argument must precede /');
        sawSlash = true;
        return;
      }
      let nameAt = a;
      if (first === '*' || first === '**') {
        nameAt = a + 1;
        if (first === '*') {
          if (starAt !== -1) this.fail(a, '* argument may appear only once');
          starAt = a;
          bareStar = nameAt >= b || this.texts[nameAt] === ',';
          if (bareStar) return;
        } else {
          if (bareStar && !namedAfterStar) this.fail(starAt, 'named arguments must follow bare *');
          sawDoubleStar = true;
        }
      } else if (starAt !== -1) {
        namedAfterStar = true;
      }
      if (this.kinds[nameAt] !== NAME) return;
      const name = this.nameAt(nameAt);
      if (name === '__debug__') this.fail(nameAt, 'cannot assign to __debug__');
      if (names.has(name)) this.fail(nameAt, `duplicate argument '${name}' in function definition`);
      names.add(name);
      const hasDefault = this.firstOutsideBrackets('=', nameAt + 1, b) !== -1;
      if (first === '*' || first === '**') return;
      if (hasDefault) sawDefault = true;
      else if (sawDefault && starAt === -1) this.fail(a, 'non-default argument follows default argument');
    };
    for (let comma = this.topLevelComma(i, end); comma !== -1; comma = this.topLevelComma(start, end)) {
      param(start, comma);
      start = comma + 1;
    }
    param(start, end);
    if (bareStar && !namedAfterStar) this.fail(starAt, 'named arguments must follow bare *');
  }

  /**
   * Scans the expressions of `[i, end)`: operands side by side (`print x`),
   * call arguments, lambdas, `yield` and `await` where they may not be,
   * comprehensions, string concatenation. `walrus` allows `:=` outside
   * brackets (the conditions of `if` and `while`).
   */
  private scanExpression(i: number, end: number, frame: Frame, walrus: boolean): void {
    const { kinds, texts } = this;
    const groups: Group[] = [];
    const lambdas = this.lambdaStack;
    const lambdaBase = lambdas.length;
    let previousString = -1;
    for (let at = i; at < end; at++) {
      const kind = kinds[at];
      if (at > i && this.flags[at - 1] & ENDS_OPERAND && this.flags[at] & STARTS_OPERAND && !(kind === STRING && kinds[at - 1] === STRING) && !(texts[at] === 'not' && texts[at + 1] === 'in')) {
        const before = texts[at - 1];
        if ((before === 'print' || before === 'exec') && at - 1 === i) this.fail(at - 1, `Missing parentheses in call to '${before}'. Did you mean ${before}(...)?`);
        this.fail(at, 'invalid syntax');
      }
      if (kind === STRING) {
        if (this.tokens.fields.size > 0) for (const field of this.tokens.fields.get(at) ?? []) new StatementChecker(field).scanField(frame, this.flufl);
        const bytes = this.tokens.stringKinds.size > 0 && this.tokens.stringKinds.get(at) === BYTES_STRING;
        if (previousString !== -1 && previousString !== (bytes ? 1 : 0)) this.fail(at, 'cannot mix bytes and nonbytes literals');
        previousString = bytes ? 1 : 0;
        continue;
      }
      previousString = -1;
      const group = groups[groups.length - 1];
      if (kind === NAME) {
        const word = texts[at];
        if (word === '' || !KEYWORDS.has(word)) {
          if (word === '__debug__' && this.bindsName(at, group)) this.fail(at, 'cannot assign to __debug__');
          if (group !== undefined && group.argStart === at && group.kind === 'call' && texts[at + 1] === '=') this.keywordArgument(group, at);
          continue;
        }
        switch (word) {
          case 'lambda': {
            const colon = this.lambdaColon(at + 1, end);
            if (colon === -1) break;
            this.parameterList(at + 1, colon, 'Lambda expression parameters cannot be parenthesized');
            lambdas.push(groups.length);
            at = colon;
            break;
          }
          case 'yield':
            if (lambdas.length === lambdaBase && frame.unit !== 'function') this.fail(at, "'yield' outside function");
            if (lambdas.length === lambdaBase && frame.fn !== null && frame.fn.yieldAt === -1) frame.fn.yieldAt = this.starts[at];
            this.markYield(groups, at);
            if (texts[at + 1] !== 'from') this.starredValue(at + 1, this.expressionEnd(at + 1, end));
            break;
          case 'await':
            if (frame.unit === 'module') this.fail(at, "'await' outside function");
            if (lambdas.length > lambdaBase || frame.unit === 'class') this.fail(at, "'await' outside async function");
            // In a plain function, only a generator expression around it makes it legal.
            if (!frame.isAsync) {
              if (group === undefined) this.fail(at, "'await' outside async function");
              if (group.awaitAt === -1) group.awaitAt = at;
            }
            break;
          case 'async':
            if (texts[at + 1] !== 'for') this.fail(at, 'invalid syntax');
            if (!frame.isAsync && group?.open !== '(') this.fail(at, 'asynchronous comprehension outside of an asynchronous function');
            break;
          case 'in':
          case 'if':
            if (group !== undefined && group.forAt !== -1) group.clause = word;
            break;
          case 'for':
            if (group !== undefined) group.clause = 'for';
            if (group !== undefined && group.forAt === -1) {
              group.forAt = at;
              if (group.yieldAt !== -1) this.fail(group.yieldAt, `'yield' inside ${comprehensionName(group)}`);
            }
            this.endLambdas(groups.length);
            break;
        }
        continue;
      }
      if (kind !== OP) continue;
      const op = texts[at];
      if (op === '.') continue;
      switch (op) {
        case '(':
        case '[':
        case '{': {
          const isCall = op === '(' && at > i && this.endsAtom(at - 1) && !(at - 1 === i && (texts[i] === 'match' || texts[i] === 'case'));
          const isParams = op === '(' && (texts[at - 2] === 'def' || (texts[at - 1] === ']' && this.isDefTypeParams(at - 1)));
          groups.push(newGroup(op, isParams ? 'params' : isCall || (op === '(' && texts[at - 2] === 'class') ? 'call' : 'other', at, lambdas.length));
          break;
        }
        case ')':
        case ']':
        case '}': {
          this.endLambdas(groups.length);
          const closed = groups.pop();
          if (closed === undefined) break;
          this.closeGroup(closed, at, groups[groups.length - 1]);
          break;
        }
        case ',':
          if (lambdas.length > lambdaBase && lambdas[lambdas.length - 1] === groups.length) this.endLambdas(groups.length);
          if (group !== undefined) {
            group.commas++;
            if (group.clause !== 'for') group.otherArguments++;
            if (group.kind === 'call') this.argumentEnd(group, at);
          }
          break;
        case ':':
          if (group !== undefined) group.hasColon = true;
          if (lambdas.length > lambdaBase && lambdas[lambdas.length - 1] === groups.length) this.endLambdas(groups.length);
          break;
        case ':=':
          if (groups.length === 0 && !walrus) this.fail(at, 'invalid syntax');
          break;
        case '=':
          if (lambdas.length > lambdaBase && lambdas[lambdas.length - 1] === groups.length) this.endLambdas(groups.length);
          break;
        case '<>':
          if (!this.flufl) this.fail(at, 'invalid syntax');
          break;
        case '!=':
          if (this.flufl) this.fail(at, 'with Barry as BDFL, use \'<>\' instead of \'!=\'');
          break;
        case '*':
        case '**':
          if (group?.kind === 'call' && group.argStart === at) this.starArgument(group, at, op);
          break;
      }
    }
    lambdas.length = lambdaBase;
  }

  /** Checks an f-string field's expression in the frame of the f-string. */
  private scanField(frame: Frame, flufl: boolean): void {
    this.flufl = flufl;
    this.scanExpression(0, this.tokens.count - 1, frame, false);
  }

  /** Whether `[` at `close`'s match follows `def name`: PEP 695 type parameters. */
  private isDefTypeParams(close: number): boolean {
    let depth = 0;
    for (let at = close; at > 0; at--) {
      const op = this.texts[at];
      if (op === ']') depth++;
      else if (op === '[') {
        depth--;
        if (depth === 0) return this.texts[at - 2] === 'def';
      }
    }
    return false;
  }

  /** The index of the colon that ends the parameters of the lambda at `at`, or of its last token if it has none. */
  private skipLambdaParameters(at: number, end: number): number {
    const colon = this.lambdaColon(at + 1, end);
    return colon === -1 ? end - 1 : colon;
  }

  /** The colon that ends a lambda's parameters, or -1. */
  private lambdaColon(i: number, end: number): number {
    return this.firstOutsideBrackets(':', i, end);
  }

  /** Ends the lambdas whose bodies started at this group depth. */
  private endLambdas(depth: number): void {
    const lambdas = this.lambdaStack;
    while (lambdas.length > 0 && lambdas[lambdas.length - 1] >= depth) lambdas.pop();
  }

  /** Where the expression that starts at `i` ends: the next comma or closing bracket outside brackets. */
  private expressionEnd(i: number, end: number): number {
    const close = this.firstOutside(i, end, (at) => this.isCloser(at));
    return close === -1 ? end : close;
  }

  /** Notes a yield in every group up to the innermost lambda, which owns it. */
  private markYield(groups: Group[], at: number): void {
    const owner = this.lambdaStack.length === 0 ? 0 : this.lambdaStack[this.lambdaStack.length - 1];
    for (let g = groups.length - 1; g >= owner; g--) if (groups[g].yieldAt === -1) groups[g].yieldAt = at;
  }

  /**
   * A group closes. In a comprehension only the first iterable is evaluated
   * outside it; an `await` in a plain function is legal only inside a
   * generator expression, so one outside it goes on to the enclosing group.
   */
  private closeGroup(group: Group, close: number, outer: Group | undefined): void {
    let awaitAt = group.awaitAt;
    if (group.forAt !== -1) {
      const firstIn = this.findKeyword(group.forAt + 1, close, 'in');
      const iterableStart = firstIn === -1 ? close : firstIn + 1;
      const iterableEnd = firstIn === -1 ? close : this.nextClause(iterableStart, close);
      const inIterable = (at: number) => at >= iterableStart && at < iterableEnd;
      if (group.yieldAt !== -1 && !inIterable(group.yieldAt)) this.fail(group.yieldAt, `'yield' inside ${comprehensionName(group)}`);
      if (awaitAt !== -1 && !inIterable(awaitAt)) {
        if (group.open !== '(') this.fail(awaitAt, 'asynchronous comprehension outside of an asynchronous function');
        awaitAt = -1;
      }
      if (group.kind === 'call' && group.otherArguments > 0) this.fail(group.forAt, 'Generator expression must be parenthesized');
    }
    if (awaitAt !== -1) {
      if (outer === undefined) this.fail(awaitAt, "'await' outside async function");
      if (outer.awaitAt === -1) outer.awaitAt = awaitAt;
    }
    if (group.kind === 'call') this.argumentEnd(group, close);
  }

  /** The next `for` or `if` of a comprehension after `i`, or `close`. */
  private nextClause(i: number, close: number): number {
    const clause = this.firstOutside(i, close, (at) => this.kinds[at] === NAME && (this.texts[at] === 'for' || this.texts[at] === 'if' || this.texts[at] === 'async'));
    return clause === -1 ? close : clause;
  }

  private keywordArgument(group: Group, at: number): void {
    const name = this.nameAt(at);
    if (name === '__debug__') this.fail(at, 'cannot assign to __debug__');
    group.keywords ??= new Set();
    if (group.keywords.has(name)) this.fail(at, `keyword argument repeated: ${name}`);
    group.keywords.add(name);
    group.sawKeyword = true;
  }

  private starArgument(group: Group, at: number, op: string): void {
    if (op === '**') group.sawDoubleStar = true;
    else if (group.sawDoubleStar) this.fail(at, 'iterable argument unpacking follows keyword argument unpacking');
  }

  /** An argument ends at `at` (a comma or the closing bracket): a positional one may not follow keywords. */
  private argumentEnd(group: Group, at: number): void {
    const start = group.argStart;
    group.argStart = at + 1;
    if (start >= at) return;
    const first = this.texts[start];
    const isKeyword = this.kinds[start] === NAME && this.texts[start + 1] === '=';
    if (isKeyword || first === '*' || first === '**') return;
    if (group.sawDoubleStar) this.fail(start, 'positional argument follows keyword argument unpacking');
    if (group.sawKeyword) this.fail(start, 'positional argument follows keyword argument');
  }

  /** Whether the name at `at` is bound here: a target of `=`, `:=`, an augmented assignment, a keyword argument. */
  private bindsName(at: number, group: Group | undefined): boolean {
    const next = this.texts[at + 1];
    const before = this.texts[at - 1];
    if (next === '=' || next === ':=' || AUGMENTED.has(next)) return true;
    if (before === 'as' || before === 'for' || before === 'def' || before === 'class') return true;
    return group?.kind === 'params';
  }

  /** Defer to run(): a function body's last frame. */
  private finishFunction(frame: Frame): void {
    const fn = frame.fn;
    if (fn === null || !fn.isAsync || fn.yieldAt === -1 || fn.returnValueAt === -1) return;
    throw new CompileProblem(fn.returnValueAt, "'return' with value in async generator");
  }
}

/** Statements whose keyword is not an expression, so a star after them is theirs to judge. */
const STATEMENT_KEYWORDS = new Set(['del', 'import', 'from', 'global', 'nonlocal', 'assert', 'raise', 'pass', 'break', 'continue', 'return']);

const COMPOUND = new Set(['if', 'elif', 'else', 'while', 'for', 'try', 'except', 'finally', 'with', 'def', 'class']);

function newGroup(open: string, kind: Group['kind'], at: number, lambdas: number): Group {
  return { open, kind, at, lambdas, commas: 0, otherArguments: 0, clause: '', forAt: -1, yieldAt: -1, awaitAt: -1, hasColon: false, argStart: at + 1, sawKeyword: false, sawDoubleStar: false, keywords: null };
}

function comprehensionName(group: Group): string {
  if (group.open === '(') return 'generator expression';
  if (group.open === '[') return 'list comprehension';
  return group.hasColon ? 'dict comprehension' : 'set comprehension';
}
