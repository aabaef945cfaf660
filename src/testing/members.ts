/**
 * Renaming what other files reach: methods, class attributes and the
 * attributes methods assign through `self` (with subclasses' overrides and
 * mixins that define the same name), module-level functions and classes,
 * and the parameters of methods and module-level functions, across every
 * file of a run.
 *
 * It works in two passes, as transforms do:
 * 1. `collectMemberFacts` (src/testing/member-facts.ts) reads one file, in a
 *    transform's `collect`, into plain data about the names being renamed.
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
import { identifiersOf } from '../python/identifiers.js';
import { sameNode } from '../python/name-uses.js';
import type { ScopeAnalysis } from '../python/scope.js';
import { keywordArguments } from '../python/syntax.js';
import type { Edit, FileContext, Safety, TestIdChange } from '../core/types.js';
import { frameworkNameReason } from './hooks.js';
import { invalidNameReason, renameBinding } from '../python/rename-local.js';
import {
  type AttributeFact,
  type ClassFacts,
  describeObject,
  type KeywordCallFact,
  isNamedClassChain,
  type MemberFacts,
  ownerClass,
  qualifiedName,
  resolveDotted,
  resolveRelative,
  resolverFor,
} from './member-facts.js';
import { memberIndex, type MemberIndex } from './member-index.js';

type Node = Parser.SyntaxNode;

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
  const index = memberIndex(files);
  const fixture =
    target.kind === 'method'
      ? index.classesCalled(target.className).some(({ fact }) => fact.fixtures.includes(name))
      : index.filesOf(target.module).some((f) => f.functions.some((fn) => fn.name === name && fn.fixture));
  if (fixture) return { refusal: `${name} is a pytest fixture: tests request it by its name` };
  const spelling = (spelled: string) => index.mentionsOf(spelled).map(({ file, fact }) => `'${fact.text}', ${file.path}:${fact.line}`)[0];
  const mention = spelling(name);
  if (mention !== undefined) return { refusal: `a string spells ${name} (${mention}), as mock.patch, getattr or stub_out do: that use would not follow the rename` };
  const mentionOfNew = spelling(newName);
  if (mentionOfNew !== undefined) return { refusal: `a string spells ${newName} (${mentionOfNew}), as getattr or mock.patch do: after the rename it would reach the renamed ${name}` };
  const kept = keptRefusal(index, name);
  if (kept !== null) return { refusal: kept };
  return target.kind === 'method' ? planMethod(index, target, newName) : planModuleName(index, target, newName);
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
  /** The members and the classes they derive from: the classes whose instances may be the family's. */
  readonly sharing: ReadonlySet<ClassFacts>;
}

/** The family of `name` as `className` defines it, or why it must keep its name (a fake, an override of a base outside the run). */
function methodFamily(index: MemberIndex, className: string, name: string): Family | { refusal: string } {
  const { classes } = index;
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
    members = [...new Set(tops.flatMap((top) => descendants(top, index)))];
    const more = members.flatMap((m) => ancestors(m, classes)).filter((a) => a.members.includes(name)).map(topOf).filter((t) => !tops.includes(t));
    tops.push(...new Set(more));
    grown = more.length > 0;
  }
  const fake = members.find((c) => c.fake && c.members.includes(name));
  if (fake) return { refusal: `${fake.qualname} is a fake of an external API: ${name} must keep the name the real API has` };
  const extending = tops.find((top) => top.extending.includes(name));
  if (extending) return { refusal: `${extending.qualname}.${name} calls super().${name}: it overrides a method of a base outside the run, which keeps its name` };
  return { tops, members, sharing: new Set(members.flatMap((member) => [member, ...ancestors(member, classes)])) };
}

function planMethod(index: MemberIndex, target: MemberTarget & { kind: 'method' }, newName: string): MemberPlan {
  const { name } = target;
  const found = methodFamily(index, target.className, name);
  if ('refusal' in found) return found;
  const { members: family, sharing } = found;
  const { classes } = index;
  const inFamily = new Set(family.map((c) => c.fullName));
  const reached = [...family, ...family.flatMap((c) => ancestors(c, classes))];
  const clash = reached.find((c) => c.members.includes(newName));
  if (clash) return { refusal: `${clash.qualname} already has ${newName}: the rename would replace it` };
  const used = index.attributeUses(newName).find(({ fact }) => reachesFamily(fact, inFamily));
  if (used !== undefined) return { refusal: `${newName} is already used as an attribute of the class (${used.file.path}:${used.fact.line}): the rename would mix the two up` };
  const unknown = index.attributeUses(name).find(({ fact }) => !reachesFamily(fact, inFamily) && !reachesOther(fact, sharing, index));
  if (unknown !== undefined) return { refusal: `${name} is also reached through an object whose class cannot be told (${unknown.file.path}:${unknown.fact.line}): that use might not follow the rename` };
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
  const index = memberIndex(files);
  const kept = keptRefusal(index, parameter);
  if (kept !== null) return { refusal: kept };
  const found = methodFamily(index, className, method);
  if ('refusal' in found) return found;
  const { members, sharing } = found;
  const inFamily = new Set(members.map((c) => c.fullName));
  for (const cls of members.filter((c) => c.members.includes(method))) {
    const own = index.parameterRename(cls.fullName, method, parameter, newName);
    if (own === undefined) return { refusal: `${cls.qualname}.${method}() overrides it without a parameter ${parameter}` };
    if (own.refusal !== null) return { refusal: own.refusal };
  }
  const passed = index.firstUncalled(method);
  if (passed) return { refusal: `${method} is used as a value in ${passed.path}, not only called: calls through it cannot be followed` };
  const asUse = (c: KeywordCallFact): AttributeFact => ({ name: method, object: c.object, inClass: c.inClass, line: c.line });
  const calls = index.keywordCallsOf(method);
  const unknown = calls.find(({ fact }) => fact.keyword === parameter && !reachesFamily(asUse(fact), inFamily) && !reachesOther(asUse(fact), sharing, index));
  if (unknown !== undefined) return { refusal: `a call passes ${parameter}= to ${method}() through an object whose class cannot be told (${unknown.file.path}:${unknown.fact.line})` };
  const splat = calls.find(({ fact }) => fact.keyword === '**' && !reachesOther(asUse(fact), sharing, index));
  if (splat !== undefined) return { refusal: `a call passes **kwargs to ${method}() (${splat.file.path}:${splat.fact.line}): its keys may spell ${parameter}` };
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

function planModuleName(index: MemberIndex, target: MemberTarget & { kind: 'function' | 'class' | 'variable' }, newName: string): MemberPlan {
  const { name, module } = target;
  const home = index.filesOf(module)[0];
  if (home === undefined || !index.binds(home, name)) return { refusal: `no module ${module} defining ${name} is in the run` };
  if (home.selfNamed.includes(name)) return { refusal: `the value of ${name} spells its own name: pickle and repr find it by that name` };
  if (home.dynamic) return { refusal: `${module} uses globals(), eval or exec, or locals() or vars() at module level: it may read ${name} by its spelling` };
  const star = index.starImporterOf(module);
  if (star) return { refusal: `${star.path} imports * from ${module}: the names it takes cannot be followed` };
  const importers = index.inOrder(new Set([home, ...index.importersOf(`${module}.${name}`)]));
  const clash = importers.find((f) => index.spells(f, newName) || index.binds(f, newName));
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
  const family = new Set(plan.classes);
  for (const id of identifiersOf(context.tree.rootNode).byName.get(target.name) ?? []) {
    const parent = id.parent!;
    if (parent.type === 'attribute' && sameNode(parent.childForFieldName('attribute'), id)) {
      const object = describeObject(parent.childForFieldName('object')!, resolve);
      const objectNode = parent.childForFieldName('object')!;
      const owner = ownerClass(objectNode, analysis, facts.module);
      const ours = target.kind === 'method' ? reachesFamily({ name: target.name, object, inClass: owner, line: 0 }, family) : `${object}.${target.name}` === home;
      if (ours) rename(id);
    } else if (home !== null && isImportedName(id) && `${resolveRelative(importModule(id), facts.module)}.${target.name}` === home) {
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

/** Every class of the run by full name, built once per run's facts. */
export function classIndex(files: readonly MemberFacts[]): ReadonlyMap<string, ClassFacts> {
  return memberIndex(files).classes;
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
function descendants(cls: ClassFacts, index: MemberIndex): ClassFacts[] {
  const found = [cls];
  const known = new Set(found);
  for (let i = 0; i < found.length; i++) {
    for (const other of index.derivedFrom(found[i].fullName)) {
      if (known.has(other)) continue;
      known.add(other);
      found.push(other);
    }
  }
  return found;
}

/** Whether `self.x`, `cls.x`, `super().x` or `Class.x` reaches the family's method. */
function reachesFamily(use: AttributeFact, family: ReadonlySet<string>): boolean {
  if (use.object === 'self' || use.object === 'cls' || use.object === 'super') return use.inClass !== null && family.has(use.inClass);
  return family.has(use.object);
}

/**
 * Whether a use provably reaches something else: a module's attribute, or
 * `self.x`/`Class.x` of a class in the run that never shares an instance with
 * the family (no class in the run derives from both, as with a mixin).
 */
function reachesOther(use: AttributeFact, sharing: ReadonlySet<ClassFacts>, index: MemberIndex): boolean {
  if (index.modules.has(use.object)) return true;
  const owner = use.object === 'self' || use.object === 'cls' || use.object === 'super' ? use.inClass : use.object;
  const cls = owner === null ? undefined : index.classes.get(owner);
  return cls !== undefined && !sharing.has(cls);
}

/**
 * Why renaming a parameter of the module-level function `path`, defined in
 * the file `definedIn`, cannot follow the calls elsewhere in the run that may
 * pass it by keyword, or null.
 */
export function parameterReachRefusal(project: readonly MemberFacts[], definedIn: string, path: string, parameter: string): string | null {
  const index = memberIndex(project);
  const kept = keptRefusal(index, parameter);
  if (kept !== null) return kept;
  const name = path.slice(path.lastIndexOf('.') + 1);
  const passed = index.valueUsersOf(path).find((f) => f.path !== definedIn);
  if (passed) return `${name}() is used as a value in ${passed.path}: calls that pass ${parameter}= to it there cannot be followed`;
  const splat = index.splatCallersOf(path).find((f) => f.path !== definedIn);
  if (splat) return `a call in ${splat.path} passes **kwargs to ${name}(): its keys may spell ${parameter}`;
  return null;
}

/**
 * Why a rename reaching across files stops, or null: a suppression comment
 * keeps a line that spells the name, and a rename must reach every use or
 * none.
 */
function keptRefusal(index: MemberIndex, name: string): string | null {
  const first = index.keptUsesOf(name)[0];
  return first === undefined ? null : `a comment keeps the line at ${first.file.path}:${first.fact.line} as it is, and it spells ${name}: a rename must reach every use, so ${name} keeps its name`;
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

function isPrivate(name: string): boolean {
  return name.startsWith('_') && !name.startsWith('__');
}
