/**
 * Writing a polling loop as a call to a polling helper. The loop's body
 * stays where it is, byte for byte, as the body of a nested function (one
 * try); only the header, the sleep, the budget bookkeeping and the exits
 * change. A give-up block that ends the loop stays too, re-indented under
 * the call; one in the middle of the loop moves after it. Comments that sat
 * on removed lines move above the call.
 */
import type Parser from 'tree-sitter';
import { closingBracket, type Edit, type FileContext, lineEnd, nextLineStart, sameNode } from '../../src/index.js';
import type { HelperPlan } from './wait-helper.js';
import { negate, statementsOf } from './conditions.js';
import type { PollingLoop } from './waits.js';

type Node = Parser.SyntaxNode;

/** The names and layout a rewrite uses. */
export interface RewriteNames {
  /** The nested function holding one try. */
  readonly poll: string;
  /** The variable that carries a returned value when the helper returns a bool. */
  readonly result: string;
  /** The flag that tells a return from a break, for a loop left by both. */
  readonly returned: string;
  /** The longest line the rewrite may write, when it can choose. */
  readonly maxLine: number;
}

/** A loop the writer cannot express, and why. */
export interface WriteProblem {
  readonly reason: string;
}

class Problem extends Error {}

function fail(reason: string): never {
  throw new Problem(reason);
}

/** The edits that turn the loop into a call to the helper (without the helper's own edits). */
export function rewriteLoop(loop: PollingLoop, context: FileContext, helper: HelperPlan, names: RewriteNames): Edit[] | WriteProblem {
  try {
    return new LoopWriter(loop, context, helper, names).write();
  } catch (error) {
    if (error instanceof Problem) return { reason: error.message };
    throw error;
  }
}

/**
 * Formats `head callee(args) tail` in as few lines as fit: on one line,
 * then with the arguments aligned under the opening parenthesis, then with a
 * hanging indent. Lines come back without the statement's indentation.
 */
export function formatCall(head: string, callee: string, args: readonly string[], tail: string, indent: string, unit: string, maxLine: number): string[] {
  const one = `${head}${callee}(${args.join(', ')})${tail}`;
  const fits = (lines: string[]) => lines.every((line) => indent.length + line.length <= maxLine);
  if (!one.includes('\n') && fits([one])) return [one];
  const open = `${head}${callee}(`;
  if (!unit.includes('\t') && !args.some((arg) => arg.includes('\n'))) {
    const aligned = pack(args, open, ' '.repeat(open.length), `)${tail}`, indent.length, maxLine);
    if (fits(aligned)) return aligned;
  }
  const hanging = unit.repeat(tail.endsWith(':') ? 2 : 1);
  return [open, ...pack(args, hanging, hanging, `)${tail}`, indent.length, maxLine)];
}

/** Packs arguments greedily: the first after `first`, the others on lines starting with `next`. */
function pack(args: readonly string[], first: string, next: string, closing: string, base: number, maxLine: number): string[] {
  const lines = [`${first}${args[0]}`];
  for (const [index, arg] of args.slice(1).entries()) {
    const end = index === args.length - 2 ? closing : ',';
    const joined = `${lines[lines.length - 1]}, ${arg}`;
    if (base + joined.length + end.length <= maxLine && !arg.includes('\n')) lines[lines.length - 1] = joined;
    else {
      lines[lines.length - 1] += ',';
      lines.push(`${next}${arg}`);
    }
  }
  lines[lines.length - 1] += closing;
  return lines;
}

class LoopWriter {
  private readonly source: string;
  private readonly eol: string;
  private readonly indent: string;
  private readonly unit: string;
  private readonly bodyIndent: string;
  /** Where the call goes: at the loop's indentation, or one level in under the guard. */
  private readonly callIndent: string;
  /** Comments from removed lines, for above the call. */
  private readonly moved: string[] = [];
  private readonly edits: Edit[] = [];
  private readonly deleted: [number, number][] = [];

  constructor(
    private readonly loop: PollingLoop,
    private readonly context: FileContext,
    private readonly helper: HelperPlan,
    private readonly names: RewriteNames,
  ) {
    this.source = context.source;
    this.eol = context.eol;
    const start = loop.loop.startIndex;
    this.indent = context.indentOf(start);
    if (this.source.slice(context.lineStart(start), start) !== this.indent) fail('the loop does not start its line');
    const body = loop.loop.childForFieldName('body')!;
    this.bodyIndent = context.indentOf(body.startIndex);
    if (!this.bodyIndent.startsWith(this.indent) || this.bodyIndent === this.indent) fail('the loop body is not indented under the loop');
    this.unit = this.bodyIndent.slice(this.indent.length);
    this.callIndent = loop.guard === null ? this.indent : this.indent + this.unit;
  }

  write(): Edit[] {
    const { loop } = this;
    const colon = loop.loop.children.find((child) => child.type === ':')!;
    if (this.comments(loop.loop.startIndex, colon.endIndex).length > 0) fail('a comment sits in the loop header');
    for (const node of [...loop.setup, ...loop.rotated]) this.deleteLines(node, true);

    const lambda = this.lambda();
    const tailEnd = Math.max(lineEnd(this.source, loop.loop.endIndex), lineEnd(this.source, this.failureEnd()));
    if (lambda !== null || loop.kept.length === 0) this.replaceWhole(lambda, tailEnd);
    else this.rewriteInPlace(colon, tailEnd);
    return this.edits;
  }

  /** `lambda: <condition>` when the try is one `if <condition>: break/return` or a loop condition, and it fits. */
  private lambda(): string | null {
    const { loop } = this;
    let condition: string | null = null;
    if (loop.done !== null) condition = loop.kept.length === 0 ? loop.done : null;
    else if (loop.kept.length === 1 && loop.nonlocals.length === 0 && (loop.exitKind === 'break' || loop.exitKind === 'return' || this.returnsTrue())) {
      const only = loop.kept[0];
      const inner = only.type === 'if_statement' && only.childrenForFieldName('alternative').length === 0 ? statementsOf(only.childForFieldName('consequence')) : [];
      if (inner.length === 1 && loop.exits.some((exit) => sameNode(exit.node, inner[0])) && only.descendantsOfType('comment').length === 0) {
        condition = only.childForFieldName('condition')!.text;
      }
    }
    if (condition === null || condition.includes('\n')) return null;
    const lambda = `lambda: ${condition}`;
    const [first] = this.callLines(lambda);
    return first.includes(lambda) && /\):?$/.test(first) ? lambda : null;
  }

  /** The loop becomes the call, with the function written out when the try is the loop condition. */
  private replaceWhole(lambda: string | null, tailEnd: number): void {
    const { loop, indent } = this;
    const start = this.context.lineStart(loop.loop.startIndex);
    const travelling = this.sleepComments();
    const comments = this.comments(loop.loop.startIndex, tailEnd).filter(
      (comment) => !(loop.sleepFirst && this.onLineOf(comment, loop.sleep)) && !travelling.some((other) => sameNode(other, comment)),
    );
    const lines: string[] = this.prefix().map((line) => indent + line);
    if (lambda === null) {
      if (lines.length > 0 || this.separateFromAbove()) lines.push('');
      lines.push(`${indent}def ${this.names.poll}():`, ...this.returnDone(indent + this.unit), '');
    }
    lines.push(...this.moved.map((comment) => indent + comment), ...comments.map((comment) => indent + comment.text), ...this.callLines(lambda ?? this.names.poll));
    this.edits.push({ start, end: tailEnd, text: lines.join(this.eol) });
  }

  /** The body stays in place as the nested function's body. */
  private rewriteInPlace(colon: Node, tailEnd: number): void {
    const { loop, indent, eol } = this;
    const headerLines = this.prefix();
    if (headerLines.length > 0 || this.separateFromAbove()) headerLines.push('');
    headerLines.push(`def ${this.names.poll}():`);
    const lineStart = this.context.lineStart(loop.loop.startIndex);
    this.edits.push({ start: lineStart, end: colon.endIndex, text: headerLines.map((line) => (line === '' ? '' : indent + line)).join(eol) });
    const carried = !this.helper.returnsValue && loop.exitKind === 'value' && !this.returnsTrue();
    const flagged = loop.exitKind === 'mixed';
    const opening: string[] = [];
    if (loop.nonlocals.length > 0 || carried || flagged) {
      const names = [...loop.nonlocals, ...(carried ? [this.names.result] : []), ...(flagged ? [this.names.returned] : [])];
      opening.push(`${this.bodyIndent}nonlocal ${names.join(', ')}`);
    }
    if (loop.doneAt === 'start') opening.push(`${this.bodyIndent}if ${loop.done}:`, `${this.bodyIndent}${this.unit}return True`);
    if (opening.length > 0) {
      const at = nextLineStart(this.source, colon.endIndex);
      this.edits.push({ start: at, end: at, text: `${opening.join(eol)}${eol}` });
    }
    if (!this.returnsTrue()) for (const exit of loop.exits) this.edits.push(this.exitEdit(exit));

    const lastKept = loop.kept[loop.kept.length - 1];
    const tailStart = lineEnd(this.source, lastKept.endIndex);
    this.deleteInside(loop.removed.filter((node) => node.startIndex < tailStart), tailStart);
    const lines = [
      ...(loop.doneAt === 'end' ? this.returnDone(this.bodyIndent) : []),
      '',
      ...this.moved.map((comment) => indent + comment),
      ...this.comments(tailStart, tailEnd).map((comment) => indent + comment.text),
      ...this.guardLines(),
    ];
    const range = this.failureText();
    if (loop.failure === null || range === null || loop.failure.holder.startIndex < tailStart) {
      this.edits.push({ start: tailStart, end: tailEnd, text: `${eol}${[...lines, ...this.callLines(this.names.poll)].join(eol)}` });
      return;
    }
    // The give-up block ends the loop: it stays where it is, re-indented, under the call.
    const [start, end] = range;
    this.edits.push({ start: tailStart, end: start, text: `${eol}${[...lines, ...this.callHead(this.names.poll, true)].join(eol)}${eol}` });
    this.edits.push(...this.reindent(start, end, this.failureIndent()));
    if (end < tailEnd) this.edits.push({ start: end, end: tailEnd, text: '' });
  }

  /**
   * `return <done>` at `indent`, within the line limit when it can be:
   * broken after the bracket that closes at its end, or else wrapped in
   * parentheses.
   */
  private returnDone(indent: string): string[] {
    const line = `return ${this.loop.done}`;
    if (indent.length + line.length <= this.names.maxLine || line.includes('\n')) return [indent + line];
    const hang = indent + this.unit;
    for (let i = 0; i < line.length; i++) {
      if (!'([{'.includes(line[i])) continue;
      if (closingBracket(line, i) === line.length && indent.length + i + 1 <= this.names.maxLine) return [indent + line.slice(0, i + 1), hang + line.slice(i + 1)];
      break;
    }
    return [`${indent}return (`, `${hang}${this.loop.done})`];
  }

  /** Lines before the function: first values for shared names, and the first sleep. */
  private prefix(): string[] {
    const { loop } = this;
    const lines = loop.prebound.map((name) => `${name} = None`);
    if (!this.helper.returnsValue && loop.exitKind === 'value' && !this.returnsTrue()) lines.push(`${this.names.result} = None`);
    if (loop.exitKind === 'mixed') lines.push(`${this.names.returned} = False`);
    if (loop.sleepFirst && loop.guard === null) {
      lines.push(...this.sleepComments().map((comment) => comment.text), this.source.slice(loop.sleep.startIndex, lineEnd(this.source, loop.sleep.endIndex)));
    }
    return lines;
  }

  /** `if <loop condition>:` and the first sleep under it, when the try must sleep first and the loop may not run at all. */
  private guardLines(): string[] {
    const { loop, indent, unit } = this;
    if (loop.guard === null) return [];
    const sleep = this.source.slice(loop.sleep.startIndex, lineEnd(this.source, loop.sleep.endIndex));
    return [`${indent}if ${loop.guard}:`, ...this.sleepComments().map((comment) => indent + unit + comment.text), `${indent}${unit}${sleep}`];
  }

  /**
   * Keeps a nested def at the loop's place apart from the code above it, as
   * pycodestyle wants (E306), unless that code opens the block. Returns
   * whether the blank line goes right before the def; when comment lines
   * lead into the loop, it goes above them instead, as an edit of its own,
   * and this returns false.
   */
  private separateFromAbove(): boolean {
    let comments: number | null = null;
    let at = this.context.lineStart(this.loop.loop.startIndex);
    while (at > 0) {
      const start = this.context.lineStart(at - 1);
      at = start;
      if (this.deleted.some(([from, to]) => from <= start && start < to)) continue;
      const text = this.source.slice(start, lineEnd(this.source, start)).trim();
      if (text.startsWith('#')) {
        comments = start;
        continue;
      }
      const wanted = text !== '' && !text.endsWith(':');
      if (wanted && comments !== null) {
        this.edits.push({ start: comments, end: comments, text: this.eol });
        return false;
      }
      return wanted;
    }
    return false;
  }

  /**
   * The call and what follows it, indented: the return of a found value,
   * and the give-up path.
   */
  private callLines(predicate: string): string[] {
    const failure = this.failureLines(this.failureIndent());
    return [...this.callHead(predicate, failure.length > 0), ...failure];
  }

  /** The call, and the return of a found value; the give-up block follows. */
  private callHead(predicate: string, giveUp: boolean): string[] {
    const { loop, unit, helper, names } = this;
    const indent = this.callIndent;
    const args = helper.keywords ? [predicate, `timeout=${loop.timeout}`, `interval=${loop.interval.text}`] : [predicate, loop.timeout, loop.interval.text];
    const call = (head: string, tail: string) => formatCall(head, helper.callee, args, tail, indent, unit, names.maxLine).map((line) => indent + line);
    const own = (...lines: string[]) => lines.map((line) => indent + line);
    if (this.returnsTrue()) return [...call('if ', ':'), ...own(`${unit}return True`)];
    switch (loop.exitKind) {
      case 'value':
        return helper.returnsValue
          ? [...call(`${names.result} = `, ''), ...own(`if ${names.result}:`, `${unit}return ${names.result}[0]`)]
          : [...call('if ', ':'), ...own(`${unit}return ${names.result}`)];
      case 'return':
        return [...call('if ', ':'), ...own(`${unit}return`)];
      case 'mixed':
        return [...call('', ''), ...own(`if ${names.returned}:`, `${unit}return`)];
      case 'none':
        return call('', '');
      default:
        return giveUp ? call('if not ', ':') : call('', '');
    }
  }

  /** Where the give-up block goes: under `if not <call>:` when the try breaks out, else after the call. */
  private failureIndent(): string {
    const kind = this.loop.exitKind;
    return this.returnsTrue() || kind === 'value' || kind === 'return' || kind === 'none' || kind === 'mixed' ? this.callIndent : this.callIndent + this.unit;
  }

  /** Where the give-up block's text lies: from the line after its header to the end of its last kept line. */
  private failureText(): [number, number] | null {
    const failure = this.loop.failure;
    if (failure === null) return null;
    const statements = statementsOf(failure.block);
    const colon = failure.holder.children.find((child) => child.type === ':')!;
    const start = nextLineStart(this.source, colon.endIndex);
    if (start > statements[0].startIndex) fail('the give-up block starts on its header line');
    const last = failure.endsWithBreak ? statements.at(-2) : statements.at(-1);
    return last === undefined ? null : [start, lineEnd(this.source, last.endIndex)];
  }

  /** Whether every exit is `return True`: the value needs no carrying. */
  private returnsTrue(): boolean {
    return this.loop.exitKind === 'value' && this.loop.exits.every((exit) => statementsOf(exit.node)[0]?.type === 'true');
  }

  /** The give-up block, re-indented to `indent`; a final break is dropped. */
  private failureLines(indent: string): string[] {
    const range = this.failureText();
    if (range === null) return [];
    const [start, end] = range;
    return this.lineIndents(start, end).map(({ line, keep, from }) => (keep ? line : line.trim() === '' ? '' : indent + line.slice(from)));
  }

  /** Edits that re-indent the give-up block where it stands. */
  private reindent(start: number, end: number, indent: string): Edit[] {
    return this.lineIndents(start, end)
      .filter(({ line, keep }) => !keep && line.trim() !== '')
      .map(({ offset, from }) => ({ start: offset, end: offset + from, text: indent }))
      .filter((edit) => this.source.slice(edit.start, edit.end) !== edit.text);
  }

  /**
   * The lines of the give-up block between `start` and `end`: each with its
   * offset, how much indentation to replace, and whether it must stay as it
   * is (a line inside a multi-line string).
   */
  private lineIndents(start: number, end: number): { line: string; offset: number; from: number; keep: boolean }[] {
    const block = this.loop.failure!.block;
    const from = this.context.indentOf(statementsOf(block)[0].startIndex);
    const strings = block.descendantsOfType('string').filter((string) => this.source.slice(string.startIndex, string.endIndex).includes('\n'));
    const lines: { line: string; offset: number; from: number; keep: boolean }[] = [];
    let offset = start;
    for (const line of this.source.slice(start, end).split(/\r?\n/)) {
      const keep = strings.some((string) => string.startIndex < offset && offset < string.endIndex);
      const width = line.startsWith(from) ? from.length : line.trim().startsWith('#') || line.trim() === '' ? line.length - line.trimStart().length : -1;
      if (!keep && width === -1) fail('the give-up block cannot be re-indented');
      lines.push({ line, offset, from: width, keep });
      offset = nextLineStart(this.source, offset);
    }
    return lines;
  }

  private failureEnd(): number {
    return this.loop.failure?.holder.endIndex ?? this.loop.loop.endIndex;
  }

  /** `break` and bare `return` become `return True` (a return first raises the flag when the loop also breaks); `return x` hands x over. */
  private exitEdit(exit: PollingLoop['exits'][number]): Edit {
    const { node } = exit;
    if (exit.kind === 'return' && this.loop.exitKind === 'mixed') return { start: node.startIndex, end: node.endIndex, text: `${this.names.returned} = True${this.statementBreak(node)}return True` };
    if (exit.kind !== 'value') return { start: node.startIndex, end: node.endIndex, text: 'return True' };
    const value = statementsOf(node)[0];
    const text = this.source.slice(value.startIndex, value.endIndex);
    if (this.helper.returnsValue) {
      return { start: value.startIndex, end: value.endIndex, text: value.type === 'expression_list' ? `((${text}),)` : `(${text},)` };
    }
    return { start: node.startIndex, end: node.endIndex, text: `${this.names.result} = ${text}${this.statementBreak(node)}return True` };
  }

  /** What separates a statement put in front of `node` from it: a new line at its indentation, or `; ` when it shares its line. */
  private statementBreak(node: Node): string {
    const ownLine = this.source.slice(this.context.lineStart(node.startIndex), node.startIndex).trim() === '';
    return ownLine ? `${this.eol}${this.context.indentOf(node.startIndex)}` : '; ';
  }

  /**
   * Deletes removed statements inside the body. An else left with nothing
   * goes; `if c: <nothing> else: b` becomes `if not c: b`; another block
   * left with nothing gets `pass` in place of its first removed statement.
   */
  private deleteInside(nodes: readonly Node[], limit: number): void {
    const byBlock = new Map<number, Node[]>();
    for (const node of nodes) {
      const key = node.parent!.startIndex;
      byBlock.set(key, [...(byBlock.get(key) ?? []), node]);
    }
    for (const group of byBlock.values()) {
      const block = group[0].parent!;
      const emptied = statementsOf(block).every((statement) => group.some((node) => sameNode(node, statement)));
      if (emptied && block.parent?.type === 'else_clause') {
        this.deleteLines(block.parent, true, limit);
        continue;
      }
      if (emptied && this.invertIf(block, limit)) continue;
      for (const [index, node] of group.entries()) {
        if (node.endIndex > limit) fail('a removed statement runs into the rest of the loop');
        if (emptied && index === 0) {
          if (this.source.slice(node.startIndex, node.endIndex).includes('\n')) fail('a removed statement spans lines where pass must go');
          this.edits.push({ start: node.startIndex, end: node.endIndex, text: 'pass' });
        } else if (this.loop.sleepFirst && sameNode(node, this.loop.sleep)) {
          const comments = this.sleepComments();
          this.deleteLines(node, false, limit, comments.length > 0 ? this.context.lineStart(comments[0].startIndex) : undefined);
        } else this.deleteLines(node, true, limit);
      }
    }
  }

  /**
   * `if c: <emptied> else: b` → `if not c: b`: the condition is negated, the
   * emptied branch and the `else:` line go, b stays where it is.
   */
  private invertIf(block: Node, limit: number): boolean {
    const statement = block.parent;
    const alternatives = statement?.type === 'if_statement' ? statement.childrenForFieldName('alternative') : [];
    if (statement === null || !sameNode(statement.childForFieldName('consequence'), block) || alternatives.length !== 1 || alternatives[0].type !== 'else_clause') return false;
    const condition = statement.childForFieldName('condition')!;
    const colon = statement.children.find((child) => child.type === ':')!;
    const elseColon = alternatives[0].children.find((child) => child.type === ':')!;
    const start = nextLineStart(this.source, colon.endIndex);
    const end = nextLineStart(this.source, elseColon.endIndex);
    const body = alternatives[0].childForFieldName('body')!;
    if (this.comments(condition.startIndex, condition.endIndex).length > 0 || start > block.startIndex || end > body.startIndex || end > limit) return false;
    this.edits.push({ start: condition.startIndex, end: condition.endIndex, text: negate([condition], this.source) });
    this.moved.push(...this.comments(start, end).map((comment) => comment.text));
    this.deleted.push([start, end]);
    this.edits.push({ start, end, text: '' });
    return true;
  }

  /**
   * Deletes the lines of a statement that stands alone on them; their
   * comments move above the call. Up to `limit`, where another edit starts:
   * a last line goes with the line break before it instead of after it.
   */
  private deleteLines(node: Node, moveComments: boolean, limit = Infinity, from?: number): void {
    const lineStart = from ?? this.context.lineStart(node.startIndex);
    const end = lineEnd(this.source, node.endIndex);
    if (this.source.slice(this.context.lineStart(node.startIndex), node.startIndex).trim() !== '') fail('a removed statement shares its line with other code');
    const rest = this.source.slice(node.endIndex, end).trim();
    if (rest !== '' && !rest.startsWith('#')) fail('a removed statement shares its line with other code');
    let [start, to] = [lineStart, nextLineStart(this.source, node.endIndex)];
    if (to > limit) [start, to] = [lineEnd(this.source, Math.max(0, lineStart - 1)), end];
    else if (this.blankOrOpener(lineStart)) to = this.pastBlankLines(to, limit);
    if (moveComments) this.moved.push(...this.comments(start, to).map((comment) => comment.text));
    this.deleted.push([lineStart, to]);
    this.edits.push({ start, end: to, text: '' });
  }

  /** Whether the line before `lineStart` is blank or opens a block: a blank line after the deleted one would then dangle. */
  private blankOrOpener(lineStart: number): boolean {
    if (lineStart === 0) return true;
    const previous = this.source.slice(this.context.lineStart(lineStart - 1), lineStart).trim();
    return previous === '' || previous.endsWith(':');
  }

  /** Past the blank lines that start at `index`, but not up to the next code: one line stays when it is the last. */
  private pastBlankLines(index: number, limit: number): number {
    let at = index;
    while (at < limit && at < this.source.length) {
      const next = nextLineStart(this.source, at);
      if (this.source.slice(at, next).trim() !== '' || next >= limit) break;
      at = next;
    }
    return at;
  }

  /** The comments in a stretch of the function, less those the give-up block carries along. */
  private comments(start: number, end: number): Node[] {
    const failure = this.failureText();
    this.allComments ??= this.loop.fn.descendantsOfType('comment').map((node) => ({ node, start: node.startIndex, end: node.endIndex }));
    return this.allComments
      .filter((c) => start <= c.start && c.end <= end && !(failure !== null && failure[0] <= c.start && c.end <= failure[1]))
      .map((c) => c.node);
  }

  private allComments: { node: Node; start: number; end: number }[] | undefined;

  /** The comment lines right above a first sleep, inside the loop: they move out with it. */
  private sleepComments(): Node[] {
    if (!this.loop.sleepFirst) return [];
    const body = this.loop.loop.childForFieldName('body')!;
    const headerEnd = this.context.lineStart(body.startIndex) > this.loop.loop.startIndex ? lineEnd(this.source, this.loop.loop.startIndex) : body.startIndex;
    const all = this.loop.fn.descendantsOfType('comment');
    const found: Node[] = [];
    for (let at = this.context.lineStart(this.loop.sleep.startIndex); at > 0; ) {
      const previous = this.context.lineStart(at - 1);
      const comment = all.find((c) => c.startIndex >= previous && c.startIndex < at);
      if (previous <= headerEnd || comment === undefined || this.source.slice(previous, comment.startIndex).trim() !== '') break;
      found.unshift(comment);
      at = previous;
    }
    return found;
  }

  private onLineOf(comment: Node, statement: Node): boolean {
    return this.context.lineStart(comment.startIndex) === this.context.lineStart(statement.endIndex);
  }
}
