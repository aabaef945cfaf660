/**
 * docstrings
 *
 * ## What it does
 * Gives every test method, test function and test class that has no
 * docstring one, without inventing content. When the test begins with a
 * comment block (`# Boot two servers in a multi-create request`), the comment
 * becomes the docstring and is removed. Otherwise, with `--unsafe`, a one-line
 * summary is made from the name: `test_live_migrate_one_multi_created_instance`
 * gets `"""Live migrate one multi created instance."""`.
 *
 * ## Why is this bad
 * A reviewer cannot tell what a test covers without reading all of it. A
 * docstring says it where tools see it: `help()`, IDEs, Sphinx, and unittest's
 * verbose output, which prints the docstring's first line.
 *
 * ## Example
 * ```python
 * def test_live_migrate_one_multi_created_instance(self):
 *     # Boot two servers in a multi-create request
 *     servers = self.api.create_server('multi', min_count=2)
 * ```
 * becomes
 * ```python
 * def test_live_migrate_one_multi_created_instance(self):
 *     """Boot two servers in a multi-create request."""
 *     servers = self.api.create_server('multi', min_count=2)
 * ```
 *
 * ## Fix safety
 * The code runs the same, but unittest's `shortDescription()` now returns the
 * docstring's first line, so runners print it next to the test id: every
 * finding names that line. The summary made from a name adds no information,
 * so it is unsafe. Comments that are not a description (tool directives,
 * TODO and NOTE remarks, licence headers, commented-out code) stay comments.
 */
import type Parser from 'tree-sitter';
import {
  type CodeTable,
  collectPositionFacts,
  type Edit,
  type FileContext,
  type Finding,
  findTestDefinitions,
  parsePython,
  positionFactsText,
  positionReasons,
  readLintConfig,
  type TestDefinition,
  type Transform,
  type TransformMeta,
} from '../../src/index.js';

const codes = {
  TM401: { name: 'docstring-from-comment', summary: 'a test or test class whose body opens with a comment block: the comment becomes its docstring', fix: 'safe' },
  TM402: { name: 'docstring-from-name', summary: 'a test or test class without a docstring or leading comment: a one-line summary of its name becomes its docstring', fix: 'unsafe' },
  TM403: { name: 'missing-docstring', summary: 'a test or test class without a docstring, when neither its comment nor its name makes one: reported with the reasons', fix: 'none' },
} as const satisfies CodeTable;

type Code = keyof typeof codes;

const meta: TransformMeta<Code> = {
  name: 'docstrings',
  summary: 'Give tests and test classes a docstring: their leading comment, or (unsafe) a summary of their name',
  suggestion: 'explain the purpose of the code',
  safety: 'safe',
  defaultEnabled: false,
  docs: {
    whatItDoes:
      'Gives each test method, test function and test class without a docstring one. A comment block that opens the test ' +
      'becomes its docstring and the comment goes; with --unsafe, a test without one gets a one-line summary of its name ' +
      '(test_live_migrate_one_multi_created_instance → "Live migrate one multi created instance."). The docstrings follow ' +
      "the OpenStack hacking rules H401-H405 and the file's quotes and indentation.",
    whyIsThisBad:
      'Without a docstring a reader must work out from the code what a test is for. A comment at the top of a test says ' +
      "it, but only to someone reading the source; a docstring reaches help(), IDEs, Sphinx and unittest's verbose output.",
    example: {
      input: 'class ServersTest(test.TestCase):\n    def test_multi_create(self):\n        # Boot two servers in a multi-create request\n        self.boot(min_count=2)\n',
      output: 'class ServersTest(test.TestCase):\n    def test_multi_create(self):\n        """Boot two servers in a multi-create request."""\n        self.boot(min_count=2)\n',
    },
    fixSafety:
      "Turning a leading comment into the docstring is safe, but unittest's shortDescription() now returns the docstring's " +
      'first line, which verbose runs print next to the test id; every finding names that line. A summary made from the ' +
      'name adds no information and is unsafe (--unsafe). Left alone and reported: comments that are tool directives ' +
      '(noqa, testmend:, pylint:, type:), TODO/FIXME/XXX/NOTE remarks, licence headers or commented-out code, comments holding the ' +
      "docstring's quotes, comments not indented like the body, a class's comment that sits right above its first " +
      'statement, and docstrings that would break H402, H405 (unless the project ignores it) or the line length. A summary ' +
      'docstring adds a line, so the lines below it move: tracebacks and code that reads line numbers see the new ones. In a ' +
      'module whose line numbers something reads (frame or code line numbers, tracebacks of its own code, a module quoting ' +
      'its file name with line numbers), docstrings that would add or remove lines, and those of classes, are left alone and reported.',
  },
  examples: {
    valid: [
      'class ServersTest(test.TestCase):\n    """Servers."""\n\n    def test_boot(self):\n        """Boot a server."""\n        self.boot()\n',
      'class FakeDriver(object):\n    def test_connection(self):\n        # Always up\n        return True\n',
      'def helper():\n    # Not a test\n    return 1\n',
      'class ServersTest(test.TestCase):\n    """Servers."""\n\n    def test(self):\n        # TODO(someone): check the host too\n        pass\n',
    ],
    invalid: [
      {
        input: 'class ServersTest(test.TestCase):\n    # The servers API\n\n    def test_boot(self):\n        # Boot a server\n        self.boot()\n',
        output: 'class ServersTest(test.TestCase):\n    """The servers API."""\n\n    def test_boot(self):\n        """Boot a server."""\n        self.boot()\n',
      },
      {
        input: 'def test_boot():\n    # Boot a server.\n    #\n    # The host comes from the scheduler.\n    boot()\n',
        output: 'def test_boot():\n    """Boot a server.\n\n    The host comes from the scheduler.\n    """\n    boot()\n',
      },
      {
        input: 'class ServersTest(test.TestCase):\n    def test_live_migrate_one_multi_created_instance(self):\n        self.boot()\n',
        output:
          'class ServersTest(test.TestCase):\n    """Servers test."""\n\n    def test_live_migrate_one_multi_created_instance(self):\n' +
          '        """Live migrate one multi created instance."""\n        self.boot()\n',
      },
      {
        input: "class TestServers:\n    '''Servers.'''\n\n    def test_boot(self): pass\n",
        output: "class TestServers:\n    '''Servers.'''\n\n    def test_boot(self):\n        '''Boot.'''\n        pass\n",
      },
    ],
  },
  codes,
};

/** Where a test may be defined; the tree confirms. */
const TEST_DEFINITION = /^[ \t]*(?:async[ \t]+)?def[ \t]+test/m;

/** Comments that talk to a tool, not to a reader. */
const DIRECTIVE = /^(?:noqa|type:|pylint:|pragma\b|fmt:|isort:|nosec\b|mypy:|pyright:|flake8[:\s]|ruff:|yapf:|coding[:=]|-\*-|vim?:)|\bnoqa\b|\btestmend\s*:|\bpylint:\s*disable|\btype:\s*ignore/i;

/** Remarks addressed to the next developer: they stay comments. */
const REMARK = /^(?:TODO|FIXME|XXX|HACK|NOTE)\b|^(?:todo|fixme|Todo|Fixme)\b|^Note\s*[(:]/;

/** Comments that narrate the first step of a test rather than say what it covers. */
const FIRST_STEP = /^(?:first(?:ly)?|then|now|next|finally|afterwards|step\s*\d+|we\s+(?:first|start|begin)|(?:start|begin)\s+by)\b/i;

const LICENCE = /\bcopyright\b|\blicen[cs]ed under\b|\bSPDX-License-Identifier\b|\ball rights reserved\b/i;

/** Words that are Python keywords opening a clause: a comment line starting with one and ending in `:` is code. */
const CLAUSE = /^(?:if|elif|else|for|while|with|try|except|finally|def|class|async)\b.*:$/;

/** What a lone word or number of prose parses as. */
const PROSE_LIKE = ['identifier', 'string', 'integer', 'float'];

/** Characters that a line of commented-out code almost always has. */
const CODE_HINT = /[()[\]=.:]|^(?:import|from|return|raise|pass|del|assert|yield|break|continue|global)\b/;

/** A docstring's opening quotes after a header, to learn the file's quote style. */
const DOCSTRING_QUOTES = /(?:^|:[ \t]*(?:#[^\n]*)?\r?\n)[ \t]*[rRuU]?("""|''')/g;

/** The first block of a file whose body is on its own lines: its header's and its body's indentation. */
const INDENTED_BLOCK = /^([ \t]*)(?:async[ \t]+)?(?:def|class|if|for|while|with|try)\b[^\n]*:[ \t]*(?:#[^\n]*)?\r?\n(?:[ \t]*(?:#[^\n]*)?\r?\n)*\1([ \t]+)\S/m;

type Quote = '"""' | "'''";

/** What the file says about how docstrings look, read once per file when needed. */
interface Conventions {
  readonly quote: Quote;
  /** The longest line a docstring may have. */
  readonly limit: number;
  readonly limitName: string;
  /** Whether hacking's H405 (a blank line after the summary) is checked. */
  readonly h405: boolean;
  /** One level of indentation. */
  readonly unit: string;
}

/** One line between the header and the first statement. */
interface BodyLine {
  readonly start: number;
  /** Where its text ends, before the line break. */
  readonly end: number;
  readonly indent: string;
  /** The comment, `#` included, or null for a blank line. */
  readonly comment: string | null;
}

/** How a test's body begins. */
interface Opening {
  /** The first statement. */
  readonly first: Parser.SyntaxNode;
  /** Just past the header's colon. */
  readonly colonEnd: number;
  /** The body's indentation: for a body on the header line, the header's plus one level. */
  readonly indent: string;
  /** The line break new lines take: the header's. */
  readonly eol: string;
  /** Where the line after the header starts (for a body on the header line: the first statement). */
  readonly afterHeader: number;
  /** The comment lines that open the body; whether the header is followed by a blank line, and the block by one. */
  readonly block: readonly BodyLine[];
  readonly blankBefore: boolean;
  readonly blankAfter: boolean;
  /** Whether the body sits on the header line: `def test_x(self): pass`. */
  readonly inline: boolean;
}

/** A docstring to write, or why there is none. */
type Docstring = { readonly lines: readonly string[] } | { readonly reason: string };

function create(context: FileContext): Finding<Code>[] {
  if (!TEST_DEFINITION.test(context.source)) return [];
  const tests = findTestDefinitions(context.tree.rootNode, context.source);
  let conventions: Conventions | undefined;
  const conventionsOf = () => (conventions ??= readConventions(context));
  const found: { test: TestDefinition; finding: Finding<Code> }[] = [];
  for (const test of tests) {
    const opening = readOpening(test.node, context, () => conventionsOf().unit);
    if (opening !== null) found.push({ test, finding: findingFor(test, opening, conventionsOf()) });
  }
  return found.some(({ finding }) => finding.fix !== null) ? keepPositions(context, found) : found.map(({ finding }) => finding);
}

/**
 * The findings, refusing the docstrings whose fix would change what the
 * module reads of its own source: any, when it reads the text of its lines
 * (inspect.getsource shows the docstring); when its line numbers are read,
 * those that add or remove lines (the lines below would move) and those of
 * classes (a class body runs its docstring as a statement of that line,
 * which a tracer sees).
 */
function keepPositions(context: FileContext, found: readonly { test: TestDefinition; finding: Finding<Code> }[]): Finding<Code>[] {
  const reasons = positionReasons(context, context.project.get(meta.name) ?? []);
  return found.map(({ test, finding }) => {
    if (finding.fix === null || reasons.lines === null) return finding;
    const reason =
      reasons.text !== null
        ? `the docstring would change the source the module reads: ${reasons.text}`
        : finding.fix.edits.some((edit) => movesLines(context.source, edit))
        ? `line numbers below it would move, and ${reasons.lines}`
        : test.kind === 'class'
        ? `a class's docstring runs as a statement of its line, and ${reasons.lines}`
        : null;
    return reason === null ? finding : { ...finding, fix: null, reason };
  });
}

/** Whether an edit adds or removes lines. */
function movesLines(source: string, edit: Edit): boolean {
  const breaks = (text: string) => text.match(/\r\n|\r|\n/g)?.length ?? 0;
  return breaks(edit.text) !== breaks(source.slice(edit.start, edit.end));
}

/** The finding for one test without a docstring: from its comment, from its name (unsafe), or a refusal. */
function findingFor(test: TestDefinition, opening: Opening, conventions: Conventions): Finding<Code> {
  const position = { start: test.node.startIndex, end: opening.colonEnd };
  const subject = test.kind === 'class' ? `class ${test.name}` : test.name;
  let commentProblem: string | null = null;
  if (opening.block.length > 0) {
    const fromComment = docstringFromComment(test, opening, conventions);
    if ('lines' in fromComment) {
      return {
        code: 'TM401',
        ...position,
        message: `adds a docstring to ${subject} from its leading comment${shownAs(test, fromComment.lines)}`,
        fix: { edits: [replaceComment(opening, fromComment.lines)], safety: 'safe' },
      };
    }
    commentProblem = `its leading comment ${fromComment.reason}`;
  }
  const fromName = docstringFromName(test, opening, conventions);
  if ('lines' in fromName) {
    const why = commentProblem === null ? '' : ` because ${commentProblem}`;
    return {
      code: 'TM402',
      ...position,
      message: `adds a docstring to ${subject} from its name${why}${shownAs(test, fromName.lines)}`,
      fix: { edits: [insertDocstring(opening, fromName.lines, test.kind === 'class')], safety: 'unsafe' },
    };
  }
  const reasons = [commentProblem ?? 'it has no leading comment', `a summary of its name ${fromName.reason}`];
  return { code: 'TM403', ...position, message: `${subject} has no docstring`, fix: null, reason: reasons.join('; ') };
}

/** What the report says the docstring changes: for a test method, what shortDescription() returns. */
function shownAs(test: TestDefinition, lines: readonly string[]): string {
  const summary = quoted(firstLineOf(lines));
  return test.kind === 'method' ? `; unittest's shortDescription now returns ${summary}` : `: ${summary}`;
}

/** A line of text in quotes, as Python's repr() shows it: double quotes when it holds a single one. */
function quoted(text: string): string {
  return text.includes("'") && !text.includes('"') ? `"${text}"` : `'${text}'`;
}

/** The first line of the docstring's text, as `shortDescription()` returns it. */
function firstLineOf(lines: readonly string[]): string {
  return lines[0].replace(/^[rR]?("""|''')/, '').replace(/("""|''')$/, '').trim();
}

/**
 * Reads how a definition's body begins, or null when it already has a
 * docstring (or any string first) or its opening lines are not plain
 * comments and blank lines.
 */
function readOpening(node: Parser.SyntaxNode, context: FileContext, unit: () => string): Opening | null {
  const body = node.childForFieldName('body');
  let first = body?.firstNamedChild ?? null;
  while (first?.type === 'comment') first = first.nextNamedSibling;
  if (body === null || first === null || isStringStatement(first)) return null;
  let colon = body.previousSibling;
  while (colon !== null && colon.type !== ':') colon = colon.previousSibling;
  if (colon === null) return null;
  const { source } = context;
  const colonEnd = colon.endIndex;
  const newline = source.indexOf('\n', colonEnd);
  if (newline === -1 || newline > first.startIndex) {
    const indent = context.indentOf(node.startIndex) + unit();
    return { first, colonEnd, indent, eol: context.eol, afterHeader: first.startIndex, block: [], blankBefore: false, blankAfter: false, inline: true };
  }
  const eol = source[newline - 1] === '\r' ? '\r\n' : '\n';
  const afterHeader = newline + 1;
  const lines = readBodyLines(source, afterHeader, context.lineStart(first.startIndex));
  if (lines === null) return null;
  const startOfBlock = lines.findIndex((line) => line.comment !== null);
  const endOfBlock = startOfBlock === -1 ? -1 : lines.findIndex((line, index) => index > startOfBlock && line.comment === null);
  const block = startOfBlock === -1 ? [] : lines.slice(startOfBlock, endOfBlock === -1 ? lines.length : endOfBlock);
  return {
    first,
    colonEnd,
    indent: context.indentOf(first.startIndex),
    eol,
    afterHeader,
    block,
    blankBefore: lines.length > 0 && lines[0].comment === null,
    blankAfter: endOfBlock !== -1,
    inline: false,
  };
}

/** The lines from `start` to `stop` (both line starts), each blank or a comment; null when one is neither. */
function readBodyLines(source: string, start: number, stop: number): BodyLine[] | null {
  const lines: BodyLine[] = [];
  for (let at = start; at < stop; ) {
    const newline = source.indexOf('\n', at);
    const next = newline === -1 || newline >= stop ? stop : newline + 1;
    const end = source[next - 1] === '\n' ? (source[next - 2] === '\r' ? next - 2 : next - 1) : next;
    const match = /^([ \t\f]*)(#.*)?$/.exec(source.slice(at, end));
    if (match === null) return null;
    lines.push({ start: at, end, indent: match[1], comment: match[2]?.trimEnd() ?? null });
    at = next;
  }
  return lines;
}

function isStringStatement(node: Parser.SyntaxNode): boolean {
  if (node.type !== 'expression_statement' || node.namedChildCount !== 1) return false;
  const expression = node.firstNamedChild!.type;
  return expression === 'string' || expression === 'concatenated_string';
}

/** The docstring a leading comment block makes, or why it makes none. */
function docstringFromComment(test: TestDefinition, opening: Opening, conventions: Conventions): Docstring {
  if (opening.block.some((line) => line.indent !== opening.indent)) return { reason: 'is not indented like the body' };
  if (test.kind === 'class' && !opening.blankAfter) return { reason: 'sits right above the first statement and may describe it rather than the class' };
  const text = commentText(opening.block);
  const problem = text.length === 0 ? 'is empty' : describeNonDescription(text, conventions.quote);
  if (problem !== null) return { reason: problem };
  return formatDocstring(paragraphsOf(text), opening.indent, conventions);
}

/** The text of a comment block: `#` and the indentation the lines share removed, blank lines at either end dropped. */
function commentText(block: readonly BodyLine[]): string[] {
  const texts = block.map((line) => line.comment!.slice(1));
  const shared = Math.min(...texts.filter((text) => text.trim() !== '').map((text) => /^[ \t]*/.exec(text)![0].length));
  const lines = texts.map((text) => (text.trim() === '' ? '' : text.slice(shared)));
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines;
}

/** Why a comment is not a description of the test, or null when it reads as one. */
function describeNonDescription(lines: readonly string[], quote: Quote): string | null {
  if (lines.some((line) => /^[#!:]/.test(line))) return 'is not a plain comment: it starts with ##, #! or #:';
  if (lines.some((line) => DIRECTIVE.test(line.trim()))) return 'is a tool directive such as noqa, pylint: or type:, which must stay a comment';
  if (lines.some((line) => REMARK.test(line.trim()))) return 'is a TODO, FIXME, XXX, HACK or NOTE remark, not a description';
  if (lines.some((line) => LICENCE.test(line))) return 'is a licence or copyright notice';
  if (FIRST_STEP.test(lines[0])) return 'narrates the first step of the test rather than what the test covers';
  if (lines.some((line) => looksLikeCode(line.trim()))) return 'looks like commented-out code';
  if (lines.some((line) => line.includes(quote))) return `holds ${quote}, which would end the docstring`;
  if (lines[0].startsWith(quote[0])) return `starts with ${quote[0]}, which would run into the docstring's opening quotes`;
  return null;
}

/**
 * Whether a comment line reads as Python rather than prose: it parses as a
 * statement (alone, or as the header of a block), and is more than a lone
 * word, literal or annotation, which prose such as `# Cleanup` or
 * `# Scenario: resize` also is.
 */
function looksLikeCode(line: string): boolean {
  if (!CODE_HINT.test(line)) return false;
  if (CLAUSE.test(line)) return true;
  let verdict = codeVerdicts.get(line);
  if (verdict === undefined) {
    if (codeVerdicts.size >= MAX_CODE_VERDICTS) codeVerdicts.clear();
    codeVerdicts.set(line, (verdict = parsesAsCode(line)));
  }
  return verdict;
}

/**
 * What {@link parsesAsCode} said of each comment line: every round and file
 * reads the same comments again, and each answer costs two parses.
 */
const codeVerdicts = new Map<string, boolean>();
const MAX_CODE_VERDICTS = 10_000;

/** Whether a comment line parses as a statement (alone, or as the header of a block) that is more than a lone word, literal or annotation. */
function parsesAsCode(line: string): boolean {
  for (const candidate of [line, `${line}\n    pass`]) {
    const root = parsePython(candidate).rootNode;
    if (root.hasError || root.namedChildCount === 0) continue;
    const only = root.namedChildCount === 1 ? root.firstNamedChild! : null;
    const expression = only?.type === 'expression_statement' && only.namedChildCount === 1 ? only.firstNamedChild! : null;
    if (expression === null) return true;
    const prose = PROSE_LIKE.includes(expression.type) || (expression.type === 'assignment' && expression.childForFieldName('right') === null);
    if (!prose) return true;
  }
  return false;
}

function paragraphsOf(lines: readonly string[]): string[][] {
  const paragraphs: string[][] = [[]];
  for (const line of lines) {
    if (line === '') {
      if (paragraphs.at(-1)!.length > 0) paragraphs.push([]);
    } else {
      paragraphs.at(-1)!.push(line);
    }
  }
  return paragraphs;
}

/**
 * Lays the text out as a docstring that hacking accepts: the summary on the
 * opening line (H401, H404), a blank line after it (H405), the closing quotes
 * on their own line (H403), a one-line docstring ending in punctuation (H402),
 * and every line within the project's limit. A first paragraph of several
 * lines is joined when it fits on one; otherwise it stays as it is when the
 * project ignores H405, and is refused when it does not. Lines that each
 * start a sentence without ending the one before are a list of steps, and
 * are refused.
 */
function formatDocstring(paragraphs: string[][], indent: string, conventions: Conventions): Docstring {
  const [lead, ...rest] = paragraphs;
  const { quote } = conventions;
  let summary: string[];
  let body: string[][] = rest;
  if (lead.length === 1 || /[.!?]$/.test(lead[0])) {
    summary = [lead[0]];
    if (lead.length > 1) body = [lead.slice(1), ...rest];
  } else if (lead.slice(1).some((line) => /^\p{Lu}\p{Ll}*(?=\s|$)/u.test(line))) {
    return { reason: 'reads as a list of steps, one a line, rather than a description of the test' };
  } else if (!lead.some((line) => /^\s|^[-*]\s|^\d+[.)]\s/.test(line)) && fits([`${quote}${lead.join(' ')}.${quote}`], indent, conventions)) {
    summary = [lead.join(' ')];
  } else if (!conventions.h405) {
    summary = lead;
  } else {
    return { reason: `has a first sentence that spans ${lead.length} lines, but H405 wants a one-line summary (a project that ignores H405 keeps it as it is)` };
  }
  summary = punctuated(capitalized(summary));
  const prefix = paragraphs.flat().some((line) => line.includes('\\')) ? 'r' : '';
  let lines: string[];
  if (body.length === 0 && summary.length === 1) {
    if (!/[.!?]$/.test(summary[0])) return { reason: `ends with '${summary[0].at(-1)}', but a one-line docstring must end with '.', '!' or '?' (H402)` };
    lines = [`${prefix}${quote}${summary[0]}${quote}`];
  } else {
    lines = [`${prefix}${quote}${summary[0]}`, ...summary.slice(1), ...body.flatMap((paragraph) => ['', ...paragraph]), quote];
  }
  if (!fits(lines, indent, conventions)) {
    const longest = Math.max(...lines.map((line) => width(indent + line)));
    return { reason: `would make a docstring line of ${longest} characters, over the ${conventions.limitName} of ${conventions.limit}` };
  }
  return { lines };
}

/** Starts the summary with a capital when its first word is a plain lower-case word, not a name such as `nova_api` or `self.api`. */
function capitalized(lines: readonly string[]): string[] {
  const [first, ...rest] = lines;
  return /^\p{Ll}+(?=[\s,;:!?]|\.(?:\s|$)|$)/u.test(first) ? [first[0].toUpperCase() + first.slice(1), ...rest] : [...lines];
}

/** Ends the last line with a full stop when it ends in a word, a number, a bracket or a quote. */
function punctuated(lines: readonly string[]): string[] {
  const last = lines.at(-1)!;
  return /[\p{L}\p{N})\]'"`>]$/u.test(last) ? [...lines.slice(0, -1), `${last}.`] : [...lines];
}

function fits(lines: readonly string[], indent: string, conventions: Conventions): boolean {
  return lines.every((line) => width(indent + line) <= conventions.limit);
}

/** Characters as pycodestyle counts them (code points). */
function width(line: string): number {
  return [...line].length;
}

/** The one-line docstring a test's name makes, or why it makes none. */
function docstringFromName(test: TestDefinition, opening: Opening, conventions: Conventions): Docstring {
  const name = test.kind === 'class' ? test.name : test.name.slice('test'.length);
  const words = test.kind === 'class' || !name.includes('_') ? camelCaseWords(name) : name.split('_').filter((word) => word !== '');
  if (words.length === 0 || (test.kind === 'class' && words.every((word) => /^(?:test|tests|case)$/i.test(word)))) {
    return { reason: 'would be empty' };
  }
  const summary = [words[0][0].toUpperCase() + words[0].slice(1), ...words.slice(1)].join(' ');
  const line = `${conventions.quote}${summary}.${conventions.quote}`;
  if (width(opening.indent + line) > conventions.limit) {
    return { reason: `would make a line of ${width(opening.indent + line)} characters, over the ${conventions.limitName} of ${conventions.limit}` };
  }
  return { lines: [line] };
}

/**
 * `CreateServerWithIPv6` → create, server, with, IPv6;
 * `ServerActionsTestJSON` → server, actions, test, JSON. Capitalised words
 * are lower-cased; acronyms and mixed words keep their case. (A snake_case
 * name keeps its parts as written: `of_SecurityErrors` names a class.)
 */
function camelCaseWords(name: string): string[] {
  return name
    .split(/_|(?<=[\p{Ll}\p{N}])(?=\p{Lu})|(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll})/u)
    .filter((word) => word !== '')
    .map((word) => (/^\p{Lu}\p{Ll}+\p{N}*$/u.test(word) ? word.toLowerCase() : word));
}

/** The edit that replaces the comment block (and blank lines above it) with the docstring. */
function replaceComment(opening: Opening, lines: readonly string[]): Edit {
  const { block } = opening;
  const start = opening.blankBefore ? opening.afterHeader : block[0].start;
  return { start, end: block.at(-1)!.end, text: indented(lines, opening.indent, opening.eol) };
}

/**
 * The edit that puts a docstring first in the body, splitting a body that
 * sits on the header line. After a class docstring a blank line follows, as
 * pycodestyle wants before a method (E301).
 */
function insertDocstring(opening: Opening, lines: readonly string[], forClass: boolean): Edit {
  const { indent, eol } = opening;
  if (!opening.inline) {
    const blank = forClass && !opening.blankBefore ? eol : '';
    return { start: opening.afterHeader, end: opening.afterHeader, text: indented(lines, indent, eol) + eol + blank };
  }
  return { start: opening.colonEnd, end: opening.first.startIndex, text: `${eol}${indented(lines, indent, eol)}${eol}${indent}` };
}

/** Lines joined with `eol`, each indented except blank ones. */
function indented(lines: readonly string[], indent: string, eol: string): string {
  return lines.map((line) => (line === '' ? '' : indent + line)).join(eol);
}

function readConventions(context: FileContext): Conventions {
  const lint = readLintConfig(context);
  const quotes = [...context.source.matchAll(DOCSTRING_QUOTES)].map((match) => match[1]);
  const single = quotes.filter((quote) => quote === "'''").length;
  const docLimit = lint.maxDocLength !== null && lint.checks('W505') ? lint.maxDocLength : null;
  const lineLimit = lint.checks('E501') ? lint.maxLineLength : Infinity;
  const useDoc = docLimit !== null && docLimit < lineLimit;
  return {
    quote: single > quotes.length - single ? "'''" : '"""',
    limit: useDoc ? docLimit : lineLimit,
    limitName: useDoc ? 'max-doc-length' : 'max-line-length',
    h405: lint.checks('H405'),
    unit: INDENTED_BLOCK.exec(context.source)?.[2] ?? '    ',
  };
}

const transform: Transform<Code> = { meta, collect: collectPositionFacts, collectsFrom: positionFactsText, create };
export default transform;
