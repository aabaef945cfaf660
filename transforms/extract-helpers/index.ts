/**
 * extract-helpers
 *
 * ## What it does
 * Moves a deeply nested or long block of a test class's method into a
 * private helper method of the same class, inserted after the method, and
 * calls it in the block's place. The helper takes the locals the block reads
 * and returns those the method reads after it. Its name comes from the
 * comment that leads the block (`# Boot two servers in a multi-create
 * request` → `_boot_two_servers_in_a_multi_create_request`) or from the
 * block's main call, in the convention of the module's functions
 * (`_bootTwoServers…` in a mixedCase module). A block that comments divide into phases gives one
 * helper per phase. The same run of statements written out in several tests
 * of a class (identical up to their locals' names) becomes one helper called
 * from each test.
 *
 * ## Why is this bad
 * A test whose logic sits four loops deep, or runs for dozens of lines inside
 * one `with`, is hard to follow and hard to review: what it checks is buried
 * in how it gets there. A named helper says what the block does, and the
 * test reads as a list of steps.
 *
 * ## Example
 * ```python
 * def test_ports(self):
 *     for server in self.servers:
 *         for port in server.ports:
 *             if port.bound:
 *                 # Check the binding of the port
 *                 host = port.host
 *                 self.assertEqual(server.host, host)
 *                 self.assertTrue(port.active)
 * ```
 * becomes
 * ```python
 * def test_ports(self):
 *     for server in self.servers:
 *         for port in server.ports:
 *             if port.bound:
 *                 # Check the binding of the port
 *                 self._check_the_binding_of_the_port(port, server)
 *
 * def _check_the_binding_of_the_port(self, port, server):
 *     host = port.host
 *     self.assertEqual(server.host, host)
 *     self.assertTrue(port.active)
 * ```
 *
 * ## Fix safety
 * Safe: the data flow decides the parameters and return values, and blocks
 * that cannot move (see src/dataflow) are reported, not moved. The helper's
 * name is new to the class and to every class of the run it derives from or
 * that derives from it; a base class outside the run could still define it.
 */
import type Parser from 'tree-sitter';
import {
  alwaysBinds,
  analyzeRange,
  type ClassFacts,
  type CodeTable,
  type CaseStyle,
  collectPositionFacts,
  type Edit,
  enclosing,
  type FileContext,
  type FileFacts,
  type Finding,
  findTestDefinitions,
  helperCall,
  type HelperEdits,
  isPlainMethod,
  moduleClassFacts,
  newFunctionStyleIn,
  type ModuleClassFacts,
  type PositionFacts,
  positionReasons,
  type RangeFlow,
  readLintConfig,
  reuseClassFacts,
  sameNode,
  type ScopeAnalysis,
  statementLines,
  toCamelCase,
  type Transform,
  type TransformMeta,
  uniqueHelperName,
  usesOf,
  writeHelper,
} from '../../src/index.js';
import { findRepeatedRuns, type RepeatedRun, type RunCopy } from './duplicate-runs.js';

type Node = Parser.SyntaxNode;

const codes = {
  TM601: { name: 'nested-block', summary: 'a block of a test class method nested --extract-depth levels deep → a private helper method called in its place', fix: 'safe' },
  TM602: { name: 'long-block', summary: 'a nested block longer than --extract-lines lines → a private helper method called in its place', fix: 'safe' },
  TM603: { name: 'repeated-statements', summary: 'the same run of statements in several tests of a class → one helper method called from each', fix: 'safe' },
} as const satisfies CodeTable;

type Code = keyof typeof codes;

const meta: TransformMeta<Code> = {
  name: 'extract-helpers',
  summary: 'Move deeply nested or long blocks of test methods into named helper methods',
  suggestion: 'move nested blocks into helper methods',
  safety: 'safe',
  defaultEnabled: false,
  docs: {
    whatItDoes:
      'In the methods of test classes, a block nested --extract-depth levels deep (default 3) or longer than ' +
      '--extract-lines lines (default 15) becomes a private method of the class, inserted after the method it came ' +
      'from and called in its place: it takes the locals the block reads and returns those read after it ' +
      '(a, b = self._h(x)). The helper is named after the comment that leads the block, or after its main call, in the ' +
      'convention the module\'s functions follow (the one naming gives them when they mix: _check_port or _checkPort). ' +
      'Its body is the block\'s text, comments included, re-indented. A block that comments divide into phases gives one helper ' +
      'per phase. The same run of three or more statements in two or more tests of a class, identical up to local names, ' +
      'becomes one helper called from each place.',
    whyIsThisBad:
      'Logic buried four loops deep or in a 40-line with block is hard to follow and to review. A named helper says ' +
      'what the block does, and the test reads as a list of steps.',
    example: {
      input:
        'class PortsTest(test.TestCase):\n    def test_ports(self):\n        for server in self.servers:\n' +
        '            for port in server.ports:\n                if port.bound:\n                    # Check the binding of the port\n' +
        '                    host = port.host\n                    self.assertEqual(server.host, host)\n                    self.assertTrue(port.active)\n',
      output:
        'class PortsTest(test.TestCase):\n    def test_ports(self):\n        for server in self.servers:\n' +
        '            for port in server.ports:\n                if port.bound:\n                    # Check the binding of the port\n' +
        '                    self._check_the_binding_of_the_port(port, server)\n\n' +
        '    def _check_the_binding_of_the_port(self, port, server):\n        host = port.host\n' +
        '        self.assertEqual(server.host, host)\n        self.assertTrue(port.active)\n',
    },
    fixSafety:
      'Safe. The data flow of the block decides the parameters and return values. Left alone and reported: blocks with a ' +
      'return before their end, yield or await, a break or continue of an outer loop, global or nonlocal, del of an ' +
      'outer name, a super() call of a hook, a use of mocks a patch decorator passes by position, a name bound on some ' +
      'paths only and read after the block (unless it is set on every path before the block, as the helper takes it as an argument), a name read after the block when an enclosing try or assertRaises catches ' +
      'what the block raises, a closure over a name the method changes later, a name that a function or lambda of the method ' +
      'defined before the block reads or binds (it can run while the block runs), and methods that read ' +
      'locals() or vars(), and classes the module reads as a value (their methods may be copied elsewhere). The helper\'s name is new to the class and to every class of the run related to it; a base ' +
      'class outside the run could still define it, so the transform is not in the default set. Moving a block adds and ' +
      'removes lines, so the lines below it move: tracebacks and code that reads line numbers see the new ones. A module ' +
      'that reads its line numbers, tracebacks of its own code, the function that logged (funcName), frames or ' +
      'reference counts (sys.getrefcount) gets no helper. A block whose helper would take a name another block moved ' +
      'in the same run binds without handing it back stays.',
  },
  examples: {
    valid: [
      'class T(unittest.TestCase):\n    def test(self):\n        for a in b:\n            for c in a:\n                if c:\n                    self.check(c)\n',
      'class T(unittest.TestCase):\n    def test(self):\n        for a in b:\n            for c in a:\n                if c:\n                    x = 1\n                    y = 2\n                    break\n',
    ],
    invalid: [
      {
        input:
          'class T(unittest.TestCase):\n    def test(self):\n        for a in b:\n            for c in a:\n                with c:\n' +
          '                    value = self.api.show_volume(c)\n                    self.assertTrue(value)\n                    total = value + 1\n' +
          '        return total\n',
        output:
          'class T(unittest.TestCase):\n    def test(self):\n        for a in b:\n            for c in a:\n                with c:\n' +
          '                    total = self._show_volume(c)\n        return total\n\n    def _show_volume(self, c):\n' +
          '        value = self.api.show_volume(c)\n        self.assertTrue(value)\n        total = value + 1\n        return total\n',
      },
    ],
  },
  options: {
    'extract-depth': { type: 'number', describe: 'extract-helpers: move blocks nested this many levels deep in a method', default: 3, integer: true, min: 1 },
    'extract-lines': { type: 'number', describe: 'extract-helpers: move nested blocks longer than this many lines', default: 15, integer: true, min: 1 },
  },
  codes,
};

/** Fewer statements than this are not worth a helper. */
const MIN_STATEMENTS = 3;

/** The longest helper name made from a comment, and its most words. */
const MAX_NAME_LENGTH = 50;
const MAX_NAME_WORDS = 9;

/** Words a name does not end with, and words that only narrate at its start. */
const TRAILING_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'with', 'and', 'or', 'by', 'at', 'from', 'is', 'are', 'be', 'that', 'this', 'its', 'their', 'each', 'every', 'all', 'under', 'over', 'into', 'after', 'before', 'about', 'as', 'via', 'per', 'when', 'while', 'if', 'then', 'than', 'so', 'but']);
const LEADING_WORDS = new Set(['now', 'then', 'first', 'firstly', 'next', 'finally', 'also', 'and', 'we', 'lets', 'let']);

/** Comments that are not a description of what follows. */
const NOT_A_DESCRIPTION = /^(?:TODO|FIXME|XXX|HACK|NOTE)\b|\bnoqa\b|^(?:pylint|type|pragma|fmt|testmend):/i;

/** Calls that do not say what a block does. */
const MINOR_CALLS =
  /^(?:assert\w*|fail\w*|addCleanup|useFixture|patch|object|dict|multiple|append|extend|update|get|pop|format|len|print|str|int|float|bool|list|tuple|set|sorted|range|enumerate|zip|isinstance|getattr|setattr|hasattr|call|blank|uuid4|dumps|loads|json|decode|encode|items|keys|values|copy|deepcopy|join|split|strip|lower|upper|replace|startswith|endswith|read|write|close|open|sleep|time|now|set_override|flags|text|simple|http|reset_mock)$/;

const NO_NAME = 'neither a leading comment nor a call that no method of the class is named after says what the statements do, to name their helper';

/** Compound statements and the clauses of theirs that hold blocks. */
const BLOCK_HOLDERS = new Set(['for_statement', 'while_statement', 'if_statement', 'elif_clause', 'else_clause', 'with_statement', 'try_statement', 'except_clause', 'finally_clause', 'except_group_clause']);

/** A block that may move, and why it was chosen. */
interface Candidate {
  readonly method: Node;
  readonly cls: Node;
  readonly statements: readonly Node[];
  readonly code: 'TM601' | 'TM602';
  readonly why: string;
}

/** What the first pass learns of one file: its classes, for helper names, and what it shows of its source positions. */
interface Facts {
  readonly classes: ModuleClassFacts | null;
  readonly positions: PositionFacts;
}

function collect(context: FileContext): Facts {
  return { classes: context.source.includes('class') ? moduleClassFacts(context.tree.rootNode, context.source) : null, positions: collectPositionFacts(context) };
}

/** What the run's files share, gathered once per run: every class, for the helper names, every file's position facts, and each file's classes by path. */
interface RunFacts {
  readonly classes: readonly ClassFacts[];
  readonly positions: readonly FileFacts[];
  readonly byPath: ReadonlyMap<string, ModuleClassFacts>;
}

const runFacts = new WeakMap<readonly FileFacts[], RunFacts>();

function projectFacts(context: FileContext): RunFacts {
  const files = context.project.get(meta.name);
  if (files === undefined) return { classes: [], positions: [], byPath: new Map() };
  let facts = runFacts.get(files);
  if (facts === undefined) {
    const of = (file: FileFacts) => file.facts as Facts | null;
    facts = {
      classes: files.flatMap((file) => of(file)?.classes?.classes ?? []),
      positions: files.map((file) => ({ path: file.path, facts: of(file)?.positions ?? null })),
      byPath: new Map(files.flatMap((file) => (of(file)?.classes ? [[file.path, of(file)!.classes!]] : []))),
    };
    runFacts.set(files, facts);
  }
  return facts;
}

function create(context: FileContext): Finding<Code>[] {
  const root = context.tree.rootNode;
  const definitions = findTestDefinitions(root, context.source);
  const classes = definitions.filter((d) => d.kind === 'class');
  if (classes.length === 0) return [];
  const depth = Math.max(1, Number(context.settings['extract-depth'] ?? 3));
  const length = Number(context.settings['extract-lines'] ?? 15);
  const analysis = context.scopes();
  const lint = readLintConfig(context);
  const run = projectFacts(context);
  // The first round parses the text the first pass read.
  const collected = run.byPath.get(context.path);
  if (collected !== undefined) reuseClassFacts(context.tree, context.source, collected);
  let style: CaseStyle | undefined;
  const planning: Planning = {
    analysis,
    project: run.classes,
    reserved: new Set(),
    moves: [],
    lineLimit: lint.checks('E501') ? lint.maxLineLength : Infinity,
    get style() {
      return (style ??= newFunctionStyleIn(context));
    },
  };
  const findings: Finding<Code>[] = [];
  const moved: (readonly Node[])[] = [];
  const valueReads = new Map(classes.map(({ node }) => [node.id, readAsValue(context, analysis, node)]));
  const testsByClass = new Map<number, Node[]>();
  for (const { kind, node } of definitions) {
    const cls = kind === 'method' ? enclosing(node, ['class_definition']) : null;
    if (cls !== null) testsByClass.set(cls.id, [...(testsByClass.get(cls.id) ?? []), node]);
  }
  for (const { node: cls } of classes) {
    const tests = testsByClass.get(cls.id) ?? [];
    for (const run of findRepeatedRuns(analysis, context.source, tests, MIN_STATEMENTS)) {
      const finding = shareRun(context, cls, run, planning, valueReads.get(cls.id) ?? null);
      if (finding === null) continue;
      findings.push(finding);
      if (finding.fix !== null) moved.push(...run.copies.map((copy) => copy.statements));
    }
  }
  const candidates = classes.flatMap(({ node: cls }) => methodsOf(cls).flatMap((method) => deepBlocks(context, cls, method, depth, length)));
  for (const candidate of candidates) {
    const { method, statements } = candidate;
    const start = statements[0].startIndex;
    const end = statements[statements.length - 1].endIndex;
    if (moved.some((other) => other[0].startIndex < end && start < other[other.length - 1].endIndex)) continue;
    const where = `${candidate.why} in ${method.childForFieldName('name')!.text}`;
    const valueRead = valueReads.get(candidate.cls.id) ?? null;
    if (valueRead !== null) {
      findings.push({ code: candidate.code, message: `${where} stays: ${valueRead}`, start, end, fix: null, reason: valueRead });
      continue;
    }
    const helpers: Helper[] = [];
    for (const phase of phasesOf(context, statements)) {
      const helper = planHelper(context, candidate, phase, planning);
      if ('reason' in helper) {
        const at = { start: phase[0].startIndex, end: phase[phase.length - 1].endIndex };
        findings.push({ code: candidate.code, message: `${where} stays: ${helper.reason}`, ...at, fix: null, reason: helper.reason });
        continue;
      }
      planning.reserved.add(helper.name);
      helpers.push(helper);
    }
    if (helpers.length === 0) continue;
    moved.push(statements);
    const into = helpers.map((helper) => helper.signature).join(' and ');
    findings.push({ code: candidate.code, message: `${where} moves into ${into}`, start, end, fix: { edits: helpers.flatMap((helper) => helper.edits), safety: 'safe' } });
  }
  return findings.some((finding) => finding.fix !== null) ? keepFrames(context, run.positions, findings) : findings;
}

/**
 * The findings, all refused when the module reads its frames or its source
 * positions: a helper runs the block in a frame of its own, under another
 * function name, holding its own references, and the lines below both places
 * move.
 */
function keepFrames(context: FileContext, positions: readonly FileFacts[], findings: Finding<Code>[]): Finding<Code>[] {
  const frames = positionReasons(context, positions).frames;
  if (frames === null) return findings;
  const reason = `a helper would run the code in another frame and function and move the lines below, and ${frames}`;
  const stays = (message: string) => message.replace(/ move(s?) into .*$/, (_, s: string) => `${s === 's' ? ' stays' : ' stay'}: ${reason}`);
  return findings.map((finding) => (finding.fix === null ? finding : { ...finding, message: stays(finding.message), fix: null, reason }));
}

/**
 * One helper for the copies of a repeated run, written from the first copy
 * after its test, and a call in each copy's place with that copy's names; or
 * why the copies stay.
 */
function shareRun(context: FileContext, cls: Node, run: RepeatedRun, planning: Planning, valueRead: string | null): Finding<Code> | null {
  const copies = run.copies.map((copy) => ({ ...copy, statements: withoutBareReturn(copy.statements) }));
  if (copies[0].statements.length < MIN_STATEMENTS) return null;
  const [first, ...others] = copies;
  const tests = [...new Set(copies.map((copy) => copy.method.childForFieldName('name')!.text))];
  const where = `the same ${first.statements.length} statements in ${tests.join(', ')}`;
  const start = first.statements[0].startIndex;
  const end = first.statements[first.statements.length - 1].endIndex;
  const refuse = (reason: string): Finding<Code> => ({ code: 'TM603', message: `${where} stay: ${reason}`, start, end, fix: null, reason });
  if (valueRead !== null) return refuse(valueRead);
  const flows: RangeFlow[] = [];
  for (const copy of copies) {
    const flow = analyzeRange(planning.analysis, copy.method, copy.statements, context.sourceLine);
    if (flow.immovable !== null) return refuse(flow.immovable.reason);
    flows.push(flow);
  }
  const positions = (copy: RunCopy, names: readonly string[]) => names.map((name) => copy.locals.indexOf(name));
  const parameters = positions(first, flows[0].parameters);
  if (copies.some((copy, index) => positions(copy, flows[index].parameters).join() !== parameters.join())) {
    return refuse('the copies read different locals from before them');
  }
  const returns = [...new Set(copies.flatMap((copy, index) => positions(copy, flows[index].returns)))];
  const unbound = copies.find((copy) => returns.some((at) => !parameters.includes(at) && !alwaysBinds(copy.statements, copy.locals[at])));
  if (unbound) return refuse(`${unbound.method.childForFieldName('name')!.text} binds a value the helper would return on some paths only`);
  const words = nameWords(context, cls, first.statements, planning);
  if (words === null) return refuse(NO_NAME);
  const names = (copy: RunCopy, at: readonly number[]) => at.map((index) => copy.locals[index]);
  const flow = { parameters: flows[0].parameters, returns: names(first, returns), immovable: null };
  const { name, helper } = shortestFitting(words, planning.style, (base) => {
    const unique = uniqueHelperName(cls, base, planning.project, planning.reserved);
    return { name: unique, helper: writeHelper(context, { method: first.method, statements: first.statements, name: unique, flow, lineLimit: planning.lineLimit }) };
  });
  if (helper.refusal !== undefined) return refuse(helper.refusal);
  const calls = others.map((copy) =>
    helperCall(context, { method: copy.method, statements: copy.statements, name, args: names(copy, parameters), targets: names(copy, returns), lineLimit: planning.lineLimit }),
  );
  if (calls.some((call) => call === null)) return refuse('the statements share a line with other code');
  const moves = copies.map((copy): Move => ({ method: copy.method, statements: copy.statements, helper: name, parameters: names(copy, parameters), returns: names(copy, returns) }));
  const lost = moves.map((move) => lostValue(context, planning, move)).find((reason) => reason !== null);
  if (lost !== undefined) return refuse(lost);
  planning.moves.push(...moves);
  planning.reserved.add(name);
  const signature = `${name}(${['self', ...flow.parameters].join(', ')})`;
  return { code: 'TM603', message: `${where} move into ${signature}`, start, end, fix: { edits: [...helper.edits, ...calls.map((call) => call!.edit)], safety: 'safe' } };
}

/** A helper planned for one phase. */
interface Helper {
  readonly name: string;
  readonly signature: string;
  readonly edits: readonly Edit[];
}

/** What every helper of a file is planned against. */
interface Planning {
  readonly analysis: ScopeAnalysis;
  readonly project: readonly ClassFacts[];
  /** Names taken by the helpers planned so far. */
  readonly reserved: Set<string>;
  /** The blocks planned to move so far. */
  readonly moves: Move[];
  readonly lineLimit: number;
  /** The convention of the module's functions, which its helpers' names follow. */
  readonly style: CaseStyle;
}

/** A block planned to move into a helper, with the locals the call passes and takes back. */
interface Move {
  readonly method: Node;
  readonly statements: readonly Node[];
  readonly helper: string;
  readonly parameters: readonly string[];
  readonly returns: readonly string[];
}

/**
 * Why a block may not move with the others of this run, or null. A helper
 * call reads all its arguments at once, among them a name the block only
 * binds on some paths (passed in so the helper can return it unchanged on
 * the others). The data flow of each block is that of the method as it was:
 * when another block of the method moves and binds that name without
 * returning it (nothing read it after that block before), the call would
 * read a name the method no longer sets.
 */
function lostValue(context: FileContext, planning: Planning, move: Move): string | null {
  const binds = (at: Move, name: string) =>
    at.statements.some((statement) => usesOf(name, statement, context.tree.rootNode, context.source).some((use) => use.role !== 'read' && sameNode(use.scope, at.method)));
  for (const other of planning.moves) {
    if (!sameNode(other.method, move.method)) continue;
    for (const [reader, binder] of [
      [move, other],
      [other, move],
    ]) {
      const lost = reader.parameters.find((name) => !binder.returns.includes(name) && binds(binder, name));
      if (lost !== undefined) {
        return `${reader.helper} would take ${lost} from the method, but ${binder.helper}, moved in the same run, binds ${lost} and would not hand it back: the call would read ${lost} unset`;
      }
    }
  }
  return null;
}

/**
 * The runs of a block that become helpers: each phase that a blank line and
 * a descriptive comment open and that holds at least three statements, when
 * such comments divide the block into phases; else the whole block. A bare `return` that
 * ends a run stays in the method.
 */
function phasesOf(context: FileContext, statements: readonly Node[]): (readonly Node[])[] {
  const opensPhase = (index: number) =>
    index > 0 && commentWords(context, statements[index]) !== null && /\n[ \t]*\r?\n/.test(context.source.slice(statements[index - 1].endIndex, statements[index].startIndex));
  const starts = statements.flatMap((_, index) => (opensPhase(index) ? [index] : []));
  const phases = [0, ...starts].map((from, index, all) => withoutBareReturn(statements.slice(from, all[index + 1] ?? statements.length)));
  return phases.filter((phase) => countStatements(phase) >= MIN_STATEMENTS);
}

/** The helper for one phase of a candidate block, or why it stays. */
function planHelper(context: FileContext, candidate: Candidate, statements: readonly Node[], planning: Planning): Helper | { reason: string } {
  const { method, cls } = candidate;
  const flow = analyzeRange(planning.analysis, method, statements, context.sourceLine);
  if (flow.immovable !== null) return { reason: flow.immovable.reason };
  const words = nameWords(context, cls, statements, planning);
  if (words === null) return { reason: NO_NAME };
  const { name, helper } = shortestFitting(words, planning.style, (base) => {
    const unique = uniqueHelperName(cls, base, planning.project, planning.reserved);
    return { name: unique, helper: writeHelper(context, { method, statements, name: unique, flow, lineLimit: planning.lineLimit }) };
  });
  if (helper.refusal !== undefined) return { reason: helper.refusal };
  const move: Move = { method, statements, helper: name, parameters: flow.parameters, returns: flow.returns };
  const lost = lostValue(context, planning, move);
  if (lost !== null) return { reason: lost };
  planning.moves.push(move);
  return { name, signature: `${name}(${['self', ...flow.parameters].join(', ')})`, edits: helper.edits };
}

/**
 * Why helpers may not be added to a class whose module reads the class
 * itself (`getattr(ServersTest, name)`, `ServersTest.test_boot`): its
 * methods may be copied into other classes, which would not get the helper.
 * Naming it as a base or in `super(ServersTest, self)` is fine. Null when
 * nothing reads it.
 */
function readAsValue(context: FileContext, analysis: ScopeAnalysis, cls: Node): string | null {
  const name = cls.childForFieldName('name')!;
  const read = analysis.referenceAt(name)?.binding?.references.find((reference) => {
    if (reference.role !== 'read') return false;
    const list = reference.node.parent;
    const isBase = list?.type === 'argument_list' && list.parent?.type === 'class_definition';
    const isSuper = list?.type === 'argument_list' && list.parent?.childForFieldName('function')?.text === 'super';
    return !isBase && !isSuper;
  });
  return read === undefined ? null : `the module reads the class ${name.text} itself at line ${context.sourceLine(read.node.startIndex)}, and may copy its methods where the helper is not`;
}

/** The methods of a class that receive the instance; framework hooks included, dunders not. */
function methodsOf(cls: Node): Node[] {
  return (cls.childForFieldName('body')?.namedChildren ?? []).flatMap((statement) => {
    const definition = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (definition?.type !== 'function_definition' || /^__\w+__$/.test(definition.childForFieldName('name')!.text)) return [];
    return isPlainMethod(definition) ? [definition] : [];
  });
}

/**
 * The blocks of the method nested `depth` levels deep, or nested at all and
 * longer than `length` lines, that hold at least three statements, outer
 * blocks before the blocks inside them.
 */
function deepBlocks(context: FileContext, cls: Node, method: Node, depth: number, length: number): Candidate[] {
  const found: Candidate[] = [];
  const visit = (block: Node, level: number) => {
    const statements = block.namedChildren.filter((n) => n.type !== 'comment');
    const lines = statements.length === 0 ? 0 : context.line(statements[statements.length - 1].endIndex) - context.line(statements[0].startIndex) + 1;
    const code = level >= depth ? 'TM601' : level > 0 && lines > length ? 'TM602' : null;
    if (code !== null && countStatements(statements) >= MIN_STATEMENTS && statementLines(context, statements) !== null) {
      found.push({ method, cls, statements, code, why: code === 'TM601' ? `a block ${level} levels deep` : `a block of ${lines} lines` });
    }
    for (const statement of statements) for (const inner of blocksOf(statement)) visit(inner, level + 1);
  };
  const body = method.childForFieldName('body');
  if (body !== null) visit(body, 0);
  return found;
}

/** The blocks directly held by a compound statement (its body, its branches, its handlers). */
function blocksOf(statement: Node): Node[] {
  if (!BLOCK_HOLDERS.has(statement.type)) return [];
  return statement.namedChildren.flatMap((child) => (child.type === 'block' ? [child] : BLOCK_HOLDERS.has(child.type) ? blocksOf(child) : []));
}

/** Statements, counting those nested in compound statements. */
function countStatements(statements: readonly Node[]): number {
  return statements.reduce((sum, statement) => sum + 1 + countStatements(blocksOf(statement).flatMap((b) => b.namedChildren.filter((n) => n.type !== 'comment'))), 0);
}

/**
 * The helper named with all of `words` when its call and signature fit the
 * line limit, else with fewer words (down to two), else with all of them.
 */
function shortestFitting<T extends { helper: HelperEdits }>(words: readonly string[], style: CaseStyle, attempt: (base: string) => T): T {
  const first = attempt(helperName(words, style));
  for (let count = words.length - 1; count >= 2 && first.helper.refusal === undefined && !first.helper.fits; count--) {
    const shorter = words.slice(0, count);
    while (shorter.length > 1 && TRAILING_WORDS.has(shorter[shorter.length - 1])) shorter.pop();
    const next = attempt(helperName(shorter, style));
    if (next.helper.refusal === undefined && next.helper.fits) return next;
  }
  return first;
}

/** The words of the comment lines right above `first`, shortened; null when there are none or they are not a description. */
function commentWords(context: FileContext, first: Node): string[] | null {
  const lines: string[] = [];
  for (let end = context.lineStart(first.startIndex) - 1; end > 0; ) {
    const start = context.lineStart(end - 1);
    const comment = /^[ \t]*#+[ \t]*(.*?)\r?$/.exec(context.source.slice(start, end));
    if (comment === null) break;
    lines.unshift(comment[1]);
    end = start - 1;
  }
  if (lines.length === 0 || lines.some((line) => NOT_A_DESCRIPTION.test(line))) return null;
  const sentence = lines.join(' ').split(/[.:;!?](?:\s|$)/)[0];
  const words = sentence.toLowerCase().replace(/'/g, '').split(/[^a-z0-9]+/).filter(Boolean);
  while (words.length > 0 && LEADING_WORDS.has(words[0])) words.shift();
  const kept: string[] = [];
  for (const word of words) {
    if (kept.length === MAX_NAME_WORDS || [...kept, word].join('_').length > MAX_NAME_LENGTH) break;
    kept.push(word);
  }
  while (kept.length > 0 && TRAILING_WORDS.has(kept[kept.length - 1])) kept.pop();
  return kept.length > 0 ? kept : null;
}

/**
 * The words of the calls that may name the block, best first: calls made for
 * their effect (a statement of their own) before calls whose value is used,
 * each in source order, leaving out assertions, plumbing and constructors.
 */
function callWords(statements: readonly Node[]): string[][] {
  const calls = statements.flatMap((statement) => [statement, ...statement.descendantsOfType('call')]).filter((n) => n.type === 'call');
  const isAction = (call: Node) => call.parent?.type === 'expression_statement';
  const ranked = [...calls.filter(isAction), ...calls.filter((call) => !isAction(call))];
  return ranked.flatMap((call) => {
    const callee = call.childForFieldName('function');
    const name = callee?.type === 'attribute' ? callee.childForFieldName('attribute')!.text : callee?.type === 'identifier' ? callee.text : null;
    if (name === null || MINOR_CALLS.test(name) || /^[A-Z]/.test(name)) return [];
    const words = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split('_').filter(Boolean);
    return words.length > 0 && words[0] !== 'test' ? [words] : [];
  });
}

/**
 * The words that name a helper for `statements` of a method of `cls`: the
 * comment that leads them, else the best call whose name
 * no method or attribute of the class or a related class has (a helper named
 * after a method it calls would override that method); null when none.
 */
function nameWords(context: FileContext, cls: Node, statements: readonly Node[], planning: Planning): string[] | null {
  const free = (words: readonly string[]) => {
    const name = helperName(words, planning.style);
    return uniqueHelperName(cls, name, planning.project, planning.reserved) === name;
  };
  return commentWords(context, statements[0]) ?? callWords(statements).find(free) ?? null;
}

/** The private method name made of `words`, in the convention of the module's functions: `_boot_servers`, `_bootServers`. */
function helperName(words: readonly string[], style: CaseStyle): string {
  const name = `_${words.join('_')}`;
  return style === 'camel' ? toCamelCase(name) : name;
}

/** The statements without a bare `return` that ends them: the method returns after the call as it did. */
function withoutBareReturn(statements: readonly Node[]): readonly Node[] {
  const last = statements[statements.length - 1];
  return last?.type === 'return_statement' && last.namedChildCount === 0 ? statements.slice(0, -1) : statements;
}

const transform: Transform<Code> = { meta, collect, create };
export default transform;
