/**
 * naming
 *
 * ## What it does
 * Finds the naming convention that prevails in the files of the run, for
 * functions and methods on one side and locals and parameters on the other,
 * and renames the names of a module that mixes conventions to the prevailing
 * one, with every reference, scope by scope.
 *
 * ## Why is this bad
 * A module that says `retryCount` in one test and `retry_count` in the next
 * makes the reader wonder whether the two differ. PEP 8 asks for snake_case,
 * and allows mixedCase where it is already the prevailing style.
 *
 * ## Example
 * ```python
 * def test_attach(self):
 *     attachedVolume = make_volume(size_gb=1)
 *     self.assertEqual(1, attachedVolume['size'])
 * ```
 * becomes, in a module whose other locals are snake_case,
 * ```python
 * def test_attach(self):
 *     attached_volume = make_volume(size_gb=1)
 *     self.assertEqual(1, attached_volume['size'])
 * ```
 *
 * ## Fix safety
 * Locals, comprehension variables, nested functions and the parameters of
 * nested functions, lambdas and mock-patched tests are renamed safely, with
 * every reference the scope analysis finds (src/rename/local.ts). Methods,
 * module-level functions and their parameters are renamed across the files
 * of the run (src/rename/members.ts): safely when
 * private (`_x`), otherwise only with `--unsafe`, since code outside the run
 * may reach them (and a test's id changes). Framework names (setUp, assert*,
 * useFixture, resource_setup, pytest fixtures…), dunders and mangled names
 * are never renamed, nor is anything in a scope that reads `locals()`,
 * `vars()`, `eval` or `exec`. Such a call in a function keeps only that
 * function's names; module-level names are kept when the module calls
 * `globals()`, `eval` or `exec`, or reads `locals()` at module level.
 */
import type Parser from 'tree-sitter';
import { type MemberName, type ParameterRename, RunIndex, type Selection, wordsOf } from './run-index.js';
import {
  type Binding,
  caseStyleOf,
  type CaseStyle,
  classIndex,
  type CodeTable,
  collectMemberFacts,
  type ConventionDecision,
  type ConventionFacts,
  type ConventionName,
  conventionNames,
  countStyles,
  decideConvention,
  type Edit,
  type FactsContext,
  type FileContext,
  type FileFacts,
  type Finding,
  identifiersOf,
  isNamedClassChain,
  keywordArguments,
  memberEdits,
  type MemberFacts,
  type MemberPlan,
  type MemberTarget,
  methodParameterEdits,
  NAME_KIND_LABEL,
  NAME_KINDS,
  type NameKind,
  type NamePair,
  noStyles,
  type ParameterPlan,
  parameterCallEdits,
  parameterReachRefusal,
  planMemberRename,
  planMethodParameter,
  qualifiedName,
  readNamesAndSites,
  readSites,
  renameBinding,
  runStyles,
  type Safety,
  type Scope,
  type ScopeAnalysis,
  type StyleCounts,
  textDigest,
  type Transform,
  toCaseStyle,
  type TransformMeta,
} from '../../src/index.js';

const codes = {
  TM301: {
    name: 'naming-local',
    summary: "a local, comprehension variable, nested function or parameter in the module's other convention → the prevailing one, with every reference",
    fix: 'safe or unsafe',
  },
  TM302: { name: 'naming-member', summary: 'a method or module-level function in the other convention → the prevailing one, in every file of the run', fix: 'safe or unsafe' },
  TM303: { name: 'naming-method-parameter', summary: "a method's parameter in the other convention → the prevailing one, in every override and at its keyword callers", fix: 'safe or unsafe' },
  TM304: { name: 'naming-keyword-argument', summary: "keyword arguments of calls to another file's function whose parameter takes the prevailing convention", fix: 'safe or unsafe' },
  TM310: { name: 'mixed-case-module', summary: 'a module that names its functions, or its locals, in mixedCase throughout: left alone and reported', fix: 'none' },
} as const satisfies CodeTable;

type Code = keyof typeof codes;

const meta: TransformMeta<Code> = {
  name: 'naming',
  summary: 'Rename the names of a module that mixes snake_case and mixedCase to the convention that prevails in the run',
  suggestion: 'use consistent naming conventions',
  safety: 'safe',
  defaultEnabled: false,
  docs: {
    whatItDoes:
      'Counts, over the files of the run, how many functions and methods, and how many locals and parameters, are named in ' +
      'snake_case and how many in mixedCase, and takes the convention that prevails for each (--naming-style overrides it). ' +
      'In a module that mixes the two, the names of the other convention are renamed with every reference, as Python resolves ' +
      'them: locals, comprehension variables, nested functions and parameters in the module; methods and module-level ' +
      'functions in every file of the run. A module written in mixedCase throughout (Twisted style) is left alone, and the ' +
      'report says so.',
    whyIsThisBad:
      'A module that says retryCount in one test and retry_count in the next makes a reader wonder whether the two differ, ' +
      'and every new test repeats the doubt. PEP 8 asks for snake_case functions and variables, and allows mixedCase only ' +
      'where it is already the prevailing style.',
    example: {
      input:
        'def test_attach(self):\n    attachedVolume = make_volume(size_gb=1)\n    self.assertEqual(1, attachedVolume[\'size\'])\n\n' +
        'def test_detach(self):\n    detached_volume = make_volume(size_gb=2)\n    self.assertEqual(2, detached_volume[\'size\'])\n',
      output:
        'def test_attach(self):\n    attached_volume = make_volume(size_gb=1)\n    self.assertEqual(1, attached_volume[\'size\'])\n\n' +
        'def test_detach(self):\n    detached_volume = make_volume(size_gb=2)\n    self.assertEqual(2, detached_volume[\'size\'])\n',
    },
    fixSafety:
      'Safe for locals, comprehension variables, nested functions, and the parameters of nested functions, lambdas and ' +
      'of tests that mock.patch fills (with the keyword arguments of the calls in the file): the rename follows Python\'s ' +
      'scopes, global and nonlocal, and never touches attributes, keyword arguments of other functions or strings. Methods, ' +
      'module-level functions and their parameters are renamed in every file of the run (self.x, ' +
      'cls.x, Class.x, module.x, imports, subclasses\' overrides, keyword arguments): safe when private (_x), unsafe ' +
      'otherwise, since code outside the run may call them (a renamed test\'s id goes to the report and --test-id-map). ' +
      'Never renamed, and reported: framework hooks and API (setUp, assert*, useFixture, resource_setup, pytest_*…), ' +
      'dunders and mangled names; methods a string spells (mock.patch.object, getattr, stub_out), methods of fakes of ' +
      'external APIs and overrides of a base outside the run; parameters that name pytest fixtures or are parametrized, ' +
      'or that calls may pass out of sight; a name whose new form already exists where the rename reaches; every name of a scope that ' +
      'reads locals(), vars(), eval or exec (a function\'s locals() keeps only that function\'s names); and module-level names ' +
      'of a module that calls globals(), eval or exec, or reads locals() at module level.',
  },
  examples: {
    valid: [
      'def test_attach(self):\n    attached_volume = make_volume(size_gb=1)\n    volume_size = attached_volume[\'size\']\n',
      'def test_attach(self):\n    attachedVolume = make_volume(sizeGb=1)\n    volumeSize = attachedVolume[\'size\']\n',
      'def test_attach(self):\n    volume_size = 1\n    volumeSize = 2\n    volume_type = None\n    return volume_size + volumeSize\n',
    ],
    invalid: [
      {
        input: 'def test_list(self):\n    server_list = []\n    serverCount = len(server_list)\n    return [s for s in server_list if serverCount]\n',
        output: 'def test_list(self):\n    server_list = []\n    server_count = len(server_list)\n    return [s for s in server_list if server_count]\n',
      },
    ],
  },
  options: {
    'naming-style': {
      type: 'string',
      choices: ['snake', 'camel'],
      describe: 'naming: rename to this convention in every module, instead of the one that prevails in the run',
    },
  },
  codes,
};

/** What the first pass learns from one file. */
interface NamingFacts extends ConventionFacts {
  readonly members: readonly MemberName[];
  /** Names that show a convention and appear in the file's strings, anywhere in them. */
  readonly strings: readonly string[];
  /** What the member rename machinery needs, watching every name of the file that shows a convention. */
  readonly reach: MemberFacts;
  /** Where the file's first mixedCase name of each kind is defined: a module left in mixedCase is noted there. */
  readonly firstMixed: Readonly<Record<NameKind, Place | null>>;
  /** How many of the file's names other than methods and module-level functions follow each convention, framework names included. */
  readonly locals: StyleCounts;
  /** The file's methods and module-level functions that show a convention, in the order of its scopes. */
  readonly definitions: readonly MemberDefinition[];
  /** The text these facts were read from, told apart from the text a later round sees after fixes. */
  readonly fingerprint: string;
}

/** Where a name is defined in its file. */
interface Place {
  readonly start: number;
  readonly end: number;
}

/**
 * A method or module-level function of the file, as the second pass reports
 * it: the first pass's facts carry these, so that a file whose text is
 * unchanged need not be analysed again to say why its members keep their names.
 */
interface MemberDefinition extends Place {
  /** {@link memberKey} of the member it defines ('' in a class inside a function). */
  readonly key: string;
  readonly style: CaseStyle;
  /** `method Class.name` or `function name`. */
  readonly what: string;
}

/** The first pass's results and their sums, the same for every file of the run. */
interface RunFacts {
  readonly files: readonly { readonly path: string; readonly facts: NamingFacts }[];
  /** The same files by path. */
  readonly byPath: ReadonlyMap<string, { readonly path: string; readonly facts: NamingFacts }>;
  /** Whether every file's facts could be read: without them no name other files reach is renamed. */
  readonly complete: boolean;
  readonly counts: StyleCounts;
  /** Every file's facts for the member rename machinery, in path order. */
  readonly reach: readonly MemberFacts[];
  /** The same facts by name, and the plans made so far. */
  readonly index: RunIndex;
}

/** The first pass's results, as this file sees them. */
interface Run extends RunFacts {
  readonly own: NamingFacts | null;
}

/** Bases outside the run whose API the framework names cover: test cases, and object. */
const TEST_BASE = /Test|^object$/;

function collect(context: FileContext): NamingFacts {
  // The scope analysis reads the names, the strings and member facts the sites: one walk reads both.
  readNamesAndSites(context.tree);
  const analysis = context.scopes();
  const candidates = conventionNames(analysis);
  const strings = stringWords(context.tree, context.source);
  return {
    counts: countStyles(candidates),
    members: candidates.flatMap((candidate) => memberName(context, candidate) ?? []),
    strings,
    reach: collectMemberFacts(context, analysis, watchedNames(context.tree, strings), Object.keys(codes)),
    firstMixed: { function: firstMixed(candidates, 'function'), variable: firstMixed(candidates, 'variable') },
    locals: countLocals(candidates),
    definitions: memberDefinitions(context, candidates),
    fingerprint: textDigest(context.source),
  };
}

/** How many candidates other than methods and module-level functions follow each convention. */
function countLocals(candidates: readonly ConventionName[]): StyleCounts {
  const counts = noStyles();
  for (const candidate of candidates) if (!isMember(candidate)) counts[candidate.kind][candidate.style]++;
  return counts;
}

/** The methods and module-level functions among the candidates, where they are defined and how a finding names them. */
function memberDefinitions(context: FileContext, candidates: readonly ConventionName[]): MemberDefinition[] {
  return candidates.filter(isMember).map((candidate) => {
    const { binding } = candidate;
    const what = binding.scope.kind === 'class' ? `method ${binding.scope.name}.${binding.name}` : `function ${binding.name}`;
    return { key: memberKey(memberName(context, candidate)), style: candidate.style, what, ...placeOf(binding) };
  });
}

/** Where the first mixedCase candidate of a kind is defined, or null. */
function firstMixed(candidates: readonly ConventionName[], kind: NameKind): Place | null {
  const first = candidates.find((candidate) => candidate.kind === kind && candidate.style === 'camel');
  return first === undefined ? null : placeOf(first.binding);
}

function create(context: FileContext): Finding<Code>[] {
  return new Naming(context).findings();
}

/** Thrown where the findings of a file read from its facts alone would need its tree. */
const NEEDS_TREE = new Error('the findings need the tree');

/**
 * A file's findings from the first pass's facts, when its text is the one
 * they were read from and no finding needs the tree: a module that keeps to
 * one convention and spells no name renamed elsewhere gets its notes
 * without being parsed again. Null when any finding needs the tree.
 */
function createFromFacts(context: FactsContext): Finding<Code>[] | null {
  const needsTree = (): never => {
    throw NEEDS_TREE;
  };
  const naming = new Naming({ ...context, get tree() { return needsTree(); }, text: needsTree, scopes: needsTree, query: needsTree });
  if (!naming.readAsCollected()) return null;
  try {
    return naming.findings();
  } catch (error) {
    if (error === NEEDS_TREE) return null;
    throw error;
  }
}

/** Whether a candidate is a method or a module-level function, which other files may reach. */
function isMember(candidate: ConventionName): boolean {
  return candidate.kind === 'function' && (candidate.binding.scope.kind === 'module' || candidate.binding.scope.kind === 'class');
}

/** The member a candidate names, or null when it is not one (or sits in a class inside a function, which nothing outside reaches by name). */
function memberName(context: FileContext, candidate: ConventionName): MemberName | null {
  if (!isMember(candidate)) return null;
  const { scope, name, references } = candidate.binding;
  const read = references.some((reference) => reference.role === 'read');
  const line = context.line(placeOf(candidate.binding).start);
  if (scope.kind === 'module') return { owner: null, name, read, line };
  return isNamedClassChain(scope) ? { owner: `${context.moduleName()}.${qualifiedName(scope)}`, name, read, line } : null;
}

/** Every name the file spells, in code or in its strings, that shows a convention, paired with its form in the other one. */
function watchedNames(tree: Parser.Tree, strings: readonly string[]): NamePair[] {
  const names = new Set([...identifiersOf(tree.rootNode).byName.keys(), ...strings]);
  return [...names].flatMap((name) => {
    const style = caseStyleOf(name);
    return style === null ? [] : [{ from: name, to: toCaseStyle(name, style === 'snake' ? 'camel' : 'snake') }];
  });
}

/** The words of the file's strings that show a convention: `'ext://tests.handlerFunc'`, `'%(fooBar)s'`. */
function stringWords(tree: Parser.Tree, source: string): string[] {
  const words = new Set(readSites(tree).strings.flatMap((string) => source.slice(string.start, string.end).match(/[A-Za-z_]\w*/g) ?? []));
  return [...words].filter((word) => caseStyleOf(word) !== null);
}

/** The sums of each run's first pass, kept while the run's facts live: every file of the run reads them. */
const runFacts = new WeakMap<readonly FileFacts[], RunFacts>();

/** The first pass's results and their sums. */
function readRun(context: FileContext): Run {
  const all = context.project.get(meta.name) ?? [];
  let run = runFacts.get(all);
  if (run === undefined) runFacts.set(all, (run = sumRun(all)));
  return { ...run, own: run.byPath.get(context.path)?.facts ?? null };
}

function sumRun(all: readonly FileFacts[]): RunFacts {
  const files = all.filter((file) => file.facts !== null).map((file) => ({ path: file.path, facts: file.facts as NamingFacts }));
  const byPath = new Map<string, (typeof files)[number]>();
  for (const file of files) if (!byPath.has(file.path)) byPath.set(file.path, file);
  return { files, byPath, complete: files.length > 0 && files.length === all.length, counts: runStyles(all), reach: files.map((file) => file.facts.reach), index: new RunIndex(files) };
}

/** Whether renames in two scopes can see each other's names: one holds the other. */
function overlaps(a: Scope, b: Scope): boolean {
  const holds = (outer: Scope, inner: Scope | null): boolean => inner !== null && (inner === outer || holds(outer, inner.parent));
  return holds(a, b) || holds(b, a);
}

function placeOf(binding: Binding): Place {
  const node = binding.definitions[0].node;
  return { start: node.startIndex, end: node.endIndex };
}

/** What a binding is, for messages. */
function describeBinding(binding: Binding): string {
  if (binding.kinds.has('function')) return 'nested function';
  return binding.kinds.has('parameter') ? 'parameter' : 'local';
}

function refuse(binding: Binding, newName: string, reason: string): Finding<Code> {
  return { code: 'TM301', ...placeOf(binding), message: `${describeBinding(binding)} ${binding.name} would become ${newName}`, fix: null, reason };
}

function renamed(binding: Binding, newName: string, why: string, edits: readonly Edit[], safety: Safety): Finding<Code> {
  return { code: 'TM301', ...placeOf(binding), message: `${describeBinding(binding)} ${binding.name} → ${newName}: ${why}`, fix: { edits, safety } };
}

/** One file's renames: its own names, and its uses of names other modules of the run rename. */
class Naming {
  private readonly run: Run;
  private readonly forced: CaseStyle | undefined;
  /** Renames across the run already given, so that a family renamed from two modules is renamed once. */
  private readonly seen = new Set<string>();
  /** Every word of the file: a rename across the run can only touch a name the file spells. */
  private readonly words: ReadonlySet<string>;
  private ownCandidates: ConventionName[] | undefined;
  private ownDefinitions: readonly MemberDefinition[] | undefined;
  private asCollected: boolean | undefined;

  constructor(private readonly context: FileContext) {
    this.run = readRun(context);
    this.forced = context.settings['naming-style'] as CaseStyle | undefined;
    this.words = wordsOf(context.source);
  }

  findings(): Finding<Code>[] {
    return [...this.ownFindings(), ...this.memberFindings(), ...this.keywordFindings(), ...this.methodParameterFindings()];
  }

  /** The file's scopes, analysed when a finding needs them: a module that keeps to one convention and uses no name renamed elsewhere does not. */
  private get analysis(): ScopeAnalysis {
    return this.context.scopes();
  }

  /** The names of the file that show a convention. */
  private get candidates(): readonly ConventionName[] {
    return (this.ownCandidates ??= conventionNames(this.analysis));
  }

  /** The file's methods and module-level functions: as the first pass read them while the text is the one it read. */
  private get definitions(): readonly MemberDefinition[] {
    return (this.ownDefinitions ??= this.readAsCollected() ? this.run.own!.definitions : memberDefinitions(this.context, this.candidates));
  }

  /** The run's methods and functions whose own module renames them: it gives its functions a convention they do not follow. */
  private renamedMembers(): Selection<MemberName> {
    return {
      key: this.forced ?? '',
      keep: ({ file, fact }) => {
        const { target } = this.decision('function', this.run.files[file].facts.counts);
        return target !== null && caseStyleOf(fact.name) !== target;
      },
    };
  }

  /** The run's parameters whose own module gives its locals and parameters a convention. */
  private renamedParameters(): Selection<ParameterRename> {
    return { key: this.forced ?? '', keep: ({ file }) => this.decision('variable', this.run.files[file].facts.counts).target !== null };
  }

  /** Whether the file's text is the one its first-pass facts were read from: not after fixes of an earlier round. */
  readAsCollected(): boolean {
    return (this.asCollected ??= this.run.own !== null && this.run.own.fingerprint === textDigest(this.context.source));
  }

  /** The convention a module's names of one kind take, from its own facts. */
  private decision(kind: NameKind, counts: StyleCounts): ConventionDecision {
    return decideConvention(kind, counts, this.run.counts, this.forced);
  }

  /** Locals, nested functions and parameters defined here, one finding each, and a note for a kind left in mixedCase. */
  private ownFindings(): Finding<Code>[] {
    const own = this.run.own?.counts ?? countStyles(this.candidates);
    const findings: Finding<Code>[] = [];
    const planned: { from: string; to: string; scope: Scope }[] = [];
    for (const kind of NAME_KINDS) {
      const decision = this.decision(kind, own);
      if (decision.target === null) {
        const first = this.readAsCollected() ? this.run.own!.firstMixed[kind] : firstMixed(this.candidates, kind);
        if (decision.note !== null && first !== null) findings.push({ code: 'TM310', ...first, message: `${NAME_KIND_LABEL[kind]} left in mixedCase`, fix: null, reason: decision.note });
        continue;
      }
      if (this.readAsCollected() && this.run.own!.locals[kind][decision.target === 'snake' ? 'camel' : 'snake'] === 0) continue;
      for (const candidate of this.candidates) {
        if (candidate.kind !== kind || isMember(candidate) || candidate.style === decision.target) continue;
        const { binding } = candidate;
        const newName = toCaseStyle(binding.name, decision.target);
        const taken = planned.find((other) => other.to === newName && other.from !== binding.name && overlaps(other.scope, binding.scope));
        const finding = taken ? refuse(binding, newName, `another name in reach becomes ${newName} too`) : this.renameFinding(binding, newName, decision);
        if (finding === null) continue;
        if (finding.fix !== null) planned.push({ from: binding.name, to: newName, scope: binding.scope });
        findings.push(finding);
      }
    }
    return findings;
  }

  /**
   * The finding for a local, a nested function or a parameter: its rename with
   * every reference, or why there is none. A parameter of a module-level
   * function is also passed by keyword in other files ({@link keywordFindings});
   * a public function's is renamed only as unsafe. A method's parameter goes
   * with the method's family and callers ({@link methodParameterFinding}).
   */
  private renameFinding(binding: Binding, newName: string, decision: ConventionDecision & { target: CaseStyle }): Finding<Code> | null {
    const fn = binding.scope;
    const methodParameter = binding.kinds.has('parameter') && fn.kind === 'function' && fn.parent?.kind === 'class';
    if (methodParameter && isNamedClassChain(fn.parent!)) {
      const className = `${this.context.moduleName()}.${qualifiedName(fn.parent!)}`;
      return this.methodParameterFinding({ className, function: fn.name!, parameter: binding.name, newName }, decision, this.context.path);
    }
    const plan = renameBinding(this.analysis, binding, newName);
    if ('refusal' in plan) return refuse(binding, newName, plan.refusal);
    if (!binding.kinds.has('parameter') || fn.kind !== 'function' || fn.parent?.kind !== 'module') return renamed(binding, newName, decision.why, plan.edits, 'safe');
    if (!this.run.complete) return refuse(binding, newName, 'not every file of the run could be read: calls that pass it by keyword could be missed');
    const path = `${this.context.moduleName()}.${fn.name}`;
    const unreachable = parameterReachRefusal(this.run.reach, this.context.path, path, binding.name);
    if (unreachable !== null) return refuse(binding, newName, unreachable);
    return renamed(binding, newName, decision.why, plan.edits, fn.name!.startsWith('_') ? 'safe' : 'unsafe');
  }

  /**
   * Methods and module-level functions, renamed across the run: each module
   * decides for its own definitions, and every file renames its uses of them.
   */
  private memberFindings(): Finding<Code>[] {
    const { context, run } = this;
    let definitions: Map<string, MemberDefinition> | undefined;
    const ownDefinition = (member: MemberName) => {
      definitions ??= new Map(this.definitions.map((definition) => [definition.key, definition]));
      return definitions.get(memberKey(member));
    };
    if (!run.complete || run.own === null) {
      const { target } = this.decision('function', run.own?.counts ?? countStyles(this.candidates));
      if (target === null) return [];
      return this.definitions
        .filter((definition) => definition.style !== target)
        .map((definition) => memberRefusal(definition, 'not every file of the run could be read: uses of it elsewhere could be missed'));
    }
    const project = run.reach;
    const findings: Finding<Code>[] = [];
    for (const { file: place, order, fact: member } of run.index.membersNamed(this.words, this.renamedMembers())) {
      const file = run.files[place];
      const decision = this.decision('function', file.facts.counts);
      if (decision.target === null || caseStyleOf(member.name) === decision.target) continue;
      const target: MemberTarget = member.owner === null ? { kind: 'function', module: file.facts.reach.module, name: member.name } : { kind: 'method', className: member.owner, name: member.name };
      const newName = toCaseStyle(member.name, decision.target);
      const definition = file.path === context.path ? ownDefinition(member) : undefined;
      const plan = run.index.planned(`member ${order}`, (): MemberPlan => {
        const planned = planMemberRename(project, target, newName);
        return ('refusal' in planned ? null : this.conventionRefusal(planned.classes, member, decision.target)) ?? planned;
      });
      if ('refusal' in plan) {
        if (definition !== undefined) findings.push(memberRefusal(definition, plan.refusal, newName));
        continue;
      }
      if (!this.firstTime(`${plan.classes.join(',') || `${file.facts.reach.module}.${member.name}`}:${newName}`)) continue;
      const edits = memberEdits(context, this.analysis, run.own.reach, plan);
      if (edits.length === 0) continue;
      const what = describeTarget(target);
      const at = definition === undefined ? { start: edits[0].start, end: edits[0].end } : { start: definition.start, end: definition.end };
      const message = definition === undefined ? `${what} → ${newName}, defined in ${file.path}: ${decision.why}` : `${what} → ${newName}: ${decision.why}`;
      const fix = { edits, safety: plan.safety };
      if (definition === undefined) findings.push({ code: 'TM302', ...at, message, fix, about: { path: file.path, line: member.line } });
      else if (plan.testIds.length === 0) findings.push({ code: 'TM302', ...at, message, fix });
      else findings.push(...plan.testIds.map((testIds) => ({ code: 'TM302' as const, ...at, message, fix, testIds })));
    }
    return findings;
  }

  /** Why a rename chosen by convention, which the machinery would allow, must not happen after all, or null. */
  private conventionRefusal(family: readonly string[], member: MemberName, target: CaseStyle): { refusal: string } | null {
    const { name } = member;
    return this.spelledInString(name) ?? this.overridingOutside(family, name) ?? this.calledFromOutside(member) ?? this.keptElsewhere('function', family, name, target);
  }

  /**
   * Why a method or function that nothing in the run uses keeps its name (a
   * library or framework calls it, duck-typed: a SAX handler's notationDecl),
   * or null. Tests are found by their prefix and need no caller.
   */
  private calledFromOutside(member: MemberName): { refusal: string } | null {
    if (/^test/.test(member.name) || member.read) return null;
    return this.run.index.isReached(member.name) ? null : { refusal: `nothing in the run uses ${member.name}: whatever calls it does so from outside the run, by that name` };
  }

  /**
   * Why a method or function that a string spells keeps its name, or null. A
   * rename chosen by convention stops at any string that holds the name
   * (`'ext://tests.handlerFunc'`, a docstring), not only at those naming it
   * whole.
   */
  private spelledInString(name: string): { refusal: string } | null {
    const path = this.run.index.stringHolder(name);
    return path === undefined ? null : { refusal: `a string in ${path} spells ${name}: a use by name there (a configuration, a patch, a lookup) would not follow the rename` };
  }

  /**
   * Why a method keeps its name because a class that defines it derives from
   * a class outside the run (other than a test case), whose method of that
   * name it may override, or null.
   */
  private overridingOutside(family: readonly string[], method: string): { refusal: string } | null {
    const classes = classIndex(this.run.reach);
    for (const name of family) {
      const cls = classes.get(name);
      if (cls === undefined || !cls.members.includes(method)) continue;
      const base = cls.bases.find((b) => !classes.has(b) && !TEST_BASE.test(b));
      if (base !== undefined) return { refusal: `${cls.qualname} derives from ${base}, which is outside the run: ${method} may override one of its methods` };
    }
    return null;
  }

  /** Whether a rename across the run is met for the first time in this file. */
  private firstTime(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  /**
   * Why a method or its parameter must keep its name because another module
   * of the run defines the method in the same family of classes and keeps
   * its own convention there, or null.
   */
  private keptElsewhere(kind: NameKind, classes: readonly string[], method: string, target: CaseStyle): { refusal: string } | null {
    const definers = classes.flatMap((name) => this.run.index.classesCalled(name).filter(({ fact }) => fact.members.includes(method)).map(({ file }) => file));
    const keeper = definers.sort((a, b) => a - b).map((at) => this.run.files[at]).find((file) => this.decision(kind, file.facts.counts).target !== target);
    return keeper === undefined ? null : { refusal: `${keeper.path} defines ${method} in the same classes and keeps its names as they are` };
  }

  /** The keyword arguments in this file of module-level functions of other files whose parameters are renamed. */
  private keywordFindings(): Finding<Code>[] {
    const { context, run } = this;
    if (!run.complete || run.own === null) return [];
    return run.index.parametersNamed(this.words, this.renamedParameters()).flatMap(({ file: place, fact: parameter }): Finding<Code>[] => {
      const file = run.files[place];
      const decision = this.decision('variable', file.facts.counts);
      if (file.path === context.path || decision.target === null) return [];
      if (parameter.className !== null || parameter.refusal !== null || parameter.newName !== convertedName(parameter.parameter, decision.target)) return [];
      const path = `${file.facts.reach.module}.${parameter.function}`;
      if (parameterReachRefusal(run.reach, file.path, path, parameter.parameter) !== null || !keywordArguments(context.tree).has(parameter.parameter)) return [];
      const edits = parameterCallEdits(context, this.analysis, run.own!.reach, path, parameter.parameter, parameter.newName);
      if (edits.length === 0) return [];
      const safety: Safety = parameter.function.startsWith('_') ? 'safe' : 'unsafe';
      const message = `keyword ${parameter.parameter}= of ${path}() → ${parameter.newName}=: ${decision.why}`;
      return [{ code: 'TM304', message, start: edits[0].start, end: edits[0].end, fix: { edits, safety }, about: definitionOf(file, null, parameter.function) }];
    });
  }

  /** Parameters of methods defined in other files: their overrides and the keyword arguments of calls here. */
  private methodParameterFindings(): Finding<Code>[] {
    return this.run.index.parametersNamed(this.words, this.renamedParameters()).flatMap(({ file: place, fact: parameter }) => {
      const file = this.run.files[place];
      const decision = this.decision('variable', file.facts.counts);
      if (file.path === this.context.path || decision.target === null) return [];
      if (parameter.className === null || parameter.newName !== convertedName(parameter.parameter, decision.target)) return [];
      const finding = this.methodParameterFinding(parameter as MethodParameter, decision, file.path);
      return finding === null ? [] : [finding];
    });
  }

  /**
   * A method parameter's rename in this file: in the methods of its family
   * and at the keyword arguments of calls reaching them. The module that
   * defines the method reports a refusal; the others stay silent.
   */
  private methodParameterFinding(parameter: MethodParameter, decision: ConventionDecision & { target: CaseStyle }, definedIn: string): Finding<Code> | null {
    const { context, run } = this;
    const here = definedIn === context.path;
    const what = `parameter ${parameter.parameter} of ${parameter.className.split('.').pop()}.${parameter.function}()`;
    const where = here ? this.parameterHere(parameter) : null;
    const refusal = (reason: string): Finding<Code> | null => (where === null ? null : { code: 'TM303', ...where, message: `${what} would become ${parameter.newName}`, fix: null, reason });
    if (!run.complete || run.own === null) return refusal('not every file of the run could be read: calls that pass it by keyword could be missed');
    const key = JSON.stringify([parameter.className, parameter.function, parameter.parameter, parameter.newName, decision.target]);
    const plan = run.index.planned(`parameter ${key}`, (): ParameterPlan => {
      const planned = planMethodParameter(run.reach, parameter.className, parameter.function, parameter.parameter, parameter.newName);
      const method = run.index.method(parameter.className, parameter.function);
      return (
        ('refusal' in planned
          ? null
          : (this.overridingOutside(planned.classes, parameter.function) ??
            (method === undefined ? null : this.calledFromOutside(method)) ??
            this.keptElsewhere('variable', planned.classes, parameter.function, decision.target))) ?? planned
      );
    });
    if ('refusal' in plan) return refusal(plan.refusal);
    if (!this.firstTime(`${parameter.function}(${parameter.parameter}):${plan.classes.join(',')}`) || !this.reachesMethods(plan)) return null;
    const edits = methodParameterEdits(context, this.analysis, run.own.reach, plan);
    if (edits.length === 0) return null;
    const message = here ? `${what} → ${parameter.newName}: ${decision.why}` : `${what} → ${parameter.newName}, defined in ${definedIn}: ${decision.why}`;
    const place = where ?? { start: edits[0].start, end: edits[0].end };
    const file = this.run.byPath.get(definedIn);
    const about = here || file === undefined ? undefined : definitionOf(file, parameter.className, parameter.function);
    return { code: 'TM303', ...place, message, fix: { edits, safety: plan.safety }, ...(about === undefined ? {} : { about }) };
  }

  /** Whether this file may hold something a method-parameter rename edits: a method of its family, or a call passing the parameter by keyword. */
  private reachesMethods(plan: Exclude<ParameterPlan, { refusal: string }>): boolean {
    if (keywordArguments(this.context.tree).has(plan.parameter) || !this.readAsCollected()) return true;
    return this.run.own!.reach.classes.some((cls) => plan.classes.includes(cls.fullName));
  }

  /** Where a method's parameter is defined in this file. */
  private parameterHere(parameter: MethodParameter): { start: number; end: number } | null {
    const module = this.context.moduleName();
    const scope = this.analysis.scopes.find(
      (s) => s.kind === 'function' && s.name === parameter.function && s.parent?.kind === 'class' && `${module}.${qualifiedName(s.parent)}` === parameter.className,
    );
    const binding = scope?.bindings.get(parameter.parameter);
    return binding === undefined ? null : placeOf(binding);
  }
}

/** A method's parameter to rename, as the module that defines the method names it. */
interface MethodParameter {
  readonly className: string;
  readonly function: string;
  readonly parameter: string;
  readonly newName: string;
}

/** A name in a convention, or null when it already follows it. */
function convertedName(name: string, target: CaseStyle): string | null {
  const style = caseStyleOf(name);
  return style === null || style === target ? null : toCaseStyle(name, target);
}

/** Where another file of the run defines a method (owner: its class) or a module-level function (owner null), for a finding here that follows from it. */
function definitionOf(file: { readonly path: string; readonly facts: NamingFacts }, owner: string | null, name: string): { path: string; line: number } {
  const member = file.facts.members.find((m) => m.owner === owner && m.name === name);
  return { path: file.path, line: member?.line ?? 1 };
}

function memberKey(member: MemberName | null): string {
  return member === null ? '' : `${member.owner ?? ''}:${member.name}`;
}

function describeTarget(target: MemberTarget): string {
  if (target.kind === 'method') return `${/^test/.test(target.name) ? 'test' : 'method'} ${target.className.split('.').pop()}.${target.name}`;
  return `function ${target.name}`;
}

function memberRefusal(definition: MemberDefinition, reason: string, newName?: string): Finding<Code> {
  const { what, start, end } = definition;
  return { code: 'TM302', start, end, message: newName === undefined ? `${what} keeps its name` : `${what} would become ${newName}`, fix: null, reason };
}

const naming: Transform<Code> = { meta, collect, create, createFromFacts };
export default naming;
