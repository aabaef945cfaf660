/**
 * split-tests
 *
 * ## What it does
 * Splits a long test method that checks several things one after the other
 * into focused tests, one per phase. A phase acts, then asserts; phases are
 * separated by blank lines or comments, or by acting again after asserting.
 * Each new test keeps the statements its phase needs from before it (the
 * set-up, and earlier steps whose results it reads through locals or `self`),
 * the decorators, the mocks it uses, and its phase's comments, the first of
 * which opens the new test. A wait (a polling loop, a sleep, a wait helper)
 * goes with the steps it waits on. Phases that depend on each other (a
 * lifecycle, or steps that also check) stay together, in order, in one new
 * test; the others are peeled off. A set-up of three or more statements that
 * every new test starts with becomes one helper method they all call.
 *
 * ## Why is this bad
 * A test that checks five things stops at the first failure and hides the
 * other four; its name cannot say what it covers; a reviewer must read all of
 * it to know what broke.
 *
 * ## Example
 * ```python
 * def test_server(self):
 *     server = self.api.create_server('web')[0]
 *
 *     # Reboot
 *     self.api.reboot_server(server['id'])
 *     self.assertEqual('REBOOT', server['status'])
 *
 *     # Migrate
 *     self.api.live_migrate(server['id'], 'compute2')
 *     self.assertEqual('compute2', server['host'])
 * ```
 * becomes `test_server_reboot` and `test_server_migrate`, each creating the
 * server and doing its own step.
 *
 * ## Fix safety
 * Unsafe: the new tests no longer run the other phases' steps, and a test id
 * becomes several (the finding lists them; `--test-id-map` writes them).
 * Refused: tests whose phases all depend on each other (a lifecycle),
 * `subTest`, generators, `self.skipTest` after the set-up, statements after
 * the last assertion, early returns, a name the module spells again (a
 * caller, an override), mocks that cannot be matched to their patch
 * decorators, splits whose new tests would still have several phases, and
 * splits whose phases kept together the next run would split again.
 */
import type Parser from 'tree-sitter';
import {
  analyzeRange,
  applyEdits,
  countStatements,
  caseStyleOf,
  type CodeTable,
  type Edit,
  enclosing,
  type FileContext,
  type Finding,
  findTestDefinitions,
  type InjectedMock,
  lineEnd,
  newFunctionStyleIn,
  nextLineStart,
  type Phase,
  type PhaseGroup,
  type PhaseJoin,
  readLintConfig,
  readPhases,
  readTestDecorators,
  type TestPhases,
  toCamelCase,
  toSnakeCase,
  type Transform,
  type TransformMeta,
  uniqueHelperName,
  writeHelper,
} from '../../src/index.js';
import { classPath, phaseGroups, readNewTests, type SplitLimits, tangledTest, unstableGroup } from './reread.js';
import { isUuid, uuid5 } from './uuid5.js';

type Node = Parser.SyntaxNode;

const codes = {
  TM701: {
    name: 'multi-phase-test',
    summary: 'a test with several phases or more than --split-statements statements → one test per phase, each with the steps it needs; test ids change',
    fix: 'unsafe',
  },
} as const satisfies CodeTable;

type Code = keyof typeof codes;

const meta: TransformMeta<Code> = {
  name: 'split-tests',
  summary: 'Split a long test that checks several things in turn into one focused test per phase',
  suggestion: 'split long tests into smaller, focused tests',
  safety: 'unsafe',
  defaultEnabled: false,
  docs: {
    whatItDoes:
      'Splits a test method with several phases (each acting, then asserting; separated by blank lines, comments, or acting ' +
      'again after asserting) into one test per phase, named <test>_<phase words> (<test><PhaseWords> after a mixedCase test). ' +
      'Each new test keeps the set-up and earlier ' +
      'steps its phase reads (through locals, self attributes, or calls that may change self), the waits (polling loops, ' +
      'sleeps, wait helpers) on those steps, the decorators, the mocks it uses, and its comments; the phase comment opens it, ' +
      'unless it describes a wait. Phases that depend on each other stay together, in order, in one new test named after ' +
      'each of them: a lifecycle (a phase needs the steps of several earlier ones, as in create → update → delete), or a phase ' +
      'that needs steps which also check; the independent phases are peeled off into tests of their own. A tempest ' +
      'idempotent_id stays on the first new test; the n-th gets uuid5(old id, str(n)).',
    whyIsThisBad:
      'A test that checks several things stops at the first failure and hides the rest, cannot say in its name what it covers, ' +
      'and makes a reviewer read all of it to learn what broke.',
    example: {
      input:
        'class ServersTest(test.TestCase):\n    def test_server(self):\n        server = self.create_server()\n\n' +
        '        # The list shows it\n        servers = self.api.list_servers()\n        self.assertIn(server, servers)\n\n' +
        "        # Show finds it\n        shown = self.api.show_server(server['id'])\n        self.assertEqual(server, shown)\n\n" +
        "        # Its metadata starts empty\n        self.assertEqual({}, self.api.get_metadata(server['id']))\n",
      output:
        'class ServersTest(test.TestCase):\n    def test_server_list_shows(self):\n        # The list shows it\n        server = self.create_server()\n\n' +
        '        servers = self.api.list_servers()\n        self.assertIn(server, servers)\n\n' +
        '    def test_server_show_finds(self):\n        # Show finds it\n        server = self.create_server()\n\n' +
        "        shown = self.api.show_server(server['id'])\n        self.assertEqual(server, shown)\n\n" +
        '    def test_server_metadata_starts_empty(self):\n        # Its metadata starts empty\n        server = self.create_server()\n\n' +
        "        self.assertEqual({}, self.api.get_metadata(server['id']))\n",
    },
    fixSafety:
      'Unsafe (--unsafe): each new test runs only its own phase and what it needs, one test id becomes several, and mocks a ' +
      'phase does not use are no longer patched for it, unless their patch configures them (side_effect=, return_value=). Refused with the reason: tests with no phase that stands on its own ' +
      '(a lifecycle from start to end), self.subTest, generators, self.skipTest after the set-up, statements ' +
      'after the last assertion, early returns, locals()/eval, a name the module spells again (a caller, an override), ' +
      'data-driven decorators, mocks that cannot be matched to their patch decorators, and splits whose phases kept together ' +
      'would split again when their new test is read on its own. Splitting adds lines, so the lines ' +
      'below move: tracebacks and code that reads line numbers see the new ones.',
  },
  examples: {
    valid: [
      'class ServersTest(test.TestCase):\n    def test_boot(self):\n        server = self.boot()\n        self.assertEqual(1, len(self.api.servers))\n',
      'class ServersTest(test.TestCase):\n    def test_lifecycle(self):\n        server = self.api.create()\n        self.assertTrue(server)\n\n' +
        '        server = self.api.update(server)\n        self.assertTrue(server)\n\n        self.api.delete(server)\n        self.assertFalse(self.api.servers)\n',
    ],
    invalid: [
      {
        input:
          'class ServersTest(test.TestCase):\n    def test_limits(self):\n        # Too small\n        self.assertRaises(ValueError, parse, -1)\n\n' +
          '        # Just right\n        self.assertEqual(1, parse(1))\n\n        # Too big\n        self.assertRaises(ValueError, parse, 99)\n',
        output:
          'class ServersTest(test.TestCase):\n    def test_limits_too_small(self):\n        # Too small\n        self.assertRaises(ValueError, parse, -1)\n\n' +
          '    def test_limits_just_right(self):\n        # Just right\n        self.assertEqual(1, parse(1))\n\n' +
          '    def test_limits_too_big(self):\n        # Too big\n        self.assertRaises(ValueError, parse, 99)\n',
      },
      {
        input:
          'class VolumesTest(test.TestCase):\n    def test_volumes(self):\n        # A new volume is available\n        volume = self.api.create(\'v1\')\n' +
          "        self.assertEqual('available', volume['status'])\n\n        # Extending it grows it\n        self.api.extend(volume['id'], 2)\n" +
          "        self.assertEqual(2, self.api.show(volume['id'])['size'])\n\n        # Deleting it removes it\n        self.api.delete(volume['id'])\n" +
          "        self.assertEqual([], self.api.list())\n\n        # Bad sizes are refused\n        self.assertRaises(ValueError, parse_size, 'big')\n",
        output:
          'class VolumesTest(test.TestCase):\n    def test_volumes_new_extending_deleting(self):\n        # A new volume is available\n        volume = self.api.create(\'v1\')\n' +
          "        self.assertEqual('available', volume['status'])\n\n        # Extending it grows it\n        self.api.extend(volume['id'], 2)\n" +
          "        self.assertEqual(2, self.api.show(volume['id'])['size'])\n\n        # Deleting it removes it\n        self.api.delete(volume['id'])\n" +
          "        self.assertEqual([], self.api.list())\n\n    def test_volumes_bad_sizes_refused(self):\n        # Bad sizes are refused\n        self.assertRaises(ValueError, parse_size, 'big')\n",
      },
    ],
  },
  options: {
    'split-statements': { type: 'number', default: 12, integer: true, min: 2, describe: 'split-tests: consider tests with at least this many statements' },
    'split-phases': { type: 'number', default: 3, integer: true, min: 2, describe: 'split-tests: consider tests with at least this many phases, however short' },
  },
  codes,
};

/** Where a test may be defined; the tree confirms. */
const TEST_DEFINITION = /^[ \t]*(?:async[ \t]+)?def[ \t]+test/m;

/** Calls that make names impossible to follow. */
const DYNAMIC = /\b(?:locals|vars|eval|exec)\s*\(/;

/** A patch that makes its mock behave (`side_effect=...`): the code under test meets it whether or not a phase mentions the mock. */
const CONFIGURED_PATCH = /\b(?:side_effect|return_value|wraps|new_callable)\s*=/;

/** `@decorators.idempotent_id('<uuid>')`, tempest's stable test id. */
const IDEMPOTENT_ID = /^@\s*(?:[\w.]*\.)?idempotent_id\s*\(/;

/** Words a phase comment uses that say nothing about the phase. */
const FILLER = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'from', 'as', 'at', 'that', 'this', 'these', 'those',
  'which', 'who', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'it', 'its', 'they', 'them',
  'their', 'then', 'now', 'we', 'our', 'check', 'checks', 'verify', 'make', 'sure', 'should', 'test', 'tests', 'also', 'next', 'finally', 'first',
]);

/** How many words of a comment a name takes. */
const NAME_WORDS = 4;

function create(context: FileContext): Finding<Code>[] {
  if (!TEST_DEFINITION.test(context.source)) return [];
  const limits = {
    statements: Number(context.settings['split-statements'] ?? 12),
    phases: Number(context.settings['split-phases'] ?? 3),
  };
  const findings: Finding<Code>[] = [];
  const definitions = findTestDefinitions(context.tree.rootNode, context.source);
  const classes = definitions.flatMap((test) => (test.kind === 'class' ? [classPath(test.node.childForFieldName('body')!)] : []));
  for (const test of definitions) {
    if (test.kind !== 'method') continue;
    const owner = classPath(test.node);
    const finding = splitTest(test.node, owner, classes.indexOf(owner) === classes.lastIndexOf(owner), context, limits);
    if (finding !== null) findings.push(finding);
  }
  return findings;
}

/** One test method's finding: its split, or why it stays whole; null when it is not long enough to consider. */
function splitTest(definition: Node, owner: string, onlyClass: boolean, context: FileContext, limits: SplitLimits): Finding<Code> | null {
  const name = definition.childForFieldName('name')!.text;
  const body = definition.childForFieldName('body')!;
  const size = countStatements(body);
  const phases = readPhases(body, context.source);
  if (size < limits.statements && phases.phases.length < limits.phases) return null;

  const shown = `${name} (${size} statements, ${phases.phases.length} phase${phases.phases.length === 1 ? '' : 's'})`;
  const where = { start: definition.startIndex, end: definition.childForFieldName('parameters')!.endIndex };
  const refuse = (reason: string): Finding<Code> => ({ code: 'TM701', message: `${shown} left whole`, ...where, fix: null, reason });

  const refusal = refusalOf(definition, phases, context);
  if (refusal !== null) return refuse(refusal);
  const decorators = readTestDecorators(definition);
  if ('refusal' in decorators) return refuse(decorators.refusal);

  const { groups, joins } = phaseGroups(definition, phases, decorators.mocks, context.scopes());
  if (groups.length === 1) return refuse(wholeReason(joins, phases, context));

  const names = newTestNames(definition, name, phases, groups, context);
  const header = readHeader(definition, context);
  const prefix = sharedPrefix(definition, name, phases, groups, context);
  const pieces = groups.map((group, index) =>
    writeTest({ definition, phases, phase: phases.phases[group.phases[0]], group, index, name: names[index], mocks: decorators.mocks, decorators: decorators.decorators, header, prefix, context }),
  );
  const last = phases.statements.at(-1)!.node;
  const tail = trailingComments(body, last, context);
  const end = nextLineStart(context.source, (tail ?? last).endIndex);
  const tailText = tail === null ? '' : context.source.slice(nextLineStart(context.source, last.endIndex), end);
  const tests = pieces.map((piece, index) => (index === pieces.length - 1 ? piece + tailText : ensureEol(piece, context.eol))).join(context.eol);
  const text = prefix === null ? tests : withHelper(tests, prefix.definition, context.eol);

  const split = readNewTests(text, context.eol, names);
  const tangled = tangledTest(split, groups);
  if (tangled !== -1) {
    return refuse(`the new test for ${phaseNames(phases, context)([groups[tangled].phases[0]])} would still have several phases: the earlier steps it needs also check`);
  }

  const unstable = unstableGroup({ definition, edit: { start: header.start, end, text }, split, names, groups, onlyClass }, context, limits);
  if (unstable !== -1) {
    return refuse(`${phaseNames(phases, context)(groups[unstable].phases)} would stay together in ${names[unstable]}, but the next run would split that test again: the split would not be stable`);
  }

  const module = context.moduleName();
  const together = groups.flatMap((group, index) => (group.phases.length > 1 ? [`${names[index]} keeps ${togetherReason(group, joins, phases, context)}`] : []));
  return {
    code: 'TM701',
    message: `${shown} → ${names.join(', ')}${together.length > 0 ? `; ${together.join('; ')}` : ''}`,
    ...where,
    fix: { edits: [{ start: header.start, end, text }], safety: 'unsafe' },
    testIds: { from: `${module}.${owner}.${name}`, to: names.map((n) => `${module}.${owner}.${n}`) },
  };
}

/** Why no phase can be peeled off: the first join of a lifecycle, else the first join of steps that check. */
function wholeReason(joins: readonly PhaseJoin[], phases: TestPhases, context: FileContext): string {
  const join = joins.find((j) => j.kind === 'lifecycle') ?? joins[0];
  const name = phaseNames(phases, context);
  if (join.kind === 'lifecycle') return `${name([join.phase])} needs the steps of ${name(join.needs)}: a lifecycle (create → update → delete) has no independent parts`;
  return `${name([join.phase])} needs steps of ${name(join.needs)} that also check: no phase stands on its own`;
}

/** Which phases a group keeps together, and why. */
function togetherReason(group: PhaseGroup, joins: readonly PhaseJoin[], phases: TestPhases, context: FileContext): string {
  const kinds = new Set(joins.filter((join) => group.phases.includes(join.phase)).map((join) => join.kind));
  const why = [...(kinds.has('lifecycle') ? ['a lifecycle: later phases need the steps of several earlier ones'] : []), ...(kinds.has('checks') ? ['a later phase needs steps that also check'] : [])];
  return `${phaseNames(phases, context)(group.phases)} together (${why.join('; ')})`;
}

/**
 * Names phases in a message: `the phases at lines 3 and 6`, by the lines of
 * the file as it was; `phases 1 and 2` of the test when they are no longer
 * apart there (a test an earlier split wrote).
 */
function phaseNames(phases: TestPhases, context: FileContext): (indices: readonly number[]) => string {
  const lines = phases.phases.map((_, index) => context.sourceLine(phaseStart(phases, index)));
  const apart = new Set(lines).size === lines.length;
  return (indices) => {
    const several = indices.length > 1;
    const items = indices.map((index) => String(apart ? lines[index] : index + 1));
    return apart ? `the phase${several ? 's' : ''} at line${several ? 's' : ''} ${listed(items)}` : `phase${several ? 's' : ''} ${listed(items)}`;
  };
}

/** `a`, `a and b`, `a, b and c`. */
function listed(items: readonly string[]): string {
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** How many statements a shared set-up needs before it becomes a helper rather than a copy. */
const HELPER_STATEMENTS = 3;

/** The statements every new test starts with, moved into one helper method. */
interface SharedPrefix {
  /** Indices into the test's statements. */
  readonly statements: readonly number[];
  /** The call that takes their place (`server, flavor = self._set_up_resize()`), without indentation. */
  readonly call: string;
  /** The helper's definition, starting with the line breaks that separate it from the method before it. */
  readonly definition: string;
}

/**
 * The set-up all the new tests share, when it is at least
 * {@link HELPER_STATEMENTS} consecutive statements that can move: a helper
 * `_set_up_<test>` (in the convention of the module's functions) written by
 * the helper-method machinery, which returns what the tests read. Null when the tests share less, or it cannot move
 * (they are then copied).
 */
function sharedPrefix(definition: Node, name: string, phases: TestPhases, groups: readonly PhaseGroup[], context: FileContext): SharedPrefix | null {
  const first = groups[0].statements;
  let length = 0;
  while (length < first.length && first[length] === first[0] + length && groups.every((group) => group.statements[length] === first[length])) length++;
  if (length < HELPER_STATEMENTS) return null;
  const statements = first.slice(0, length);
  const nodes = statements.map((index) => phases.statements[index].node);
  const flow = analyzeRange(context.scopes(), definition, nodes, context.sourceLine);
  if (flow.immovable !== null) return null;
  const lint = readLintConfig(context);
  const snakeBase = `_set_up_${name.replace(/^test_?/, '')}`;
  const base = newFunctionStyleIn(context) === 'camel' ? toCamelCase(snakeBase) : snakeBase;
  const helper = uniqueHelperName(enclosing(definition, ['class_definition'])!, base);
  const made = writeHelper(context, { method: definition, statements: nodes, name: helper, flow, lineLimit: lint.checks('E501') ? lint.maxLineLength : Infinity });
  if (made.refusal !== undefined) return null;
  const [call, insertion] = made.edits;
  return { statements, call: call.text, definition: insertion.text };
}

/** The new tests, then the helper they share. */
function withHelper(tests: string, definition: string, eol: string): string {
  return tests.endsWith(eol) ? tests.slice(0, -eol.length) + definition + eol : tests + definition;
}

/** Why a test cannot be split, from its shape alone; null when it may be. */
function refusalOf(definition: Node, phases: TestPhases, context: FileContext): string | null {
  const body = definition.childForFieldName('body')!;
  const text = context.text(body);
  if (definition.children[0]?.type === 'async') return 'it is a coroutine';
  if (/\byield\b/.test(text) && ownNodes(body, ['yield']).length > 0) return 'it is a generator (it yields)';
  if (/\bself\.subTest\s*\(/.test(text)) return 'it uses self.subTest, whose sub-tests already report one by one';
  if (DYNAMIC.test(text)) return 'it calls locals(), vars(), eval() or exec(), which read names the split cannot follow';
  if (phases.phases.length < 2) {
    return phases.statements.length <= 2 ? 'its checks sit inside one block: nothing to split at its top level' : 'it has one phase (it acts, then asserts): nothing to split';
  }
  const skip = phases.statements.findIndex((s, i) => !phases.prologue.includes(i) && /\bself\.skipTest\s*\(/.test(s.text));
  if (skip !== -1) return `it calls self.skipTest at line ${context.sourceLine(phases.statements[skip].node.startIndex)}, after its set-up`;
  if (phases.trailing.length > 0) {
    return `statements after its last assertion (line ${context.sourceLine(phases.statements[phases.trailing[0]].node.startIndex)}) would run in one new test only`;
  }
  const early = /\breturn\b/.test(text) ? ownNodes(body, ['return_statement']) : [];
  if (early.length > 0) return `it returns early at line ${context.sourceLine(early[0].startIndex)}`;
  const shared = phases.statements.find((s) => /\S/.test(context.source.slice(s.node.endIndex, lineEnd(context.source, s.node.endIndex)).replace(/^\s*#.*$/, '')));
  if (shared) return `line ${context.sourceLine(shared.node.startIndex)} holds more than one statement`;
  const colon = definition.children.find((child) => child.type === ':')!;
  if (body.startIndex < nextLineStart(context.source, colon.endIndex)) return 'its body starts on the line of its def';
  const mention = mentionElsewhere(definition, context.source);
  if (mention !== null) {
    return `the module names it again at line ${context.sourceLine(mention)} (a call, an override in another class, a string): that code would lose it`;
  }
  return null;
}

/** Where the module spells the test's name outside its definition, or null. */
function mentionElsewhere(definition: Node, source: string): number | null {
  const name = definition.childForFieldName('name')!;
  const holder = definition.parent?.type === 'decorated_definition' ? definition.parent : definition;
  for (const match of source.matchAll(new RegExp(`(?<![\\w])${name.text}(?![\\w])`, 'g'))) {
    if (match.index < holder.startIndex || match.index >= definition.endIndex) return match.index;
  }
  return null;
}

/** Nodes of these types in a body, leaving out nested functions, lambdas and classes. */
function ownNodes(body: Node, types: string[]): Node[] {
  return body.descendantsOfType(types).filter((node) => {
    for (let at = node.parent; at !== null && at.id !== body.id; at = at.parent) {
      if (at.type === 'function_definition' || at.type === 'lambda' || at.type === 'class_definition') return false;
    }
    return true;
  });
}

/** The text before a test's body: its decorators and its `def` line, from the start of the first line. */
interface Header {
  readonly start: number;
  readonly end: number;
}

function readHeader(definition: Node, context: FileContext): Header {
  const holder = definition.parent?.type === 'decorated_definition' ? definition.parent : definition;
  const colon = definition.children.find((child) => child.type === ':')!;
  return { start: context.lineStart(holder.startIndex), end: nextLineStart(context.source, colon.endIndex) };
}

interface NewTest {
  readonly definition: Node;
  readonly phases: TestPhases;
  /** The group's first phase, whose comments open the test. */
  readonly phase: Phase;
  readonly group: PhaseGroup;
  /** Its place among the new tests, from 0. */
  readonly index: number;
  readonly name: string;
  readonly mocks: readonly InjectedMock[];
  readonly decorators: readonly Node[];
  readonly header: Header;
  readonly prefix: SharedPrefix | null;
  readonly context: FileContext;
}

/** The text of one new test: its header, the docstring, its first phase's comment, then the statements of its group. */
function writeTest(test: NewTest): string {
  const { phases, phase, group, context } = test;
  const source = context.source;
  const parts: string[] = [writeHeader(test)];
  if (phases.docstring !== null) parts.push(source.slice(context.lineStart(phases.docstring.startIndex), nextLineStart(source, phases.docstring.endIndex)));
  const opening = openingComments(phase, phases);
  if (opening !== null) parts.push(source.slice(context.lineStart(opening[0].startIndex), nextLineStart(source, opening.at(-1)!.endIndex)));
  const prefix = test.prefix?.statements ?? [];
  for (const [order, index] of group.statements.entries()) {
    const statement = phases.statements[index].node;
    const start = chunkStart(phases, index, test.header.end, source);
    const end = prefix.includes(index) ? context.lineStart(statement.startIndex) : nextLineStart(source, statement.endIndex);
    if (prefix.includes(index) && index !== prefix[0]) continue;
    const moved = opening !== null && index === phase.statements[0];
    let chunk = moved ? source.slice(start, context.lineStart(opening[0].startIndex)) + source.slice(nextLineStart(source, opening.at(-1)!.endIndex), end) : source.slice(start, end);
    if (index === prefix[0]) chunk += `${context.indentOf(statement.startIndex)}${test.prefix!.call}${context.eol}`;
    parts.push(order === 0 ? chunk.replace(/^(?:[ \t\f]*\r?\n)+/, '') : chunk);
  }
  return parts.join('');
}

/** Where statement `index`'s lines begin: after the previous statement's line (its comments and blank lines included). */
function chunkStart(phases: TestPhases, index: number, headerEnd: number, source: string): number {
  const previous = index === 0 ? phases.docstring : phases.statements[index - 1].node;
  return previous === null ? headerEnd : nextLineStart(source, previous.endIndex);
}

/** The header with the new name, the new test id, and without the mocks the test does not use. */
function writeHeader(test: NewTest): string {
  const { definition, context, header } = test;
  const nameNode = definition.childForFieldName('name')!;
  const edits: Edit[] = [{ start: nameNode.startIndex, end: nameNode.endIndex, text: test.name }];
  if (test.index > 0) {
    const id = idempotentId(test.decorators);
    if (id !== null) edits.push({ start: id.startIndex, end: id.endIndex, text: uuid5(id.text, String(test.index + 1)) });
  }
  for (const mock of droppedMocks(test)) {
    const parameters = definition.childForFieldName('parameters')!.namedChildren;
    const previous = parameters[parameters.findIndex((p) => p.id === mock.parameter.id) - 1];
    edits.push({ start: context.lineStart(mock.decorator.startIndex), end: nextLineStart(context.source, mock.decorator.endIndex), text: '' });
    edits.push({ start: previous.endIndex, end: mock.parameter.endIndex, text: '' });
  }
  const local = edits.map((edit) => ({ ...edit, start: edit.start - header.start, end: edit.end - header.start }));
  return applyEdits(context.source.slice(header.start, header.end), local);
}

/** The mocks the original test mentions and the new one does not, unless their patch configures them: the new test is not patched with them. */
function droppedMocks(test: NewTest): InjectedMock[] {
  if (test.mocks.length === 0) return [];
  const read = namesRead(test.phases, test.group.statements);
  const everywhere = namesRead(test.phases, test.phases.statements.map((_, i) => i));
  return test.mocks.filter((mock) => !read.has(mock.name) && everywhere.has(mock.name) && !CONFIGURED_PATCH.test(mock.decorator.text));
}

/** The string holding a tempest test id, when it is a UUID. */
function idempotentId(decorators: readonly Node[]): Node | null {
  const decorator = decorators.find((d) => IDEMPOTENT_ID.test(d.text));
  const content = decorator?.descendantsOfType('string_content')[0];
  return content !== undefined && isUuid(content.text) ? content : null;
}

/** The names these statements of a test mention. */
function namesRead(phases: TestPhases, statements: readonly number[]): Set<string> {
  const names = new Set<string>();
  for (const index of statements) {
    for (const id of phases.statements[index].node.descendantsOfType('identifier')) {
      if (id.parent?.type !== 'attribute' || id.parent.childForFieldName('object')?.id === id.id) names.add(id.text);
    }
  }
  return names;
}

/**
 * `<test>_<phase words>` for every group: the words of its phase's comment,
 * or the name of its first call, less the words the test's name already has
 * (the first such word of each phase, for a group of several); the group's
 * number when none remain. A mixedCase test gives mixedCase names
 * (`testResizeGrowsDisk`). A name the class, a class related to it in the
 * file, or another new test already has gets `_2`, `_3`... (`2`, `3`... after
 * a mixedCase name that does not end in a digit).
 */
function newTestNames(definition: Node, name: string, phases: TestPhases, groups: readonly PhaseGroup[], context: FileContext): string[] {
  const cls = enclosing(definition, ['class_definition'])!;
  const style = caseStyleOf(name);
  const snakeName = style === 'camel' ? toSnakeCase(name) : name;
  const own = new Set(snakeName.toLowerCase().split('_'));
  const chosen = new Set<string>();
  const wordsOf = (phase: number) => phaseWords(phases.phases[phase], phases, context).filter((word) => !own.has(word));
  return groups.map((group, index) => {
    const words = group.phases.length === 1 ? wordsOf(group.phases[0]) : [...new Set(group.phases.flatMap((phase) => wordsOf(phase).slice(0, 1)))];
    const suffix = words.slice(0, NAME_WORDS).join('_');
    const base = `${snakeName}_${suffix || index + 1}`;
    const unique = uniqueHelperName(cls, style === 'camel' ? toCamelCase(base) : base, [], chosen);
    chosen.add(unique);
    return unique;
  });
}

/** The words that describe a phase: those of its comment, else those of its first call's name. */
function phaseWords(phase: Phase, phases: TestPhases, context: FileContext): string[] {
  const comments = openingComments(phase, phases);
  if (comments !== null) {
    const line = context.text(comments[0]).replace(/^#+/, '');
    const words = (line.toLowerCase().match(/[a-z][a-z0-9]*/g) ?? []).filter((word) => !FILLER.has(word));
    if (words.length > 0) return words;
  }
  for (const index of phase.statements) {
    const statement = phases.statements[index];
    if (statement.asserts || statement.waits) continue;
    const call = statement.node.descendantsOfType('call')[0];
    const callee = call?.childForFieldName('function');
    const method = callee?.type === 'attribute' ? callee.childForFieldName('attribute')!.text : callee?.text;
    if (method !== undefined && /^\w+$/.test(method)) {
      return method.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split('_').filter((word) => word !== '');
    }
  }
  return [];
}

/**
 * The comments that open a phase and move to the top of its new test; null
 * when it has none, or when they sit on a wait (`# Wait for it to be gone`):
 * they describe that step and stay with it.
 */
function openingComments(phase: Phase, phases: TestPhases): readonly Node[] | null {
  if (phase.comments.length === 0 || phases.statements[phase.statements[0]].waits) return null;
  return phase.comments;
}

/** The comments after a body's last statement, at the body's indentation: they stay at the end of the last new test. */
function trailingComments(body: Node, last: Node, context: FileContext): Node | null {
  let found: Node | null = null;
  for (const child of body.namedChildren) {
    if (child.startIndex < last.endIndex || child.type !== 'comment') continue;
    if (context.column(child.startIndex) !== context.column(last.startIndex) && context.lineStart(child.startIndex) !== context.lineStart(last.endIndex)) break;
    found = child;
  }
  return found;
}

function phaseStart(phases: TestPhases, phase: number): number {
  return phases.statements[phases.phases[phase].statements[0]].node.startIndex;
}

function ensureEol(text: string, eol: string): string {
  return text.endsWith('\n') ? text : text + eol;
}

const transform: Transform<Code> = { meta, create };
export default transform;
