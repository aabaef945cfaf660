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
 * every reference the scope analysis finds (src/rename/local.ts). Methods and
 * module-level functions, and their parameters, can be reached from other
 * modules and are left alone. Framework names (setUp, assert*, useFixture,
 * resource_setup, pytest fixtures…), dunders and mangled names are never
 * renamed, and scopes that read `locals()`, `vars()`, `eval` or `exec` are
 * left alone.
 */
import { caseStyleLabel, caseStyleOf, toCaseStyle, type CaseStyle } from '../src/case-style.js';
import { frameworkNameReason } from '../src/rename/framework.js';
import { renameBinding } from '../src/rename/local.js';
import { analyzeScopes, type Binding, type Scope, type ScopeAnalysis } from '../src/scope/index.js';
import type { Edit, FileContext, Finding, Safety, Transform, TransformMeta } from '../src/types.js';

const meta: TransformMeta = {
  name: 'naming',
  summary: 'Rename the mixedCase or snake_case names of a module that mixes them to the convention that prevails in the run',
  suggestion: 'use consistent naming conventions',
  safety: 'safe',
  defaultEnabled: false,
  docs: {
    whatItDoes:
      'Counts, over the files of the run, how many functions and methods, and how many locals and parameters, are named in ' +
      'snake_case and how many in mixedCase, and takes the convention that prevails for each (--naming-style overrides it). ' +
      'In a module that mixes the two, the names of the other convention are renamed with every reference, as Python resolves ' +
      'them: locals, comprehension variables, nested functions, and parameters whose callers are all in sight. A module ' +
      'written in mixedCase throughout (Twisted style) is left alone, and the report says so.',
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
      'scopes, global and nonlocal, and never touches attributes, keyword arguments of other functions or strings. Never ' +
      'renamed, and reported: framework hooks and API (setUp, assert*, useFixture, resource_setup, pytest_*…), dunders and ' +
      'mangled names; methods and module-level functions, and their parameters, which other modules may reach; parameters ' +
      'that name pytest fixtures or are parametrized; a name whose new form already exists in a scope the rename reaches; ' +
      'and every name of a scope that reads locals(), vars(), eval or exec.',
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
};

/** The two kinds of names whose conventions are counted apart. */
type NameKind = 'function' | 'variable';

/** How many names of a kind follow each convention. */
type StyleCounts = Record<NameKind, Record<CaseStyle, number>>;

/** What the first pass learns from one file. */
interface NamingFacts {
  readonly counts: StyleCounts;
}

/** A name that shows a convention, and what it names. */
interface Candidate {
  readonly binding: Binding;
  readonly kind: NameKind;
  readonly style: CaseStyle;
}

/** How a module's names of one kind are treated: the convention they take, or why they are left alone. */
type Decision = { readonly target: CaseStyle; readonly why: string } | { readonly target: null; readonly note: string | null };

const KIND_LABEL: Record<NameKind, string> = { function: 'functions and methods', variable: 'locals and parameters' };

function collect(context: FileContext): NamingFacts {
  return { counts: countStyles(candidatesOf(analyzeScopes(context.tree.rootNode))) };
}

function create(context: FileContext): Finding[] {
  const analysis = analyzeScopes(context.tree.rootNode);
  const candidates = candidatesOf(analysis);
  if (candidates.length === 0) return [];
  const own = countStyles(candidates);
  const findings: Finding[] = [];
  const planned: { from: string; to: string; scope: Scope }[] = [];
  for (const kind of ['function', 'variable'] as const) {
    const decision = decide(kind, own, projectCounts(context) ?? own, context.settings['naming-style'] as CaseStyle | undefined);
    const ofKind = candidates.filter((candidate) => candidate.kind === kind);
    if (decision.target === null) {
      if (decision.note !== null) findings.push({ ...placeOf(ofKind[0].binding), message: `${KIND_LABEL[kind]} left in mixedCase`, fix: null, reason: decision.note });
      continue;
    }
    for (const candidate of ofKind) {
      if (candidate.style === decision.target) continue;
      const newName = toCaseStyle(candidate.binding.name, decision.target);
      const taken = planned.find((other) => other.to === newName && other.from !== candidate.binding.name && overlaps(other.scope, candidate.binding.scope));
      const finding = taken
        ? refuse(candidate.binding, newName, `another name in reach becomes ${newName} too`)
        : renameFinding(analysis, candidate.binding, newName, decision.why);
      if (finding.fix !== null) planned.push({ from: candidate.binding.name, to: newName, scope: candidate.binding.scope });
      findings.push(finding);
    }
  }
  return findings;
}

/** Every name of the file that shows a convention and that the transform may count: no imports, classes, module or class attributes. */
function candidatesOf(analysis: ScopeAnalysis): Candidate[] {
  const found: Candidate[] = [];
  for (const scope of analysis.scopes) {
    for (const binding of scope.bindings.values()) {
      const style = caseStyleOf(binding.name);
      if (style === null || binding.kinds.has('import') || binding.kinds.has('class') || binding.definitions.length === 0) continue;
      const kind: NameKind = binding.kinds.has('function') ? 'function' : 'variable';
      if (kind === 'variable' && (scope.kind === 'module' || scope.kind === 'class')) continue;
      found.push({ binding, kind, style });
    }
  }
  return found;
}

/** The conventions of the names that are the project's choice: framework names are everyone's. */
function countStyles(candidates: readonly Candidate[]): StyleCounts {
  const counts: StyleCounts = { function: { snake: 0, camel: 0 }, variable: { snake: 0, camel: 0 } };
  for (const { binding, kind, style } of candidates) {
    if (frameworkReason(binding) === null) counts[kind][style]++;
  }
  return counts;
}

/** The counts of every file of the run, or null when the run gathered none. */
function projectCounts(context: FileContext): StyleCounts | null {
  const files = context.project.get(meta.name)?.filter((file) => file.facts !== null);
  if (files === undefined || files.length === 0) return null;
  const total: StyleCounts = { function: { snake: 0, camel: 0 }, variable: { snake: 0, camel: 0 } };
  for (const file of files) {
    const { counts } = file.facts as NamingFacts;
    for (const kind of ['function', 'variable'] as const) {
      total[kind].snake += counts[kind].snake;
      total[kind].camel += counts[kind].camel;
    }
  }
  return total;
}

/**
 * What a module's names of one kind become: the given convention; else, when
 * the module mixes, the one that prevails in the run (snake_case on a tie, as
 * PEP 8 asks). A module that keeps to mixedCase is left alone.
 */
function decide(kind: NameKind, own: StyleCounts, run: StyleCounts, forced: CaseStyle | undefined): Decision {
  if (forced !== undefined) return { target: forced, why: `as --naming-style ${forced} asks` };
  const { snake, camel } = own[kind];
  if (snake > 0 && camel > 0) {
    const target: CaseStyle = run[kind].camel > run[kind].snake ? 'camel' : 'snake';
    const { snake: runSnake, camel: runCamel } = run[kind];
    return { target, why: `${KIND_LABEL[kind]} of the run are mostly ${caseStyleLabel(target)} (${runSnake} snake_case, ${runCamel} mixedCase)` };
  }
  if (camel === 0) return { target: null, note: null };
  const project = run[kind].camel > run[kind].snake ? 'the run names them in mixedCase by convention' : 'PEP 8 keeps mixedCase where it prevails';
  return {
    target: null,
    note: `this module names its ${KIND_LABEL[kind]} in mixedCase throughout (${camel}) and ${project}; --naming-style snake converts them`,
  };
}

/** Whether renames in two scopes can see each other's names: one holds the other. */
function overlaps(a: Scope, b: Scope): boolean {
  const holds = (outer: Scope, inner: Scope | null): boolean => inner !== null && (inner === outer || holds(outer, inner.parent));
  return holds(a, b) || holds(b, a);
}

function placeOf(binding: Binding): { start: number; end: number } {
  const node = binding.definitions[0].node;
  return { start: node.startIndex, end: node.endIndex };
}

/** What a binding is, for messages. */
function describeBinding(binding: Binding): string {
  if (binding.kinds.has('function')) {
    if (binding.scope.kind === 'class') return 'method';
    return binding.scope.kind === 'module' ? 'function' : 'nested function';
  }
  return binding.kinds.has('parameter') ? 'parameter' : 'local';
}

function refuse(binding: Binding, newName: string, reason: string): Finding {
  return { ...placeOf(binding), message: `${describeBinding(binding)} ${binding.name} would become ${newName}`, fix: null, reason };
}

function renamed(binding: Binding, newName: string, why: string, edits: readonly Edit[], safety: Safety): Finding {
  return { ...placeOf(binding), message: `${describeBinding(binding)} ${binding.name} → ${newName}: ${why}`, fix: { edits, safety } };
}

/** Why a method or module-level function keeps its name whatever the convention, or null; locals are nobody else's. */
function frameworkReason(binding: Binding): string | null {
  return binding.kinds.has('function') && (binding.scope.kind === 'module' || binding.scope.kind === 'class') ? frameworkNameReason(binding.name) : null;
}

/** The finding for one name: its rename with every reference, or why there is none. */
function renameFinding(analysis: ScopeAnalysis, binding: Binding, newName: string, why: string): Finding {
  const framework = frameworkReason(binding);
  if (framework !== null) return refuse(binding, newName, framework);
  if (binding.kinds.has('parameter') && binding.scope.parent?.kind === 'module' && !/^test/.test(binding.scope.name ?? '')) {
    return refuse(binding, newName, `${binding.scope.name}() can be called from other modules, which may pass ${binding.name} by keyword`);
  }
  const plan = renameBinding(analysis, binding, newName);
  return 'refusal' in plan ? refuse(binding, newName, plan.refusal) : renamed(binding, newName, why, plan.edits, 'safe');
}

const naming: Transform = { meta, collect, create };
export default naming;
