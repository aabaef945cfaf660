/**
 * style
 *
 * ## What it does
 * Fixes the whitespace pycodestyle reports and autopep8 fixes safely:
 * indentation (E101, E111–E117, W191: four spaces per level, no tabs),
 * whitespace around brackets, punctuation, operators, keyword equals and
 * comments (E201–E203, E211, E221–E228, E231, E241, E242, E251, E261, E262,
 * E265, E266), blank lines (E301–E306), trailing whitespace (W291, W293) and
 * the end of the file (W391, W292). Continuation lines (E12x) only with
 * `--style-continuation`.
 *
 * ## Why is this bad
 * Inconsistent indentation and spacing make code harder to read and review,
 * and hide the changes that matter in a diff.
 *
 * ## Example
 * `x=foo( a,b )` becomes `x = foo(a, b)`.
 *
 * ## Fix safety
 * Safe: only whitespace between tokens, the indentation of lines, blank lines
 * and the `#` marks of comments change, never the text of a string, f-string
 * or comment, so the module's AST is the same. The project's pycodestyle or
 * flake8 settings decide which codes are fixed.
 */
import {
  BLANK,
  type CodeTable,
  collectPositionFacts,
  type Edit,
  ENDS_IN_STRING,
  type FileContext,
  type Finding,
  type LintConfig,
  type LogicalLine,
  positionFactsText,
  positionReasons,
  type PositionReasons,
  readLintConfig,
  tokenize,
  type TokenizedSource,
  type Transform,
  type TransformMeta,
  UnreadableCode,
} from '../../src/index.js';
import { blankLineChanges } from './blank-lines.js';
import { continuationTargets } from './continuation.js';
import { reindent, type ContinuationPlanner, type IndentUnit } from './indent.js';
import { spacingEdits, type CodedEdit } from './spacing.js';

const codes = {
  TM501: {
    name: 'indentation',
    summary: 'indentation → four spaces per level, no tabs (E101, E111-E117, W191); continuation lines (E121-E131) with --style-continuation',
    fix: 'safe',
  },
  TM502: { name: 'whitespace', summary: 'whitespace around brackets, commas, operators, keyword equals and comments (E201-E266), trailing whitespace (W291, W293)', fix: 'safe' },
  TM503: { name: 'blank-lines', summary: 'blank lines around definitions and in blocks (E301-E306)', fix: 'safe' },
  TM504: { name: 'end-of-file', summary: 'blank lines after the last line removed (W391), a missing final newline added (W292)', fix: 'safe' },
  TM505: { name: 'unreadable-code', summary: 'text outside strings and comments that is not Python code: the whitespace of the file is left alone', fix: 'none' },
} as const satisfies CodeTable;

type Code = keyof typeof codes;

const meta: TransformMeta<Code> = {
  name: 'style',
  summary: 'Fix indentation, spacing and blank lines as pycodestyle wants them, within the project\'s own settings',
  suggestion: 'use a consistent indentation and spacing',
  safety: 'safe',
  defaultEnabled: false,
  docs: {
    whatItDoes:
      'Fixes the whitespace pycodestyle reports: indentation to four spaces per level and no tabs (E101, E111-E117, W191), ' +
      'whitespace around brackets, commas, operators, keyword equals and comments (E201-E203, E211, E221-E228, E231, E241, E242, ' +
      'E251, E261, E262, E265, E266), blank lines around definitions (E301-E306), trailing whitespace (W291, W293) and the end of ' +
      'the file (W391, W292). Continuation-line indentation (E121-E131) only with --style-continuation. The nearest setup.cfg, ' +
      'tox.ini, .flake8 or pyproject.toml with a [flake8], [pycodestyle], [tool.pycodestyle], [tool.flake8] or [tool.ruff] ' +
      'section decides which codes are fixed and the line length. When the project configures black or ruff format, their line ' +
      'length applies too, and the spacing they decide (E203 before a slice\'s colon, as in buf[len(p) :]) is left alone.',
    whyIsThisBad:
      'Inconsistent indentation and spacing make code harder to read and review, and bury the changes that matter in ' +
      'whitespace noise.',
    example: {
      input: 'def check(a,b):\n  return a==b # same?\n',
      output: 'def check(a, b):\n    return a == b  # same?\n',
    },
    fixSafety:
      'Safe: only whitespace between tokens, line indentation, blank lines and the # marks that open a comment change; the ' +
      'text of strings, f-strings and comments never does, so the AST is unchanged. Codes the project ignores are left alone, ' +
      'and so are lines marked # noqa. A fix that would push a line past the maximum line length is reported, not applied. ' +
      'Blank-line fixes add and remove lines, so line numbers move; they are left alone, and reported, in a module whose ' +
      'line numbers something reads: one that reads its own frame or code line numbers (f_lineno, co_firstlineno, ' +
      'tb_lineno, inspect.getframeinfo, a tracer), a module without tests that a test module of the run imports and ' +
      'inspects by position (inspect.getsource, linecache), one whose file name and line numbers another module quotes ' +
      '(profilee.py:25), or one whose comments name their own lines (# line 20). A module that renders tracebacks of its ' +
      'own code or reads its own source (traceback.format_exc, inspect.getsource) keeps its spacing and indentation too.',
  },
  examples: {
    valid: [
      'x = foo(a, b)\n',
      'ham[lower + offset : upper + offset]\n',
      'text = """a  \nb\t"""\n',
      "f(x=1, *args, **kwargs)\n",
      'x = -1  # note\n',
      'def f(a: int = 1) -> int:\n    return a\n',
    ],
    invalid: [
      { input: 'x=foo( a,b )\n', output: 'x = foo(a, b)\n' },
      { input: 'f(x = 1)\n', output: 'f(x=1)\n' },
      { input: 'x = 1 #note\n', output: 'x = 1  # note\n' },
      { input: 'if x:\n  y = 1\n', output: 'if x:\n    y = 1\n' },
      { input: 'if x:\n\ty = 1\n', output: 'if x:\n    y = 1\n' },
      { input: 'x = 1   \n\n\n', output: 'x = 1\n' },
      { input: 'import os\ndef f():\n    pass\nx = 1', output: 'import os\n\n\ndef f():\n    pass\n\n\nx = 1\n' },
    ],
  },
  options: {
    'style-continuation': {
      type: 'boolean',
      describe: 'style: also re-indent continuation lines (E121-E131) to hang by four spaces or line up with their bracket',
      default: false,
    },
  },
  codes,
};

const DESCRIPTIONS: Readonly<Record<string, string>> = {
  E201: 'whitespace after an opening bracket',
  E202: 'whitespace before a closing bracket',
  E203: "whitespace before ',', ';' or ':'",
  E211: "whitespace before '(' or '['",
  E221: 'multiple spaces before operator',
  E222: 'multiple spaces after operator',
  E223: 'tab before operator',
  E224: 'tab after operator',
  E225: 'missing whitespace around operator',
  E226: 'missing whitespace around arithmetic operator',
  E227: 'missing whitespace around bitwise or shift operator',
  E228: 'missing whitespace around modulo operator',
  E231: "missing whitespace after ',', ';' or ':'",
  E241: "multiple spaces after ',', ';' or ':'",
  E242: "tab after ',', ';' or ':'",
  E251: 'spaces around keyword or parameter equals',
  E261: 'at least two spaces before an inline comment',
  E262: "inline comment should start with '# '",
  E265: "block comment should start with '# '",
  E266: "too many leading '#' for block comment",
  W291: 'trailing whitespace',
  W293: 'whitespace on a blank line',
};

const NOQA = /#\s*no(?:qa|pep8)\b/i;

/** What W291 and W293 count as trailing whitespace. */
const TRAILING_SPACE = new Set([' ', '\t', '\v']);

function create(context: FileContext): Finding<Code>[] {
  let tokenized: TokenizedSource;
  try {
    tokenized = tokenize(context.source, context.tree);
  } catch (error) {
    if (!(error instanceof UnreadableCode)) throw error;
    return [{ code: 'TM505', start: error.index, end: error.index, message: 'style left this file alone', fix: null, reason: 'text outside strings and comments that is not Python code' }];
  }
  const config = readLintConfig(context);
  const { source } = context;
  const { lineStarts, lineEnds, logical } = tokenized;
  const noqa = new Set(NOQA.test(source) ? logical.filter((line) => line.tokens.some((token) => token.kind === 'comment' && NOQA.test(token.text))) : []);
  const noqaLines = new Set([...noqa].flatMap((line) => range(line.firstLine, lastPhysicalLine(line, tokenized))));
  const findings: Finding<Code>[] = [];

  const planner: ContinuationPlanner | undefined =
    context.settings['style-continuation'] === true ? (line, width, oldWidth) => continuationTargets(source, tokenized, line, width, oldWidth, config.checks) : undefined;
  const indentation = reindent(source, tokenized, planner);
  if (indentation.refusal !== null) {
    const at = lineStarts[indentation.refusal.line];
    findings.push({ code: 'TM501', start: at, end: at, message: 'indentation left alone', fix: null, reason: indentation.refusal.reason });
  }
  for (const unit of indentation.units) findings.push(...unitFindings(unit, context, config, noqaLines, tokenized));

  const blankLines = blankLineChanges(source, tokenized, config.checks, (line) => noqa.has(line), context.eol);
  let positions: PositionReasons | undefined;
  const reasons = () => (positions ??= positionReasons(context, context.project.get(meta.name) ?? []));
  const keepLines = blankLines.length > 0 ? reasons().lines : null;
  const removed = new Set(keepLines === null ? blankLines.flatMap((change) => change.removed) : []);
  for (const change of blankLines) {
    if (keepLines === null) findings.push({ code: 'TM503', start: change.at, end: change.at, message: change.message, fix: { edits: [change.edit], safety: 'safe' } });
    else findings.push({ code: 'TM503', start: change.at, end: change.at, message: change.message, fix: null, reason: `the module keeps its line numbers: ${keepLines}` });
  }

  const byLine = new Map<number, CodedEdit[]>();
  const add = (line: number, edit: CodedEdit) => {
    const edits = byLine.get(line);
    if (edits === undefined) byLine.set(line, [edit]);
    else edits.push(edit);
  };
  for (const line of logical) {
    if (noqa.has(line)) continue;
    const spacing = spacingEdits(source, line, config.checks);
    for (const edit of spacing.edits) add(context.line(edit.start) - 1, edit);
    for (const refusal of spacing.refusals) {
      findings.push({ code: 'TM502', start: refusal.at, end: refusal.at, message: describe([refusal.code]), fix: null, reason: refusal.reason });
    }
  }
  const lastLine = lastContentLine(source, tokenized);
  for (let line = 0; line <= lastLine; line++) {
    if (!TRAILING_SPACE.has(source[lineEnds[line] - 1]) || noqaLines.has(line) || removed.has(line) || (tokenized.flags[line] & ENDS_IN_STRING) !== 0) continue;
    const text = source.slice(lineStarts[line], lineEnds[line]);
    const trailing = /[ \t\v]+$/.exec(text);
    if (trailing === null || (trailing.index > 0 && text[trailing.index - 1] === '\\')) continue;
    const code = trailing.index === 0 ? 'W293' : 'W291';
    if (config.checks(code)) add(line, { start: lineStarts[line] + trailing.index, end: lineEnds[line], text: '', code });
  }
  for (const [line, edits] of byLine) findings.push(...lineFindings(line, edits, context, config, tokenized));

  const ending = endOfFile(source, tokenized, lastLine, context.eol, config);
  if (ending !== null) findings.push(ending);
  return keepText(findings, reasons);
}

/**
 * The findings, with the fixes that respace or re-indent code turned into
 * refusals when the module reads the text of its own lines: a traceback it
 * compares with expected text shows the line as written, and its carets
 * point at columns.
 */
function keepText(findings: Finding<Code>[], reasons: () => PositionReasons): Finding<Code>[] {
  const respaces = (finding: Finding<Code>) => finding.fix !== null && (finding.code === 'TM501' || finding.code === 'TM502');
  if (!findings.some(respaces)) return findings;
  const text = reasons().text;
  if (text === null) return findings;
  return findings.map((finding) => (respaces(finding) ? { ...finding, fix: null, reason: `the module keeps its lines as written: ${text}` } : finding));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The last physical line a logical line reaches, through a string that ends it. */
function lastPhysicalLine(line: LogicalLine, tokenized: TokenizedSource): number {
  let last = line.lastLine;
  while (last + 1 < tokenized.lineStarts.length && (tokenized.flags[last] & ENDS_IN_STRING) !== 0) last++;
  return last;
}

/** The codes of a set of edits, described, for a report line. */
function describe(codes: readonly string[]): string {
  return codes.map((code) => `${code} ${DESCRIPTIONS[code] ?? ''}`.trim()).join('; ');
}

/** How long a line is as pycodestyle measures it: without trailing whitespace. */
function visibleLength(source: string, tokenized: TokenizedSource, line: number): number {
  return source.slice(tokenized.lineStarts[line], tokenized.lineEnds[line]).trimEnd().length;
}

/**
 * The finding for a set of lines re-indented together, or the reason they are
 * not. A comment or continuation line that would grow too long, or is marked
 * `# noqa`, keeps its indentation and is reported apart. A statement's line
 * moves with its block even when marked `# noqa`, and if it would grow too
 * long the whole set is refused.
 */
function unitFindings(unit: IndentUnit, context: FileContext, config: LintConfig, noqaLines: ReadonlySet<number>, tokenized: TokenizedSource): Finding<Code>[] {
  const checked = unit.codes.filter((code) => config.checks(code));
  if (checked.length === 0) return [];
  const count = unit.lastLine - unit.firstLine + 1;
  const lines = count === 1 ? 'this line' : `${count} lines from here`;
  const start = unit.edits[0].start;
  const place = { code: 'TM501' as const, start, end: start, message: `${checked.join(', ')}: re-indented ${lines}` };
  const ignored = unit.codes.filter((code) => !config.checks(code));
  if (ignored.length > 0) return [{ ...place, fix: null, reason: `the project ignores ${ignored.join(', ')}, which these lines would change too` }];
  const kept: Finding<Code>[] = [];
  const edits: Edit[] = [];
  for (const [i, edit] of unit.edits.entries()) {
    const line = context.line(edit.start) - 1;
    const before = visibleLength(context.source, tokenized, line);
    const after = before + edit.text.length - (edit.end - edit.start);
    const reason =
      noqaLines.has(line) && !unit.structural[i]
        ? `line ${line + 1} is marked # noqa`
        : after > config.maxLineLength && before <= config.maxLineLength
        ? `line ${line + 1} would grow past the maximum line length (${config.maxLineLength})`
        : null;
    if (reason === null) edits.push({ start: edit.start, end: edit.end, text: edit.text });
    else if (unit.structural[i]) return [{ ...place, fix: null, reason }];
    else kept.push({ code: 'TM501', start: edit.start, end: edit.start, message: `${edit.code}: line ${line + 1} keeps its indentation`, fix: null, reason });
  }
  return edits.length > 0 ? [{ ...place, fix: { edits, safety: 'safe' } }, ...kept] : kept;
}

/** One finding for the whitespace edits of one line; those that would make it too long are reported apart. */
function lineFindings(line: number, edits: CodedEdit[], context: FileContext, config: LintConfig, tokenized: TokenizedSource): Finding<Code>[] {
  edits.sort((a, b) => a.start - b.start);
  const before = visibleLength(context.source, tokenized, line);
  const growth = edits.reduce((sum, edit) => sum + Math.max(0, edit.text.length - (edit.end - edit.start)), 0);
  const shrink = edits.reduce((sum, edit) => sum + Math.min(0, edit.text.length - (edit.end - edit.start)), 0);
  const tooLong = before + growth + shrink > config.maxLineLength && before <= config.maxLineLength;
  const growing = tooLong ? edits.filter((edit) => edit.text.length > edit.end - edit.start) : [];
  const applied = edits.filter((edit) => !growing.includes(edit));
  const findings: Finding<Code>[] = [];
  const codesOf = (list: readonly CodedEdit[]) => [...new Set(list.map((edit) => edit.code))].sort();
  if (applied.length > 0) {
    findings.push({
      code: 'TM502',
      start: applied[0].start,
      end: applied[applied.length - 1].end,
      message: describe(codesOf(applied)),
      fix: { edits: applied.map(({ start, end, text }) => ({ start, end, text })), safety: 'safe' },
    });
  }
  if (growing.length > 0) {
    findings.push({
      code: 'TM502',
      start: growing[0].start,
      end: growing[0].start,
      message: describe(codesOf(growing)),
      fix: null,
      reason: `the spaces would take line ${line + 1} past the maximum line length (${config.maxLineLength})`,
    });
  }
  return findings;
}

/** The last line that is not blank (-1 when there is none). */
function lastContentLine(source: string, tokenized: TokenizedSource): number {
  const { lineStarts, lineEnds, flags } = tokenized;
  let last = lineStarts.length - 1;
  while (last >= 0 && (flags[last] & BLANK) !== 0 && source.slice(lineStarts[last], lineEnds[last]).trim() === '') last--;
  return last;
}

/** W391 (blank lines after the last line) and W292 (no newline after it). */
function endOfFile(source: string, tokenized: TokenizedSource, last: number, eol: string, config: LintConfig): Finding<Code> | null {
  const { lineStarts, lineEnds } = tokenized;
  if (last < 0) return null;
  const end = lineEnds[last];
  const newline = /^(?:\r\n|\n|\r)/.exec(source.slice(end, end + 2))?.[0] ?? '';
  if (newline === '') {
    if (!config.checks('W292')) return null;
    return { code: 'TM504', start: end, end, message: 'W292 no newline at end of file', fix: { edits: [{ start: end, end, text: eol }], safety: 'safe' } };
  }
  const tail = end + newline.length;
  if (tail === source.length || !config.checks('W391')) return null;
  const count = lineStarts.length - 1 - last - (source.endsWith('\n') || source.endsWith('\r') ? 1 : 0);
  return { code: 'TM504', start: tail, end: tail, message: `W391 blank lines at end of file: removed ${count}`, fix: { edits: [{ start: tail, end: source.length, text: '' }], safety: 'safe' } };
}

const transform: Transform<Code> = { meta, collect: collectPositionFacts, collectsFrom: positionFactsText, create };
export default transform;
