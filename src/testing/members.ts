/**
 * Renaming what other files reach: methods, class attributes and the
 * attributes methods assign through `self` (with subclasses' overrides and
 * mixins that define the same name), module-level functions and classes,
 * and the parameters of methods and module-level functions, across every
 * file of a run.
 *
 * It works in two passes, as transforms do:
 * 1. {@link collectMemberFacts}`(context, analysis, renames)` reads one file
 *    (in a transform's `collect`) into plain data about the names being
 *    renamed: its classes with their bases and members, its module-level
 *    names, functions and imports, every `x.name` attribute use, every string
 *    that reads a name (`mock.patch.object(o, 'name')`, `getattr(o, 'name')`,
 *    `stub_out('pkg.mod.name')`, `__all__`), the calls passing a watched name
 *    as a keyword or `**kwargs`, the names used as values, and how renaming
 *    each parameter of its functions and methods goes inside them.
 * 2. {@link planMemberRename}`(files, target, newName)` decides, from every
 *    file's facts, what a rename covers or why it must not happen; every file
 *    computes the same plan. {@link memberEdits}`(context, analysis, facts,
 *    plan)` then gives one file's edits: definitions,
 *    `self.x`/`cls.x`/`super().x`/`Class.x`/`module.x`, `from m import x` and
 *    the references of the name that import binds.
 *    {@link planMethodParameter} and {@link methodParameterEdits} do the same
 *    for a method's parameter; {@link parameterCallEdits} updates the `name=`
 *    keyword arguments of calls that reach a module-level function whose
 *    parameter is renamed (its own module is src/python/rename-local.ts's part).
 *
 * Refusals: framework names (src/testing/hooks.ts), strings that read the
 * old or the new name, pytest fixtures, fake classes of external APIs,
 * methods that override a base outside the run (they call `super().name`),
 * attribute uses on objects whose class cannot be told, methods used as
 * values or called with `**kwargs`, star imports and `globals()` in the
 * defining module, and collisions with a name already defined or used where
 * the rename reaches.
 */
import type Parser from 'tree-sitter';
import { uniqueEdits } from '../core/edits.js';
import { importedNames } from '../python/imports.js';
import { sameNode } from '../python/name-uses.js';
import type { Scope, ScopeAnalysis } from '../python/scope.js';
import { keywordArguments } from '../python/syntax.js';
import { findTestDefinitions } from './discovery.js';
import type { Edit, FileContext, Safety, TestIdChange } from '../core/types.js';
import { frameworkNameReason } from './hooks.js';
import { invalidNameReason, renameBinding } from '../python/rename-local.js';

type Node = Parser.SyntaxNode;

/** A class of one file. */
export interface ClassFacts {
  /** The module's dotted name. */
  readonly module: string;
  /** `module.Outer.Inner`. */
  readonly fullName: string;
  /** `Outer.Inner`. */
  readonly qualname: string;
  /** The bases as dotted paths, resolved through the file's imports where it can (`nova.test.TestCase`). */
  readonly bases: readonly string[];
  /** Every name the class body binds (methods, class attributes), and the watched names its methods assign as `self.name`. */
  readonly members: readonly string[];
  /** The members that are functions (methods, properties). */
  readonly methods: readonly string[];
  /** Methods that call `super().<same name>`: they override something. */
  readonly extending: readonly string[];
  /** Whether the class stands in for an external API (Fake*, Stub*, a base named so). */
  readonly fake: boolean;
  /** Its own test methods, when it is a test class. */
  readonly tests: readonly string[];
  /** Whether runners collect it: it defines tests, or its name or bases say Test. */
  readonly isTest: boolean;
  /** Its methods that are pytest fixtures. */
  readonly fixtures: readonly string[];
}

/** A module-level function. */
export interface FunctionFacts {
  readonly name: string;
  /** Whether it is a pytest fixture, which tests request by its name. */
  readonly fixture: boolean;
}

/** A use `object.name` of a watched name. */
export interface AttributeFact {
  readonly name: string;
  /** `self`, `cls`, `super`, a dotted path resolved through the imports, or `?` when it cannot be told. */
  readonly object: string;
  /** The full name of the class whose method holds the use, or null. */
  readonly inClass: string | null;
  readonly line: number;
}

/** A string that spells a watched name (`'name'`, `'pkg.mod.name'`). */
export interface MentionFact {
  readonly name: string;
  readonly text: string;
  readonly line: number;
}

/** A use of a watched name on a line a suppression comment keeps as it is. */
export interface KeptFact {
  readonly name: string;
  readonly line: number;
}

/** What one file says about the names being renamed; plain data. */
export interface MemberFacts {
  readonly path: string;
  readonly module: string;
  readonly classes: readonly ClassFacts[];
  readonly functions: readonly FunctionFacts[];
  /** Every name the module scope binds. */
  readonly moduleNames: readonly string[];
  /** Modules imported with `from … import *`. */
  readonly starImports: readonly string[];
  /** Whether code may read the module's names by their spelling: globals(), locals() or vars() at module level, eval or exec anywhere. A function's locals() reads only its own names. */
  readonly dynamic: boolean;
  /** Module-level names bound only by assignments, `for`, `with` and the like (not imports, defs or classes). */
  readonly variables: readonly string[];
  /** Module-level variables whose value spells their name (`T = TypeVar('T')`, `Point = namedtuple('Point', …)`): pickle and repr use it. */
  readonly selfNamed: readonly string[];
  /** Top-level imports: local name → dotted path. */
  readonly imports: readonly { readonly local: string; readonly path: string }[];
  readonly attributes: readonly AttributeFact[];
  readonly mentions: readonly MentionFact[];
  /** Watched names on lines that a suppression comment keeps from the caller's codes: a rename must reach every use, so it stops there. */
  readonly kept: readonly KeptFact[];
  /** Every identifier spelled like a watched new name, for collisions. */
  readonly spelled: readonly string[];
  /** Module-level names of this or another module used as values, not called (`callback=helper`), as dotted paths. */
  readonly valueUses: readonly string[];
  /** What renaming a parameter of one of this module's functions or methods does here (see src/python/rename-local.ts). */
  readonly parameters: readonly ParameterRename[];
  /** Calls `object.method(…, name=…)` passing a watched name as a keyword. */
  readonly keywordCalls: readonly KeywordCallFact[];
  /** Attribute names used other than as the callee of a call (`callback=self.boot`): such a method may be called from anywhere. */
  readonly uncalled: readonly string[];
  /** Functions (dotted paths) called with `**kwargs`, whose keys may spell any parameter. */
  readonly splatCallees: readonly string[];
}

/** A call `object.method(…, keyword=…)`. */
export interface KeywordCallFact {
  /** The keyword, or `**` for a call that passes a dict of keywords. */
  readonly keyword: string;
  readonly method: string;
  /** As in {@link AttributeFact}. */
  readonly object: string;
  readonly inClass: string | null;
  readonly line: number;
}

/** A rename of a module-level function's parameter as its own module sees it. */
export interface ParameterRename {
  /** The full name of the method's class; null for a module-level function. */
  readonly className: string | null;
  readonly function: string;
  readonly parameter: string;
  readonly newName: string;
  /** Why the module refuses it, or null. */
  readonly refusal: string | null;
}

/** One rename asked for, by plain names. */
export interface NamePair {
  readonly from: string;
  readonly to: string;
}

/** What to rename: a method of a class, or a module-level function or class. */
export type MemberTarget =
  | { readonly kind: 'method'; readonly className: string; readonly name: string }
  | { readonly kind: 'function' | 'class' | 'variable'; readonly module: string; readonly name: string };

/** What a rename covers across the run. */
export interface MemberRename {
  readonly target: MemberTarget;
  readonly newName: string;
  readonly safety: Safety;
  /** For a method: the classes whose definitions and `self.x` uses are renamed (full names). */
  readonly classes: readonly string[];
  /** Test ids the rename changes. */
  readonly testIds: readonly TestIdChange[];
}

/** What a rename covers across the run, or why it must not happen. */
export type MemberPlan = { readonly refusal: string } | MemberRename;

/** Class names that say the class stands in for an external API. */
const FAKE = /(?:^|\.)(?:Fake|Stub|Mock|Dummy)\w*$|(?:Fake|Stub)$/;

/**
 * Reads one file into {@link MemberFacts} for the renames asked for: only
 * the uses and mentions of their old and new names are kept.
 */
export function collectMemberFacts(context: FileContext, analysis: ScopeAnalysis, renames: readonly NamePair[], codes: readonly string[]): MemberFacts {
  const root = context.tree.rootNode;
  const watched = new Set(renames.flatMap((r) => [r.from, r.to]));
  const module = context.moduleName();
  const imports = importedNames(root).map((i) => ({ local: i.local, path: resolveRelative(i.path, module) }));
  const resolve = resolverFor(module, imports, analysis);
  const testsByClass = new Map<number, string[]>();
  let currentClass: number | null = null;
  for (const test of findTestDefinitions(root, context.source)) {
    if (test.kind === 'class') testsByClass.set((currentClass = test.node.id), []);
    else if (test.kind === 'method' && currentClass !== null) testsByClass.get(currentClass)!.push(test.name);
  }
  const instanceAttributes = assignedThroughSelf(context, analysis, watched, module);
  const classes: ClassFacts[] = [];
  for (const scope of analysis.scopes) {
    if (scope.kind !== 'class' || !isNamedClassChain(scope)) continue;
    const qualname = qualifiedName(scope);
    const fullName = `${module}.${qualname}`;
    const bases = (scope.node.childForFieldName('superclasses')?.namedChildren ?? []).filter((b) => b.type === 'identifier' || b.type === 'attribute').map((b) => resolve(b.text));
    const members = [...scope.bindings.keys(), ...[...(instanceAttributes.get(fullName) ?? [])].filter((name) => !scope.bindings.has(name))];
    classes.push({
      module,
      fullName,
      qualname,
      bases,
      members,
      methods: members.filter((m) => scope.bindings.get(m)?.kinds.has('function') === true),
      extending: members.filter((m) => watched.has(m) && callsSuper(scope.bindings.get(m)?.definitions.map((d) => d.node.parent!) ?? [], m)),
      fake: FAKE.test(qualname) || bases.some((b) => FAKE.test(b)),
      tests: testsByClass.get(scope.node.id) ?? [],
      isTest: testsByClass.has(scope.node.id) || /Test/.test(qualname) || bases.some((b) => /Test|\btest/.test(b)),
      fixtures: members.filter((m) => scope.bindings.get(m)?.definitions.some((d) => isFixture(d.node.parent!)) === true),
    });
  }
  const functions = root.namedChildren
    .map((s) => (s.type === 'decorated_definition' ? s.childForFieldName('definition') : s))
    .filter((s): s is Node => s?.type === 'function_definition')
    .map((fn) => ({ name: fn.childForFieldName('name')!.text, fixture: isFixture(fn) }));
  const attributes: AttributeFact[] = [];
  const mentions: MentionFact[] = [];
  const kept: KeptFact[] = [];
  const spelled = new Set<string>();
  for (const id of nodesOfType(context.tree, 'identifier')) {
    if (!watched.has(id.text)) continue;
    spelled.add(id.text);
    if (codes.some((code) => !context.keeps(code, id.startIndex))) kept.push({ name: id.text, line: context.line(id.startIndex) });
    const parent = id.parent;
    if (parent?.type !== 'attribute' || !sameNode(parent.childForFieldName('attribute'), id)) continue;
    const object = parent.childForFieldName('object')!;
    attributes.push({ name: id.text, object: describeObject(object, resolve), inClass: ownerClass(object, analysis, module), line: context.line(id.startIndex) });
  }
  for (const string of root.descendantsOfType('string_content')) {
    const name = /(?:^|\.)([A-Za-z_]\w*)$/.exec(string.text)?.[1];
    if (name !== undefined && watched.has(name) && /^[\w.]+$/.test(string.text) && readsByName(string)) mentions.push({ name, text: string.text, line: context.line(string.startIndex) });
  }
  return {
    path: context.path,
    module,
    classes,
    functions,
    moduleNames: [...analysis.module.bindings.keys()],
    starImports: root.descendantsOfType('import_from_statement').filter((s) => s.descendantsOfType('wildcard_import').length > 0).map((s) => resolveRelative(s.childForFieldName('module_name')?.text ?? '', module)),
    dynamic: analysis.module.dynamic || analysis.scopes.some((scope) => scope.evaluates),
    variables: [...analysis.module.bindings.values()].filter((b) => !b.kinds.has('import') && !b.kinds.has('function') && !b.kinds.has('class')).map((b) => b.name),
    selfNamed: [...analysis.module.bindings.values()].filter((b) => b.definitions.some((d) => spellsItsName(d.node))).map((b) => b.name),
    imports,
    attributes,
    mentions,
    kept,
    spelled: [...spelled],
    valueUses: valueUses(analysis, resolve),
    parameters: parameterRenames(analysis, renames, module),
    ...callFacts(context, analysis, watched, resolve),
  };
}

/** The keyword calls of watched names to methods, and the attribute names used as values. */
function callFacts(context: FileContext, analysis: ScopeAnalysis, watched: ReadonlySet<string>, resolve: (text: string) => string): Pick<MemberFacts, 'keywordCalls' | 'uncalled' | 'splatCallees'> {
  const module = context.moduleName();
  const keywordCalls: KeywordCallFact[] = [];
  const uncalled = new Set<string>();
  for (const attribute of nodesOfType(context.tree, 'attribute')) {
    const method = attribute.childForFieldName('attribute')!.text;
    const call = attribute.parent;
    if (call?.type !== 'call' || !sameNode(call.childForFieldName('function'), attribute)) {
      uncalled.add(method);
      continue;
    }
    for (const argument of call.childForFieldName('arguments')?.namedChildren ?? []) {
      const keyword = argument.type === 'keyword_argument' ? argument.childForFieldName('name')!.text : argument.type === 'dictionary_splat' ? '**' : null;
      if (keyword === null || (keyword !== '**' && !watched.has(keyword))) continue;
      const object = attribute.childForFieldName('object')!;
      keywordCalls.push({ keyword, method, object: describeObject(object, resolve), inClass: ownerClass(object, analysis, module), line: context.line(argument.startIndex) });
    }
  }
  const splatCallees = nodesOfType(context.tree, 'dictionary_splat').flatMap((splat) => {
    const call = splat.parent?.parent;
    const callee = call?.type === 'call' ? call.childForFieldName('function') : null;
    return callee?.type === 'identifier' || callee?.type === 'attribute' ? [resolve(callee.text)] : [];
  });
  return { keywordCalls, uncalled: [...uncalled], splatCallees: [...new Set(splatCallees)] };
}

/** Whether the assignment that binds `id` gives it a value that spells its name, as `T = TypeVar('T')` does. */
function spellsItsName(id: Node): boolean {
  let assignment: Node | null = id.parent;
  while (assignment !== null && assignment.type !== 'assignment' && assignment.type !== 'expression_statement') assignment = assignment.parent;
  const value = assignment?.type === 'assignment' ? assignment.childForFieldName('right') : null;
  return value !== null && value.descendantsOfType('string_content').some((s) => s.text === id.text);
}

/** Calls whose string arguments name an attribute, a function or a module. */
const NAME_READERS = new Set(['getattr', 'setattr', 'hasattr', 'delattr', 'patch', 'object', 'multiple', 'stub_out', 'mock_object', 'import_module', '__import__', 'attrgetter', 'methodcaller', 'import_class', 'import_object']);

/**
 * Whether a string that spells a name is read as one: a dotted path
 * (`'pkg.mod.name'`, as mock.patch and stub_out take), an argument of
 * getattr, setattr, hasattr, mock.patch.object and their kin, or an entry
 * of `__all__`. A bare word elsewhere (`{'server': …}`) is data.
 */
function readsByName(content: Node): boolean {
  if (content.text.includes('.')) return true;
  const string = content.parent;
  const holder = string?.parent;
  if (holder?.type === 'argument_list') {
    const callee = holder.parent?.childForFieldName('function');
    const last = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : callee?.text;
    return last !== undefined && NAME_READERS.has(last);
  }
  const assignment = holder?.parent?.type === 'assignment' ? holder.parent : null;
  return assignment?.childForFieldName('left')?.text === '__all__';
}

/** The watched names assigned as `self.name = …` (or `cls.name`), by the full name of the class whose method does it. */
function assignedThroughSelf(context: FileContext, analysis: ScopeAnalysis, watched: ReadonlySet<string>, module: string): Map<string, Set<string>> {
  const assigned = new Map<string, Set<string>>();
  for (const id of nodesOfType(context.tree, 'identifier')) {
    const attribute = id.parent;
    if (!watched.has(id.text) || attribute?.type !== 'attribute' || !sameNode(attribute.childForFieldName('attribute'), id) || !isAssignmentTarget(attribute)) continue;
    const object = attribute.childForFieldName('object')!;
    const owner = object.type === 'identifier' && (object.text === 'self' || object.text === 'cls') ? ownerClass(object, analysis, module) : null;
    if (owner === null) continue;
    if (!assigned.has(owner)) assigned.set(owner, new Set());
    assigned.get(owner)!.add(id.text);
  }
  return assigned;
}

const TARGET_PATTERNS = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list', 'parenthesized_expression', 'list_splat_pattern']);

/** Whether a node is (part of) the target of an assignment, augmented assignment, `for` or `with … as`. */
function isAssignmentTarget(node: Node): boolean {
  let at = node;
  while (at.parent !== null && TARGET_PATTERNS.has(at.parent.type)) at = at.parent;
  const holder = at.parent;
  if (holder === null) return false;
  if (holder.type === 'as_pattern_target') return true;
  if (['assignment', 'augmented_assignment', 'for_statement', 'for_in_clause'].includes(holder.type)) return sameNode(holder.childForFieldName('left'), at);
  return false;
}

/** Dotted paths of module-level names read as values rather than called: `f`, `mod.f` in `callback=mod.f`. */
function valueUses(analysis: ScopeAnalysis, resolve: (text: string) => string): string[] {
  const found = new Set<string>();
  for (const binding of analysis.module.bindings.values()) {
    for (const reference of binding.references) {
      if (reference.role !== 'read') continue;
      let chain = reference.node;
      while (chain.parent?.type === 'attribute' && sameNode(chain.parent.childForFieldName('object'), chain)) chain = chain.parent;
      const call = chain.parent;
      if (call?.type === 'call' && sameNode(call.childForFieldName('function'), chain)) continue;
      found.add(resolve(chain.text));
    }
  }
  return [...found];
}

/**
 * How renaming each parameter named in `renames` of a module-level function
 * or of a method goes inside its own module (keyword callers left aside for
 * methods, which {@link planMethodParameter} weighs).
 */
function parameterRenames(analysis: ScopeAnalysis, renames: readonly NamePair[], module: string): ParameterRename[] {
  return analysis.scopes.flatMap((fn) => {
    const owner = fn.parent;
    if (fn.kind !== 'function' || (owner?.kind !== 'module' && !(owner?.kind === 'class' && isNamedClassChain(owner)))) return [];
    const className = owner.kind === 'class' ? `${module}.${qualifiedName(owner)}` : null;
    return renames.flatMap(({ from, to }) => {
      const parameter = fn.bindings.get(from);
      if (parameter === undefined || !parameter.kinds.has('parameter')) return [];
      const plan = renameBinding(analysis, parameter, to, { methodCallers: true });
      return [{ className, function: fn.name!, parameter: from, newName: to, refusal: 'refusal' in plan ? plan.refusal : null }];
    });
  });
}

/**
 * Plans renaming `target` to `newName` from every file's facts. Methods,
 * functions and classes whose name starts with one underscore are safe
 * when nothing refuses; public ones and tests are unsafe, because code
 * outside the run may reach them (and a test's id changes).
 */
export function planMemberRename(files: readonly MemberFacts[], target: MemberTarget, newName: string): MemberPlan {
  const { name } = target;
  const invalid = invalidNameReason(newName);
  if (invalid !== null) return { refusal: invalid };
  const framework = frameworkNameReason(name);
  if (framework !== null) return { refusal: framework };
  const becomes = frameworkNameReason(newName);
  if (becomes !== null) return { refusal: `${becomes}; ${name} would take on that meaning` };
  if (/^test/.test(name) && !/^test/.test(newName)) return { refusal: `${newName} does not start with test: unittest and pytest would no longer find ${name}` };
  if (!/^test/.test(name) && /^test/.test(newName)) return { refusal: `${newName} starts with test: unittest and pytest would start running ${name} as a test` };
  const fixture = target.kind === 'method' ? files.some((f) => f.classes.some((c) => c.fullName === target.className && c.fixtures.includes(name))) : files.some((f) => f.module === target.module && f.functions.some((fn) => fn.name === name && fn.fixture));
  if (fixture) return { refusal: `${name} is a pytest fixture: tests request it by its name` };
  const mention = files.flatMap((f) => f.mentions.filter((m) => m.name === name).map((m) => `'${m.text}', ${f.path}:${m.line}`))[0];
  if (mention !== undefined) return { refusal: `a string spells ${name} (${mention}), as mock.patch, getattr or stub_out do: that use would not follow the rename` };
  const mentionOfNew = files.flatMap((f) => f.mentions.filter((m) => m.name === newName).map((m) => `'${m.text}', ${f.path}:${m.line}`))[0];
  if (mentionOfNew !== undefined) return { refusal: `a string spells ${newName} (${mentionOfNew}), as getattr or mock.patch do: after the rename it would reach the renamed ${name}` };
  const kept = keptRefusal(files, name);
  if (kept !== null) return { refusal: kept };
  return target.kind === 'method' ? planMethod(files, target, newName) : planModuleName(files, target, newName);
}

/**
 * A method's family: the highest classes in the run defining it, and every
 * class derived from one of them. A class that inherits the name from two
 * bases (a mixin and a base class) joins their families: renaming one would
 * change which definition it gets.
 */
interface Family {
  readonly tops: readonly ClassFacts[];
  readonly members: readonly ClassFacts[];
  readonly classes: ReadonlyMap<string, ClassFacts>;
}

/** The family of `name` as `className` defines it, or why it must keep its name (a fake, an override of a base outside the run). */
function methodFamily(files: readonly MemberFacts[], className: string, name: string): Family | { refusal: string } {
  const classes = classIndex(files);
  const home = classes.get(className);
  if (home === undefined || !home.members.includes(name)) return { refusal: `no class ${className} defining ${name} is in the run` };
  const topOf = (cls: ClassFacts) => {
    let top = cls;
    for (let base = definingBase(top, name, classes); base !== null; base = definingBase(top, name, classes)) top = base;
    return top;
  };
  const tops = [topOf(home)];
  let members: ClassFacts[] = [];
  for (let grown = true; grown; ) {
    members = [...new Set(tops.flatMap((top) => descendants(top, classes)))];
    const more = members.flatMap((m) => ancestors(m, classes)).filter((a) => a.members.includes(name)).map(topOf).filter((t) => !tops.includes(t));
    tops.push(...new Set(more));
    grown = more.length > 0;
  }
  const fake = members.find((c) => c.fake && c.members.includes(name));
  if (fake) return { refusal: `${fake.qualname} is a fake of an external API: ${name} must keep the name the real API has` };
  const extending = tops.find((top) => top.extending.includes(name));
  if (extending) return { refusal: `${extending.qualname}.${name} calls super().${name}: it overrides a method of a base outside the run, which keeps its name` };
  return { tops, members, classes };
}

function planMethod(files: readonly MemberFacts[], target: MemberTarget & { kind: 'method' }, newName: string): MemberPlan {
  const { name } = target;
  const found = methodFamily(files, target.className, name);
  if ('refusal' in found) return found;
  const { tops, members: family, classes } = found;
  const inFamily = new Set(family.map((c) => c.fullName));
  const reached = [...family, ...family.flatMap((c) => ancestors(c, classes))];
  const clash = reached.find((c) => c.members.includes(newName));
  if (clash) return { refusal: `${clash.qualname} already has ${newName}: the rename would replace it` };
  const used = files.flatMap((f) => f.attributes.filter((a) => a.name === newName && reachesFamily(a, inFamily)).map((a) => `${f.path}:${a.line}`))[0];
  if (used !== undefined) return { refusal: `${newName} is already used as an attribute of the class (${used}): the rename would mix the two up` };
  const modules = new Set(files.map((f) => f.module));
  const unknown = files.flatMap((f) => f.attributes.filter((a) => a.name === name && !reachesFamily(a, inFamily) && !reachesOther(a, tops, classes, modules)).map((a) => `${f.path}:${a.line}`))[0];
  if (unknown !== undefined) return { refusal: `${name} is also reached through an object whose class cannot be told (${unknown}): that use might not follow the rename` };
  const testIds = /^test/.test(name) ? family.filter((c) => c.isTest).map((c) => ({ from: `${c.fullName}.${name}`, to: [`${c.fullName}.${newName}`] })) : [];
  const safety: Safety = isPrivate(name) && testIds.length === 0 ? 'safe' : 'unsafe';
  return { target, newName, safety, classes: [...inFamily], testIds };
}

/** What renaming a method's parameter covers: the method in every class of the family, and the keyword arguments of calls reaching it. */
export type ParameterPlan = { readonly refusal: string } | ParameterRenamePlan;

/** A method-parameter rename that can go ahead. */
export interface ParameterRenamePlan {
  readonly method: string;
  readonly parameter: string;
  readonly newName: string;
  readonly safety: Safety;
  /** The family's classes (full names). */
  readonly classes: readonly string[];
}

/**
 * Plans renaming parameter `parameter` of method `method` of `className`
 * to `newName`: in the method of every class of its family, and in the
 * `parameter=` keyword arguments of `self.method(…)`, `cls.method(…)`,
 * `super().method(…)` and `Class.method(…)` calls in the run. Refuses
 * framework methods, fakes, overrides of bases outside the run, overrides
 * without the parameter or refusing the rename (src/python/rename-local.ts), a
 * method used as a value, and a call passing `parameter=` to the method
 * through an object whose class cannot be told.
 */
export function planMethodParameter(files: readonly MemberFacts[], className: string, method: string, parameter: string, newName: string): ParameterPlan {
  const framework = frameworkNameReason(method);
  if (framework !== null) return { refusal: `${framework}; it may pass ${parameter} by keyword` };
  const kept = keptRefusal(files, parameter);
  if (kept !== null) return { refusal: kept };
  const found = methodFamily(files, className, method);
  if ('refusal' in found) return found;
  const { tops, members, classes } = found;
  const inFamily = new Set(members.map((c) => c.fullName));
  for (const cls of members.filter((c) => c.members.includes(method))) {
    const own = files.flatMap((f) => f.parameters).find((p) => p.className === cls.fullName && p.function === method && p.parameter === parameter && p.newName === newName);
    if (own === undefined) return { refusal: `${cls.qualname}.${method}() overrides it without a parameter ${parameter}` };
    if (own.refusal !== null) return { refusal: own.refusal };
  }
  const passed = files.find((f) => f.uncalled.includes(method));
  if (passed) return { refusal: `${method} is used as a value in ${passed.path}, not only called: calls through it cannot be followed` };
  const modules = new Set(files.map((f) => f.module));
  const unknown = files.flatMap((f) =>
    f.keywordCalls
      .filter((c) => c.method === method && c.keyword === parameter)
      .filter((c) => { const use = { name: method, object: c.object, inClass: c.inClass, line: c.line }; return !reachesFamily(use, inFamily) && !reachesOther(use, tops, classes, modules); })
      .map((c) => `${f.path}:${c.line}`),
  )[0];
  if (unknown !== undefined) return { refusal: `a call passes ${parameter}= to ${method}() through an object whose class cannot be told (${unknown})` };
  const splat = files.flatMap((f) =>
    f.keywordCalls.filter((c) => c.method === method && c.keyword === '**' && !reachesOther({ name: method, object: c.object, inClass: c.inClass, line: c.line }, tops, classes, modules)).map((c) => `${f.path}:${c.line}`),
  )[0];
  if (splat !== undefined) return { refusal: `a call passes **kwargs to ${method}() (${splat}): its keys may spell ${parameter}` };
  return { method, parameter, newName, safety: isPrivate(method) ? 'safe' : 'unsafe', classes: [...inFamily] };
}

/** One file's edits for a planned method-parameter rename: the parameter in the family's methods, and the keyword arguments of calls reaching them. */
export function methodParameterEdits(context: FileContext, analysis: ScopeAnalysis, facts: MemberFacts, plan: ParameterRenamePlan): Edit[] {
  const family = new Set(plan.classes);
  const edits: Edit[] = [];
  for (const scope of analysis.scopes) {
    if (scope.kind !== 'function' || scope.name !== plan.method || scope.parent?.kind !== 'class' || !isNamedClassChain(scope.parent)) continue;
    if (!family.has(`${facts.module}.${qualifiedName(scope.parent)}`)) continue;
    const binding = scope.bindings.get(plan.parameter);
    const own = binding === undefined ? null : renameBinding(analysis, binding, plan.newName, { methodCallers: true });
    if (own !== null && 'edits' in own) edits.push(...own.edits);
  }
  const resolve = resolverFor(facts.module, facts.imports, analysis);
  for (const { name: keyword, call } of keywordArguments(context.tree).get(plan.parameter) ?? []) {
    const callee = call?.type === 'call' ? call.childForFieldName('function') : null;
    if (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== plan.method) continue;
    const object = callee.childForFieldName('object')!;
    if (reachesFamily({ name: plan.method, object: describeObject(object, resolve), inClass: ownerClass(object, analysis, facts.module), line: 0 }, family)) {
      edits.push({ start: keyword.startIndex, end: keyword.endIndex, text: plan.newName });
    }
  }
  return uniqueEdits(edits);
}

function planModuleName(files: readonly MemberFacts[], target: MemberTarget & { kind: 'function' | 'class' | 'variable' }, newName: string): MemberPlan {
  const { name, module } = target;
  const home = files.find((f) => f.module === module);
  if (home === undefined || !home.moduleNames.includes(name)) return { refusal: `no module ${module} defining ${name} is in the run` };
  if (home.selfNamed.includes(name)) return { refusal: `the value of ${name} spells its own name: pickle and repr find it by that name` };
  if (home.dynamic) return { refusal: `${module} uses globals(), eval or exec, or locals() or vars() at module level: it may read ${name} by its spelling` };
  const star = files.find((f) => f.starImports.includes(module));
  if (star) return { refusal: `${star.path} imports * from ${module}: the names it takes cannot be followed` };
  const importers = files.filter((f) => f === home || f.imports.some((i) => i.path === `${module}.${name}`));
  const clash = importers.find((f) => f.spelled.includes(newName) || f.moduleNames.includes(newName));
  if (clash) return { refusal: `${newName} is already used in ${clash.path}: the rename would mix the two up` };
  const cls = home.classes.find((c) => c.qualname === name);
  const testIds = (cls?.tests ?? []).map((test) => ({ from: `${module}.${name}.${test}`, to: [`${module}.${newName}.${test}`] }));
  const safety: Safety = isPrivate(name) && testIds.length === 0 ? 'safe' : 'unsafe';
  return { target, newName, safety, classes: [], testIds };
}

/**
 * One file's edits for a planned rename. `facts` are this file's own
 * (from {@link collectMemberFacts}); `analysis` is of the same source.
 */
export function memberEdits(context: FileContext, analysis: ScopeAnalysis, facts: MemberFacts, plan: MemberRename): Edit[] {
  const { target, newName } = plan;
  const edits: Edit[] = [];
  const rename = (node: Node) => edits.push({ start: node.startIndex, end: node.endIndex, text: newName });
  const resolve = resolverFor(facts.module, facts.imports, analysis);
  if (target.kind === 'method') {
    const family = new Set(plan.classes);
    for (const scope of analysis.scopes) {
      if (scope.kind !== 'class' || !isNamedClassChain(scope) || !family.has(`${facts.module}.${qualifiedName(scope)}`)) continue;
      for (const reference of scope.bindings.get(target.name)?.references ?? []) rename(reference.node);
    }
  } else if (facts.module === target.module) {
    for (const reference of analysis.module.bindings.get(target.name)?.references ?? []) rename(reference.node);
  }
  const home = target.kind === 'method' ? null : `${target.module}.${target.name}`;
  for (const id of nodesOfType(context.tree, 'identifier')) {
    if (id.text !== target.name) continue;
    const parent = id.parent!;
    if (parent.type === 'attribute' && sameNode(parent.childForFieldName('attribute'), id)) {
      const object = describeObject(parent.childForFieldName('object')!, resolve);
      const objectNode = parent.childForFieldName('object')!;
      const owner = ownerClass(objectNode, analysis, facts.module);
      const ours = target.kind === 'method' ? reachesFamily({ name: id.text, object, inClass: owner, line: 0 }, new Set(plan.classes)) : `${object}.${id.text}` === home;
      if (ours) rename(id);
    } else if (home !== null && isImportedName(id) && `${resolveRelative(importModule(id), facts.module)}.${id.text}` === home) {
      rename(id);
      for (const reference of analysis.referenceAt(id)?.binding?.references ?? []) rename(reference.node);
    }
  }
  return uniqueEdits(edits);
}

/**
 * The edits that rename the `name=` keyword arguments of calls in this file
 * that reach module-level function `functionPath` (`module.function`)
 * through an import or `module.function`; the function's own file is
 * covered by src/python/rename-local.ts.
 */
export function parameterCallEdits(context: FileContext, analysis: ScopeAnalysis, facts: MemberFacts, functionPath: string, name: string, newName: string): Edit[] {
  const edits: Edit[] = [];
  for (const { name: keyword, call } of keywordArguments(context.tree).get(name) ?? []) {
    const callee = call?.type === 'call' ? call.childForFieldName('function') : null;
    if (callee === null || (callee.type !== 'identifier' && callee.type !== 'attribute')) continue;
    const first = callee.type === 'identifier' ? callee : callee.descendantsOfType('identifier')[0];
    if (analysis.referenceAt(first)?.binding?.scope.kind !== 'module') continue;
    if (resolveDotted(callee.text, facts.module, facts.imports, analysis.module.bindings.has(first.text)) !== functionPath) continue;
    edits.push({ start: keyword.startIndex, end: keyword.endIndex, text: newName });
  }
  return edits;
}

const classCache = new WeakMap<readonly MemberFacts[], ReadonlyMap<string, ClassFacts>>();

/** Every class of the run by full name, built once per run's facts. */
export function classIndex(files: readonly MemberFacts[]): ReadonlyMap<string, ClassFacts> {
  let classes = classCache.get(files);
  if (classes === undefined) classCache.set(files, (classes = new Map(files.flatMap((f) => f.classes.map((c) => [c.fullName, c] as const)))));
  return classes;
}

const nodeCache = new WeakMap<Parser.Tree, Map<string, Node[]>>();

/** The nodes of one type in a tree, read once per tree: several renames of a file look through the same ones. */
function nodesOfType(tree: Parser.Tree, type: string): Node[] {
  let byType = nodeCache.get(tree);
  if (byType === undefined) nodeCache.set(tree, (byType = new Map()));
  let nodes = byType.get(type);
  if (nodes === undefined) byType.set(type, (nodes = tree.rootNode.descendantsOfType(type)));
  return nodes;
}

/** The base of `cls` in the run that also defines `name`, nearest first, or null. */
function definingBase(cls: ClassFacts, name: string, classes: ReadonlyMap<string, ClassFacts>): ClassFacts | null {
  for (const base of ancestors(cls, classes)) if (base.members.includes(name)) return base;
  return null;
}

/** The bases of `cls` that are in the run, transitively, nearest first. */
function ancestors(cls: ClassFacts, classes: ReadonlyMap<string, ClassFacts>): ClassFacts[] {
  const found: ClassFacts[] = [];
  const queue = [...cls.bases];
  while (queue.length > 0) {
    const base = classes.get(queue.shift()!);
    if (base === undefined || found.includes(base)) continue;
    found.push(base);
    queue.push(...base.bases);
  }
  return found;
}

/** `cls` and every class in the run derived from it. */
function descendants(cls: ClassFacts, classes: ReadonlyMap<string, ClassFacts>): ClassFacts[] {
  const found = [cls];
  for (let i = 0; i < found.length; i++) {
    for (const other of classes.values()) if (!found.includes(other) && other.bases.includes(found[i].fullName)) found.push(other);
  }
  return found;
}

/** Whether `self.x`, `cls.x`, `super().x` or `Class.x` reaches the family's method. */
function reachesFamily(use: AttributeFact, family: ReadonlySet<string>): boolean {
  if (use.object === 'self' || use.object === 'cls' || use.object === 'super') return use.inClass !== null && family.has(use.inClass);
  return family.has(use.object);
}

/**
 * The full name of the class whose instance (or class) `self`, `cls` or
 * `super()` stands for: the class of the method whose first parameter the
 * name is, also from a closure inside that method; null when it cannot be told.
 */
function ownerClass(object: Node, analysis: ScopeAnalysis, module: string): string | null {
  let method: Scope | null = null;
  if (object.type === 'identifier') {
    const binding = analysis.referenceAt(object)?.binding;
    if (binding?.kinds.has('parameter') && sameNode(binding.scope.node.childForFieldName('parameters')?.firstNamedChild, binding.definitions[0]?.node)) method = binding.scope;
  } else if (object.type === 'call') {
    method = analysis.scopeOf(object);
  }
  const cls = method?.kind === 'function' ? method.parent : null;
  return cls?.kind === 'class' && isNamedClassChain(cls) ? `${module}.${qualifiedName(cls)}` : null;
}

/**
 * Whether a use provably reaches something else: a module's attribute, or
 * `self.x`/`Class.x` of a class in the run that never shares an instance with
 * the family (no class in the run derives from both, as with a mixin).
 */
function reachesOther(use: AttributeFact, tops: readonly ClassFacts[], classes: ReadonlyMap<string, ClassFacts>, modules: ReadonlySet<string>): boolean {
  if (modules.has(use.object)) return true;
  const owner = use.object === 'self' || use.object === 'cls' || use.object === 'super' ? use.inClass : use.object;
  const cls = owner === null ? undefined : classes.get(owner);
  if (cls === undefined) return false;
  const lineage = (c: ClassFacts) => [c, ...ancestors(c, classes)];
  return ![...classes.values()].some((c) => lineage(c).includes(cls) && tops.some((top) => lineage(c).includes(top)));
}

/** What an attribute's object is: self, cls, super, a dotted path (through the imports), or `?`. */
function describeObject(object: Node, resolve: (text: string) => string): string {
  if (object.type === 'identifier' && (object.text === 'self' || object.text === 'cls')) return object.text;
  if (object.type === 'call' && object.childForFieldName('function')?.text === 'super') return 'super';
  if ((object.type === 'identifier' || object.type === 'attribute') && /^[A-Za-z_][\w.]*$/.test(object.text)) return resolve(object.text);
  return '?';
}

/**
 * Why renaming a parameter of the module-level function `path`, defined in
 * the file `definedIn`, cannot follow the calls elsewhere in the run that may
 * pass it by keyword, or null.
 */
export function parameterReachRefusal(project: readonly MemberFacts[], definedIn: string, path: string, parameter: string): string | null {
  const kept = keptRefusal(project, parameter);
  if (kept !== null) return kept;
  const name = path.slice(path.lastIndexOf('.') + 1);
  const passed = project.find((f) => f.path !== definedIn && f.valueUses.includes(path));
  if (passed) return `${name}() is used as a value in ${passed.path}: calls that pass ${parameter}= to it there cannot be followed`;
  const splat = project.find((f) => f.path !== definedIn && f.splatCallees.includes(path));
  if (splat) return `a call in ${splat.path} passes **kwargs to ${name}(): its keys may spell ${parameter}`;
  return null;
}

/**
 * Why a rename reaching across files stops, or null: a suppression comment
 * keeps a line that spells the name, and a rename must reach every use or
 * none.
 */
function keptRefusal(files: readonly MemberFacts[], name: string): string | null {
  const at = files.flatMap((f) => f.kept.filter((k) => k.name === name).map((k) => `${f.path}:${k.line}`))[0];
  return at === undefined ? null : `a comment keeps the line at ${at} as it is, and it spells ${name}: a rename must reach every use, so ${name} keeps its name`;
}

/** Resolves dotted names as seen from a module: through its imports, or into the module when it binds the first part. */
function resolverFor(module: string, imports: readonly { local: string; path: string }[], analysis: ScopeAnalysis): (text: string) => string {
  return (text) => resolveDotted(text, module, imports, analysis.module.bindings.has(text.split('.')[0]));
}

/**
 * A dotted name as a path from the top package: through the imports, or
 * into the module itself when `local` (the module binds its first part).
 */
function resolveDotted(text: string, module: string, imports: readonly { local: string; path: string }[], local: boolean): string {
  const [first, ...rest] = text.split('.');
  const imported = imports.find((i) => i.local === first);
  if (imported !== undefined) return [imported.path, ...rest].join('.');
  return local ? `${module}.${text}` : text;
}

/** `.base.X` in `pkg.sub.mod` → `pkg.sub.base.X`. */
export function resolveRelative(path: string, module: string): string {
  const dots = /^\.*/.exec(path)![0].length;
  if (dots === 0) return path;
  const parts = module.split('.');
  const packagePath = parts.slice(0, Math.max(0, parts.length - dots));
  return [...packagePath, path.slice(dots)].filter(Boolean).join('.');
}

/** Whether an identifier is a name taken by `from m import name` (not the module path, not an alias). */
function isImportedName(id: Node): boolean {
  const dotted = id.parent;
  if (dotted?.type !== 'dotted_name' || dotted.namedChildCount !== 1) return false;
  const holder = dotted.parent?.type === 'aliased_import' ? dotted.parent.parent : dotted.parent;
  return holder?.type === 'import_from_statement' && !sameNode(holder.childForFieldName('module_name'), dotted);
}

/** The module path of the `from … import` statement an imported name belongs to. */
function importModule(id: Node): string {
  let statement = id.parent;
  while (statement !== null && statement.type !== 'import_from_statement') statement = statement.parent;
  return statement?.childForFieldName('module_name')?.text ?? '';
}

/** Whether a class sits in the module or in other classes only (not in a function): then it has a dotted name. */
export function isNamedClassChain(scope: Scope): boolean {
  for (let at: Scope | null = scope; at !== null && at.kind !== 'module'; at = at.parent) {
    if (at.kind !== 'class') return false;
  }
  return true;
}

/** `Outer.Inner` for a class nested in classes. */
export function qualifiedName(scope: Scope): string {
  const names: string[] = [];
  for (let at: Scope | null = scope; at !== null && at.kind === 'class'; at = at.parent) names.unshift(at.name!);
  return names.join('.');
}

/** Whether any of these definitions (def statements) calls `super().name` or `super(C, self).name`. */
function callsSuper(definitions: readonly Node[], name: string): boolean {
  return definitions.some(
    (definition) =>
      definition.type === 'function_definition' &&
      definition.descendantsOfType('attribute').some((a) => a.childForFieldName('attribute')?.text === name && a.childForFieldName('object')?.type === 'call' && a.childForFieldName('object')!.childForFieldName('function')?.text === 'super'),
  );
}

/** Whether a definition is decorated as a pytest fixture. */
function isFixture(definition: Node): boolean {
  const decorated = definition.parent;
  return decorated?.type === 'decorated_definition' && decorated.namedChildren.some((d) => d.type === 'decorator' && /^@\s*(?:pytest\.)?fixture\b/.test(d.text));
}

function isPrivate(name: string): boolean {
  return name.startsWith('_') && !name.startsWith('__');
}

