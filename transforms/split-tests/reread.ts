/**
 * Reading a split's new tests again, as the next run will: how a test's
 * phases group, whether a new test would still have several phases, and
 * whether one that keeps phases together would be split again.
 */
import type Parser from 'tree-sitter';
import {
  analyzeScopes,
  applyEdits,
  countStatements,
  type Edit,
  enclosing,
  type FileContext,
  findTestDefinitions,
  groupPhases,
  type InjectedMock,
  moduleNamesUsed,
  parsePython,
  type PhaseGroup,
  type PhaseJoin,
  readPhases,
  readTestDecorators,
  type Scope,
  type ScopeAnalysis,
  slicePhases,
  statementEffects,
  type TestPhases,
  within,
} from '../../src/index.js';

type Node = Parser.SyntaxNode;

/** Which tests a run considers: those with at least this many statements, or this many phases. */
export interface SplitLimits {
  readonly statements: number;
  readonly phases: number;
}

/**
 * How a test's phases group into new tests, read with the scope analysis
 * of the tree that holds it. `module` is the scope of the module the test
 * belongs to, when the analysis is of the test on its own.
 */
export function phaseGroups(definition: Node, phases: TestPhases, mocks: readonly InjectedMock[], scopes: ScopeAnalysis, module: Scope = scopes.module): { groups: PhaseGroup[]; joins: PhaseJoin[] } {
  const effects = statementEffects(scopes, definition, phases.statements.map((statement) => statement.node));
  const shared = phases.statements.map((statement) => moduleNamesUsed(scopes, statement.node, module));
  const slices = slicePhases(phases, effects, new Set(mocks.map((mock) => mock.name)), shared);
  return groupPhases(phases, slices);
}

/** The new tests of a split, parsed on their own inside a stand-in class. */
export interface NewTests {
  /** The stand-in module's text. */
  readonly source: string;
  readonly root: Node;
  /** Each new test's `function_definition`, by its place among the names; undefined when it is missing. */
  readonly tests: readonly (Node | undefined)[];
}

/** Parses the text that replaces a test (its new tests, and the helper they share) as the body of a class `_`. */
export function readNewTests(text: string, eol: string, names: readonly string[]): NewTests {
  const source = `class _:${eol}${text}`;
  const root = parsePython(source).rootNode;
  const members = root.namedChildren[0]?.childForFieldName('body')?.namedChildren ?? [];
  const functions = members.map((node) => (node.type === 'decorated_definition' ? node.childForFieldName('definition') : node));
  const tests = names.map((name) => functions.find((fn) => fn?.childForFieldName('name')?.text === name) ?? undefined);
  return { source, root, tests };
}

/**
 * The first new test that is missing or, read again, has more phases than
 * its group (the earlier steps its phases need check something too), or -1.
 * Such a split would split again on the next run.
 */
export function tangledTest(split: NewTests, groups: readonly PhaseGroup[]): number {
  return split.tests.findIndex((test, index) => test === undefined || readPhases(test.childForFieldName('body')!, split.source).phases.length > groups[index].phases.length);
}

/** What the stability check needs of the test being split, and of its split. */
export interface Candidate {
  /** The test's `function_definition`. */
  readonly definition: Node;
  /** The edit that replaces it with its new tests. */
  readonly edit: Edit;
  readonly split: NewTests;
  readonly names: readonly string[];
  readonly groups: readonly PhaseGroup[];
  /** Whether no other test class of the module has the path of the test's class (`Outer.Inner`). */
  readonly onlyClass: boolean;
}

/**
 * The first group of several phases whose new test the next run would
 * split (read as split, it groups into several tests), or -1. A group stays
 * together because its phases depend on each other; a next run that reads
 * them as independent would undo that judgement.
 *
 * The new tests are read on their own, with the names they do not bind
 * resolved in the module as it is: the split changes no module-level
 * binding unless the test declares `global` names or `nonlocal` ones that
 * no function of the test binds, and finds the same class unless another
 * test class of the module has its path. In those cases the module is read
 * again with the split applied.
 */
export function unstableGroup(candidate: Candidate, context: FileContext, limits: SplitLimits): number {
  const together = candidate.groups.flatMap((group, index) => (group.phases.length > 1 ? [index] : []));
  if (together.length === 0) return -1;
  const declares = DECLARATION.test(context.text(candidate.definition));
  if (candidate.onlyClass && (!declares || declaresInside(context.scopes(), (scope) => within(scope.node, candidate.definition)))) {
    const scopes = analyzeScopes(candidate.split.root);
    // The stand-in module and its class `_` are not the tests'.
    if (!declares || declaresInside(scopes, (scope) => scope.parent !== null && scope.parent.parent !== null)) {
      const module = context.scopes().module;
      return together.find((index) => splitsAgain(candidate.split.tests[index]!, candidate.split.source, scopes, module, limits)) ?? -1;
    }
  }
  return unstableInModule(candidate, together, context, limits);
}

/** Whether a new test, read in `source` with `scopes`, is one a next run would split. */
function splitsAgain(test: Node, source: string, scopes: ScopeAnalysis, module: Scope, limits: SplitLimits): boolean {
  const body = test.childForFieldName('body')!;
  const phases = readPhases(body, source);
  if (countStatements(body) < limits.statements && phases.phases.length < limits.phases) return false;
  const decorators = readTestDecorators(test);
  return !('refusal' in decorators) && phases.phases.length > 1 && phaseGroups(test, phases, decorators.mocks, scopes, module).groups.length > 1;
}

/** Declarations that move a name's binding out of the function. */
const DECLARATION = /\b(?:global|nonlocal)\b/;

/** Whether the scopes of `analysis` that are `mine` declare no global name, and every nonlocal name they declare is bound in one of them. */
function declaresInside(analysis: ScopeAnalysis, mine: (scope: Scope) => boolean): boolean {
  const scopes = analysis.scopes.filter(mine);
  const bindsInside = (name: string, scope: Scope) => {
    const binding = analysis.lookup(name, scope);
    return binding !== null && scopes.includes(binding.scope);
  };
  return scopes.every((scope) => scope.globals.size === 0 && [...scope.nonlocals].every((name) => bindsInside(name, scope)));
}

/** {@link unstableGroup} for the groups `together`, reading the whole module with the split applied. */
function unstableInModule(candidate: Candidate, together: readonly number[], context: FileContext, limits: SplitLimits): number {
  const source = applyEdits(context.source, [candidate.edit]);
  const root = parsePython(source).rootNode;
  const scopes = analyzeScopes(root);
  const owner = classPath(candidate.definition);
  const tests = findTestDefinitions(root, source).filter((test) => test.kind === 'method' && classPath(test.node) === owner);
  return (
    together.find((index) => {
      const test = tests.find((t) => t.node.childForFieldName('name')!.text === candidate.names[index]);
      return test === undefined || splitsAgain(test.node, source, scopes, scopes.module, limits);
    }) ?? -1
  );
}

/** `Outer.Inner`: the classes around a method, outermost first. */
export function classPath(definition: Node): string {
  const names: string[] = [];
  for (let cls = enclosing(definition, ['class_definition']); cls !== null; cls = enclosing(cls, ['class_definition'])) names.unshift(cls.childForFieldName('name')!.text);
  return names.join('.');
}
