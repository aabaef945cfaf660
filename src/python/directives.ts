/**
 * Comments that tell tools to leave code alone: `# testmend: ignore`,
 * `# testmend: ignore[CODE, ...]`, `# testmend: skip-file`, and flake8's and
 * Ruff's `# noqa` and `# noqa: CODE, ...`.
 *
 * Only real comments count: each candidate is confirmed in the tree, so text
 * in a string never directs anything. A comment reaches the lines of the
 * statement whose line it sits on (every line of a statement that spans
 * several, the header only of an `if`, `for`, `with`...), and on the header
 * of a `def` or `class` (decorators included) the whole definition.
 */
import type Parser from 'tree-sitter';
import type { LineTable } from './lines.js';

/** What a directive asks. */
export type DirectiveKind = 'ignore' | 'noqa' | 'skip-file';

/** One directive of one comment. */
export interface Directive {
  readonly kind: DirectiveKind;
  /**
   * What it names inside its brackets (`ignore`) or after its colon (`noqa`),
   * as written; empty when it names nothing and so covers everything.
   */
  readonly names: readonly string[];
  /** The directive as written, for messages: `# testmend: ignore[TM110]`. */
  readonly text: string;
  /** Where the directive starts in the source, and its 1-based line. */
  readonly index: number;
  readonly line: number;
  /** The 1-based lines it reaches. */
  readonly firstLine: number;
  readonly lastLine: number;
}

/** A comment that looks like a directive for testmend but is none (`# testmend: ignroe`). */
export interface MisspelledDirective {
  readonly word: string;
  readonly text: string;
  readonly index: number;
}

export interface Directives {
  readonly directives: readonly Directive[];
  readonly misspelled: readonly MisspelledDirective[];
}

/** The words every directive holds. */
const WORDS = /testmend|noqa/i;
/** Where a directive may be; the tree tells whether it is in a comment. */
const CANDIDATE = new RegExp(WORDS.source, 'gi');

/** Whether `source` may hold a directive: a text without the words of one has none, and need not be parsed to tell. */
export function mayHoldDirectives(source: string): boolean {
  return WORDS.test(source);
}

const TESTMEND = /#[ \t]*testmend[ \t]*:[ \t]*([\w-]*)(?:[ \t]*\[([^\]]*)\])?/gi;

/** flake8's grammar: `# noqa`, `# NOQA: E501,W291`, `# noqa:E501 W291`. */
const NOQA = /#[ \t]*noqa(?![\w-])(?::[ \t]*([A-Z]+[0-9]+(?:[ \t]*,?[ \t]*[A-Z]+[0-9]+)*))?/gi;

/** Statements, and the clauses of compound statements, that a line may belong to. */
const STATEMENTS = new Set([
  'expression_statement',
  'return_statement',
  'pass_statement',
  'assert_statement',
  'delete_statement',
  'raise_statement',
  'break_statement',
  'continue_statement',
  'global_statement',
  'nonlocal_statement',
  'import_statement',
  'import_from_statement',
  'future_import_statement',
  'exec_statement',
  'print_statement',
  'type_alias_statement',
  'if_statement',
  'for_statement',
  'while_statement',
  'try_statement',
  'with_statement',
  'match_statement',
  'elif_clause',
  'else_clause',
  'except_clause',
  'except_group_clause',
  'finally_clause',
  'case_clause',
  'function_definition',
  'class_definition',
  'decorated_definition',
]);

const DEFINITIONS = new Set(['function_definition', 'class_definition', 'decorated_definition']);

/** Every directive of a parsed source, in source order; `lines` is the source's. */
export function readDirectives(source: string, tree: Parser.Tree, lines: LineTable): Directives {
  const directives: Directive[] = [];
  const misspelled: MisspelledDirective[] = [];
  const root = tree.rootNode;
  let after = -1;
  for (const candidate of source.matchAll(CANDIDATE)) {
    if (candidate.index < after) continue;
    const comment = root.descendantForIndex(candidate.index, candidate.index + 1);
    if (comment.type !== 'comment') continue;
    after = comment.endIndex;
    const [firstLine, lastLine] = reach(comment, source, root, lines);
    const place = { line: lines.line(comment.startIndex), firstLine, lastLine };
    for (const match of comment.text.matchAll(TESTMEND)) {
      const index = comment.startIndex + match.index;
      const word = match[1].toLowerCase();
      if (word === 'ignore' || word === 'skip-file') directives.push({ kind: word, names: splitNames(match[2]), text: match[0], index, ...place });
      else misspelled.push({ word: match[1], text: match[0], index });
    }
    for (const match of comment.text.matchAll(NOQA)) {
      directives.push({ kind: 'noqa', names: splitNames(match[1]), text: match[0], index: comment.startIndex + match.index, ...place });
    }
  }
  return { directives, misspelled };
}

function splitNames(list: string | undefined): string[] {
  return (list ?? '').split(/[\s,]+/).filter(Boolean);
}

/** The 1-based first and last line a comment reaches. */
function reach(comment: Parser.SyntaxNode, source: string, root: Parser.SyntaxNode, lines: LineTable): [number, number] {
  const line = lines.line(comment.startIndex);
  const statement = statementOfLine(comment, source, root, lines);
  if (statement === null) return [line, line];
  if (DEFINITIONS.has(statement.type)) return [lines.line(statement.startIndex), lines.line(statement.endIndex)];
  return [lines.line(statement.startIndex), Math.max(line, lines.line(Math.max(statement.startIndex, headerEnd(statement) - 1)))];
}

/** Where a statement's header ends: after the colon that opens its body, or at its end for a simple statement. */
function headerEnd(statement: Parser.SyntaxNode): number {
  const body = statement.namedChildren.find((child) => child.type === 'block');
  if (body === undefined) return statement.endIndex;
  let colon = body.previousSibling;
  while (colon !== null && colon.type !== ':') colon = colon.previousSibling;
  return (colon ?? body).endIndex;
}

/**
 * The statement (or clause) the first token of the comment's line belongs
 * to, the whole definition for a line of a definition's header; null for a
 * line that holds only comments between statements (which the tree may
 * place in the statement whose body they open).
 */
function statementOfLine(comment: Parser.SyntaxNode, source: string, root: Parser.SyntaxNode, lines: LineTable): Parser.SyntaxNode | null {
  let first = lines.lineStart(comment.startIndex);
  while (first < comment.startIndex && (source[first] === ' ' || source[first] === '\t' || source[first] === '\f')) first++;
  for (let node: Parser.SyntaxNode | null = root.descendantForIndex(first, first + 1); node !== null; node = node.parent) {
    if (node.type === 'block' || node.type === 'module') return null;
    if (!STATEMENTS.has(node.type)) continue;
    if (first >= headerEnd(node)) return null;
    return node.type !== 'decorated_definition' && node.parent?.type === 'decorated_definition' && DEFINITIONS.has(node.type) ? node.parent : node;
  }
  return null;
}
