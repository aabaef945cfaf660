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
  isNamedClassChain,
  type MemberFacts,
  nodesOfType,
  ownerClass,
  qualifiedName,
  resolveDotted,
  resolveRelative,
  resolverFor,
} from './member-facts.js';

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
  const fixture = target.kind === 'method' ? files.some((f) => f.classes.some((c) => c.fullName === target.className && c.fixtures.includes(name))) : files.some((f) => f.module === target.module && f.functions.some((fn) => fn.name === name && fn.fixture));
  if (fixture) return { refusal: `${name} is a pytest fixture: tests request it by its name` };
  const mention = files.flatMap((f) => f.mentions.filter((m) => m.name === name).map((m) => `'${m.text}', ${f.path}:${m.line}`))[0];
  if (mention !== undefined) return { refusal: `a string spells ${name} (${mention}), as mock.patch, getattr or stub_out do: that use would not follow the rename` };
  const mentionOfNew = files.flatMap((f) => f.mentions.filter((m) => m.name === newName).map((m) => `'${m.text}', ${f.path}:${m.line}`))[0];
  if (mentionOfNew !== undefined) return { refusal: `a string spells ${newName} (${mentionOfNew}), as getattr or mock.patch do: after the rename it would reach the renamed ${name}` };
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
  if (home.dynamic) return { refusal: `${module} uses globals(), eval, exec, locals() or vars(): it may read ${name} by its spelling` };
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

/**
 * Why renaming a parameter of the module-level function `path`, defined in
 * the file `definedIn`, cannot follow the calls elsewhere in the run that may
 * pass it by keyword, or null.
 */
export function parameterReachRefusal(project: readonly MemberFacts[], definedIn: string, path: string, parameter: string): string | null {
  const name = path.slice(path.lastIndexOf('.') + 1);
  const passed = project.find((f) => f.path !== definedIn && f.valueUses.includes(path));
  if (passed) return `${name}() is used as a value in ${passed.path}: calls that pass ${parameter}= to it there cannot be followed`;
  const splat = project.find((f) => f.path !== definedIn && f.splatCallees.includes(path));
  if (splat) return `a call in ${splat.path} passes **kwargs to ${name}(): its keys may spell ${parameter}`;
  return null;
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
