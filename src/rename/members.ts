/**
 * Renaming what other files reach: methods (with subclasses' overrides),
 * module-level functions and classes, across every file of a run.
 *
 * It works in two passes, as transforms do:
 * 1. {@link collectMemberFacts} reads one file (in a transform's `collect`)
 *    into plain data about the names being renamed: its classes with their
 *    bases and members, its module-level names and imports, every `x.name`
 *    attribute use, every string that spells a name (`mock.patch.object(o,
 *    'name')`, `getattr(o, 'name')`, `stub_out('pkg.mod.name')`) and every
 *    call passing a watched name as a keyword.
 * 2. {@link planMemberRename} decides, from every file's facts, what a rename
 *    covers or why it must not happen; every file computes the same plan.
 *    {@link memberEdits} then gives one file's edits: definitions,
 *    `self.x`/`cls.x`/`super().x`/`Class.x`/`module.x`, `from m import x`
 *    and the references of the name that import binds.
 *    {@link parameterCallEdits} updates the `name=` keyword arguments of
 *    calls that reach a module-level function whose parameter is renamed.
 *
 * Refusals: framework names (src/rename/framework.ts), string mentions, fake
 * classes of external APIs, methods that override a base outside the run
 * (they call `super().name`), attribute uses on objects whose class cannot
 * be told, star imports and `globals()` in the defining module, and
 * collisions with a name already defined where the rename reaches.
 */
import type Parser from 'tree-sitter';
import { importedNames } from '../imports.js';
import { sameNode } from '../name-uses.js';
import { uniqueEdits } from '../edits.js';
import type { Scope, ScopeAnalysis } from '../scope/index.js';
import { findTestDefinitions } from '../test-discovery.js';
import type { Edit, FileContext, Safety, TestIdChange } from '../types.js';
import { frameworkNameReason } from './framework.js';
import { invalidNameReason, renameBinding } from './local.js';

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
  /** Every name the class body binds: methods and class attributes. */
  readonly members: readonly string[];
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

/** A module-level function: its parameters, for keyword renames. */
export interface FunctionFacts {
  readonly name: string;
  readonly parameters: readonly string[];
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
  /** Whether the module calls globals(). */
  readonly dynamic: boolean;
  /** Top-level imports: local name → dotted path. */
  readonly imports: readonly { readonly local: string; readonly path: string }[];
  readonly attributes: readonly AttributeFact[];
  readonly mentions: readonly MentionFact[];
  /** Every identifier spelled like a watched new name, for collisions. */
  readonly spelled: readonly string[];
  /** Module-level names of this or another module used as values, not called (`callback=helper`), as dotted paths. */
  readonly valueUses: readonly string[];
  /** What renaming a parameter of one of this module's functions does here (see src/rename/local.ts). */
  readonly parameters: readonly ParameterRename[];
}

/** A rename of a module-level function's parameter as its own module sees it. */
export interface ParameterRename {
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
  | { readonly kind: 'function' | 'class'; readonly module: string; readonly name: string };

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
export function collectMemberFacts(context: FileContext, analysis: ScopeAnalysis, renames: readonly NamePair[]): MemberFacts {
  const root = context.tree.rootNode;
  const watched = new Set(renames.flatMap((r) => [r.from, r.to]));
  const module = context.moduleName();
  const imports = importedNames(root).map((i) => ({ local: i.local, path: resolveRelative(i.path, module) }));
  const resolve = (text: string) => resolveDotted(text, module, imports, analysis.module.bindings.has(text.split('.')[0]));
  const testsByClass = new Map<number, string[]>();
  let currentClass: number | null = null;
  for (const test of findTestDefinitions(root, context.source)) {
    if (test.kind === 'class') testsByClass.set((currentClass = test.node.id), []);
    else if (test.kind === 'method' && currentClass !== null) testsByClass.get(currentClass)!.push(test.name);
  }
  const classes: ClassFacts[] = [];
  const classNames = new Map<number, string>();
  for (const scope of analysis.scopes) {
    if (scope.kind !== 'class' || !isNamedClassChain(scope)) continue;
    const qualname = qualifiedName(scope);
    const fullName = `${module}.${qualname}`;
    classNames.set(scope.node.id, fullName);
    const bases = (scope.node.childForFieldName('superclasses')?.namedChildren ?? []).filter((b) => b.type === 'identifier' || b.type === 'attribute').map((b) => resolve(b.text));
    const members = [...scope.bindings.keys()];
    classes.push({
      module,
      fullName,
      qualname,
      bases,
      members,
      extending: members.filter((m) => callsSuper(scope.bindings.get(m)!.definitions.map((d) => d.node.parent!), m)),
      fake: FAKE.test(qualname) || bases.some((b) => FAKE.test(b)),
      tests: testsByClass.get(scope.node.id) ?? [],
      isTest: testsByClass.has(scope.node.id) || /Test/.test(qualname) || bases.some((b) => /Test|\btest/.test(b)),
      fixtures: members.filter((m) => scope.bindings.get(m)!.definitions.some((d) => isFixture(d.node.parent!))),
    });
  }
  const functions = root.namedChildren
    .map((s) => (s.type === 'decorated_definition' ? s.childForFieldName('definition') : s))
    .filter((s): s is Node => s?.type === 'function_definition')
    .map((fn) => ({ name: fn.childForFieldName('name')!.text, parameters: parameterNames(fn), fixture: isFixture(fn) }));
  const attributes: AttributeFact[] = [];
  const mentions: MentionFact[] = [];
  const spelled = new Set<string>();
  for (const id of root.descendantsOfType('identifier')) {
    if (!watched.has(id.text)) continue;
    spelled.add(id.text);
    const parent = id.parent;
    if (parent?.type !== 'attribute' || !sameNode(parent.childForFieldName('attribute'), id)) continue;
    const object = parent.childForFieldName('object')!;
    const method = analysis.scopeOf(id);
    const owner = method.kind === 'function' && method.parent?.kind === 'class' ? classNames.get(method.parent.node.id) ?? null : null;
    attributes.push({ name: id.text, object: describeObject(object, resolve), inClass: owner, line: context.line(id.startIndex) });
  }
  for (const string of root.descendantsOfType('string_content')) {
    const name = /(?:^|\.)([A-Za-z_]\w*)$/.exec(string.text)?.[1];
    if (name !== undefined && watched.has(name) && /^[\w.]+$/.test(string.text)) mentions.push({ name, text: string.text, line: context.line(string.startIndex) });
  }
  return {
    path: context.path,
    module,
    classes,
    functions,
    moduleNames: [...analysis.module.bindings.keys()],
    starImports: root.descendantsOfType('import_from_statement').filter((s) => s.descendantsOfType('wildcard_import').length > 0).map((s) => resolveRelative(s.childForFieldName('module_name')?.text ?? '', module)),
    dynamic: analysis.module.dynamic,
    imports,
    attributes,
    mentions,
    spelled: [...spelled],
    valueUses: valueUses(analysis, resolve),
    parameters: parameterRenames(analysis, renames),
  };
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

/** How renaming each parameter of a module-level function named in `renames` goes in its own module. */
function parameterRenames(analysis: ScopeAnalysis, renames: readonly NamePair[]): ParameterRename[] {
  return analysis.module.children.flatMap((fn) => {
    if (fn.kind !== 'function') return [];
    return renames.flatMap(({ from, to }) => {
      const parameter = fn.bindings.get(from);
      if (parameter === undefined || !parameter.kinds.has('parameter')) return [];
      const plan = renameBinding(analysis, parameter, to);
      return [{ function: fn.name!, parameter: from, newName: to, refusal: 'refusal' in plan ? plan.refusal : null }];
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
  const mention = files.flatMap((f) => f.mentions.filter((m) => m.name === name).map((m) => `${f.path}:${m.line}`))[0];
  if (mention !== undefined) return { refusal: `a string spells ${name} (${mention}), as mock.patch, getattr or stub_out do: that use would not follow the rename` };
  return target.kind === 'method' ? planMethod(files, target, newName) : planModuleName(files, target, newName);
}

function planMethod(files: readonly MemberFacts[], target: MemberTarget & { kind: 'method' }, newName: string): MemberPlan {
  const { name } = target;
  const classes = new Map(files.flatMap((f) => f.classes.map((c) => [c.fullName, c] as const)));
  const home = classes.get(target.className);
  if (home === undefined || !home.members.includes(name)) return { refusal: `no class ${target.className} defining ${name} is in the run` };
  let top = home;
  for (let base = definingBase(top, name, classes); base !== null; base = definingBase(top, name, classes)) top = base;
  const family = descendants(top, classes);
  const fake = family.find((c) => c.fake && c.members.includes(name));
  if (fake) return { refusal: `${fake.qualname} is a fake of an external API: ${name} must keep the name the real API has` };
  if (top.extending.includes(name)) return { refusal: `${top.qualname}.${name} calls super().${name}: it overrides a method of a base outside the run, which keeps its name` };
  const inFamily = new Set(family.map((c) => c.fullName));
  const reached = [...family, ...ancestors(top, classes)];
  const clash = reached.find((c) => c.members.includes(newName));
  if (clash) return { refusal: `${clash.qualname} already has ${newName}: the rename would replace it` };
  const unknown = files.flatMap((f) => f.attributes.filter((a) => a.name === name && !reachesFamily(a, inFamily)).map((a) => `${f.path}:${a.line}`))[0];
  if (unknown !== undefined) return { refusal: `${name} is also reached through an object whose class cannot be told (${unknown}): that use might not follow the rename` };
  const testIds = /^test/.test(name)
    ? family
        .filter((c) => c.isTest)
        .map((c) => ({ from: `${c.fullName}.${name}`, to: [`${c.fullName}.${newName}`] }))
    : [];
  const safety: Safety = isPrivate(name) && testIds.length === 0 ? 'safe' : 'unsafe';
  return { target, newName, safety, classes: [...inFamily], testIds };
}

function planModuleName(files: readonly MemberFacts[], target: MemberTarget & { kind: 'function' | 'class' }, newName: string): MemberPlan {
  const { name, module } = target;
  const home = files.find((f) => f.module === module);
  if (home === undefined || !home.moduleNames.includes(name)) return { refusal: `no module ${module} defining ${name} is in the run` };
  if (home.dynamic) return { refusal: `${module} calls globals(): it may read ${name} by its spelling` };
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
  const root = context.tree.rootNode;
  const resolve = (text: string) => resolveDotted(text, facts.module, facts.imports, analysis.module.bindings.has(text.split('.')[0]));
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
  for (const id of root.descendantsOfType('identifier')) {
    if (id.text !== target.name) continue;
    const parent = id.parent!;
    if (parent.type === 'attribute' && sameNode(parent.childForFieldName('attribute'), id)) {
      const object = describeObject(parent.childForFieldName('object')!, resolve);
      const method = analysis.scopeOf(id);
      const owner = method.kind === 'function' && method.parent?.kind === 'class' && isNamedClassChain(method.parent) ? `${facts.module}.${qualifiedName(method.parent)}` : null;
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
 * covered by src/rename/local.ts.
 */
export function parameterCallEdits(context: FileContext, analysis: ScopeAnalysis, facts: MemberFacts, functionPath: string, name: string, newName: string): Edit[] {
  const edits: Edit[] = [];
  for (const call of context.tree.rootNode.descendantsOfType('call')) {
    const callee = call.childForFieldName('function');
    if (callee === null || (callee.type !== 'identifier' && callee.type !== 'attribute')) continue;
    const first = callee.type === 'identifier' ? callee : callee.descendantsOfType('identifier')[0];
    if (analysis.referenceAt(first)?.binding?.scope.kind !== 'module') continue;
    if (resolveDotted(callee.text, facts.module, facts.imports, analysis.module.bindings.has(first.text)) !== functionPath) continue;
    for (const argument of call.childForFieldName('arguments')?.namedChildren ?? []) {
      const keyword = argument.type === 'keyword_argument' ? argument.childForFieldName('name') : null;
      if (keyword?.text === name) edits.push({ start: keyword.startIndex, end: keyword.endIndex, text: newName });
    }
  }
  return edits;
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

/** What an attribute's object is: self, cls, super, a dotted path (through the imports), or `?`. */
function describeObject(object: Node, resolve: (text: string) => string): string {
  if (object.type === 'identifier' && (object.text === 'self' || object.text === 'cls')) return object.text;
  if (object.type === 'call' && object.childForFieldName('function')?.text === 'super') return 'super';
  if ((object.type === 'identifier' || object.type === 'attribute') && /^[A-Za-z_][\w.]*$/.test(object.text)) return resolve(object.text);
  return '?';
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
function resolveRelative(path: string, module: string): string {
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
function isNamedClassChain(scope: Scope): boolean {
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

function parameterNames(fn: Node): string[] {
  return (fn.childForFieldName('parameters')?.namedChildren ?? []).map((p) => (p.type === 'identifier' ? p.text : (p.childForFieldName('name') ?? p.descendantsOfType('identifier')[0])?.text ?? '')).filter(Boolean);
}

function isPrivate(name: string): boolean {
  return name.startsWith('_') && !name.startsWith('__');
}

