/**
 * The first pass of renaming what other files reach: reading one file into
 * plain data about the names being renamed. {@link collectMemberFacts} (in a
 * transform's `collect`) gives its classes with their bases and members, its
 * module-level names, functions and imports, every `x.name` attribute use,
 * every string that reads a name (`mock.patch.object(o, 'name')`,
 * `getattr(o, 'name')`, `stub_out('pkg.mod.name')`, `__all__`), the calls
 * passing a watched name as a keyword or `**kwargs`, the names used as
 * values, and how renaming each parameter of its functions and methods goes
 * inside them. src/testing/members.ts plans and edits from these facts.
 *
 * It also holds how a file's names read: which class `self` stands for, and
 * a dotted name as a path from the top package, through the file's imports.
 */
import type Parser from 'tree-sitter';
import { identifiersOf } from '../python/identifiers.js';
import { importedNames } from '../python/imports.js';
import { sameNode } from '../python/name-uses.js';
import { namesOf } from '../python/tree-names.js';
import type { Binding, Reference, Scope, ScopeAnalysis } from '../python/scope.js';
import { findTestDefinitions } from './discovery.js';
import type { FileContext } from '../core/types.js';
import { renameBinding } from '../python/rename-local.js';
import { type AttributeSite, nodeOf, type NodeSpan, readSites } from '../python/syntax-sites.js';

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
  const attributes: AttributeFact[] = [];
  const kept: KeptFact[] = [];
  const spelled = new Set<string>();
  // The watched names assigned as `self.name = …` (or `cls.name`), by the full name of the class whose method does it.
  const instanceAttributes = new Map<string, Set<string>>();
  const identifiers = identifiersOf(root);
  const sites = readSites(context.tree);
  const textOf = (span: NodeSpan) => context.source.slice(span.start, span.end);
  for (const [index, name] of identifiers.texts.entries()) {
    if (!watched.has(name)) continue;
    spelled.add(name);
    const start = identifiers.starts[index];
    if (codes.some((code) => !context.keeps(code, start))) kept.push({ name, line: context.line(start) });
    // The name of an attribute ends where the attribute does.
    if (identifiers.parentTypes[index] !== 'attribute') continue;
    const site = sites.attributeEndingAt.get(identifiers.ends[index]);
    if (site === undefined || site.name.start !== start) continue;
    const objectText = textOf(site.object);
    // An identifier before the attribute's name is the one before it in the source: its reference is found by where it starts, without a node.
    const named = site.object.type === 'identifier' && identifiers.texts[index - 1] === objectText;
    const inClass = named ? classOfMethod(selfMethod(referencesOf(analysis).get(identifiers.starts[index - 1])?.binding), module) : ownerClass(nodeOf(context.tree, site.object), analysis, module);
    attributes.push({ name, object: describeText(site.object.type, objectText, site.objectCallee && textOf(site.objectCallee), resolve), inClass, line: context.line(start) });
    if (inClass !== null && site.object.type === 'identifier' && (objectText === 'self' || objectText === 'cls') && site.target) {
      if (!instanceAttributes.has(inClass)) instanceAttributes.set(inClass, new Set());
      instanceAttributes.get(inClass)!.add(name);
    }
  }
  // What a def, a class attribute or a module name would need for these facts, looked for at all only when the file has it.
  const supers = new Set(sites.attributes.filter((a) => a.objectCallee !== null && a.object.type === 'call' && textOf(a.objectCallee) === 'super').map((a) => textOf(a.name)));
  const fixtures = context.source.includes('fixture');
  const strings = new Set(sites.strings.map(textOf));
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
      extending: members.filter((m) => watched.has(m) && supers.has(m) && callsSuper(scope.bindings.get(m)?.definitions.map((d) => d.node.parent!) ?? [], m)),
      fake: FAKE.test(qualname) || bases.some((b) => FAKE.test(b)),
      tests: testsByClass.get(scope.node.id) ?? [],
      isTest: testsByClass.has(scope.node.id) || /Test/.test(qualname) || bases.some((b) => /Test|\btest/.test(b)),
      fixtures: fixtures ? members.filter((m) => scope.bindings.get(m)?.definitions.some((d) => isFixture(d.node.parent!)) === true) : [],
    });
  }
  const functions = root.namedChildren
    .map((s) => (s.type === 'decorated_definition' ? s.childForFieldName('definition') : s))
    .filter((s): s is Node => s?.type === 'function_definition')
    .map((fn) => ({ name: fn.childForFieldName('name')!.text, fixture: fixtures && isFixture(fn) }));
  const mentions: MentionFact[] = [];
  for (const string of sites.strings) {
    const text = textOf(string);
    const name = /(?:^|\.)([A-Za-z_]\w*)$/.exec(text)?.[1];
    if (name !== undefined && watched.has(name) && /^[\w.]+$/.test(text) && (text.includes('.') || readsByName(nodeOf(context.tree, string)))) {
      mentions.push({ name, text, line: context.line(string.start) });
    }
  }
  return {
    path: context.path,
    module,
    classes,
    functions,
    moduleNames: [...analysis.module.bindings.keys()],
    starImports: (namesOf(root).starImports.length === 0 ? [] : root.descendantsOfType('import_from_statement')).filter((s) => s.descendantsOfType('wildcard_import').length > 0).map((s) => resolveRelative(s.childForFieldName('module_name')?.text ?? '', module)),
    dynamic: analysis.module.dynamic || analysis.scopes.some((scope) => scope.evaluates),
    variables: [...analysis.module.bindings.values()].filter((b) => !b.kinds.has('import') && !b.kinds.has('function') && !b.kinds.has('class')).map((b) => b.name),
    selfNamed: [...analysis.module.bindings.values()].filter((b) => strings.has(b.name) && b.definitions.some((d) => spellsItsName(d.node))).map((b) => b.name),
    imports,
    attributes,
    mentions,
    kept,
    spelled: [...spelled],
    valueUses: valueUses(context.tree, context.source, analysis, resolve),
    parameters: parameterRenames(analysis, renames, module),
    ...callFacts(context, analysis, watched, resolve),
  };
}

/** The keyword calls of watched names to methods, and the attribute names used as values. */
function callFacts(context: FileContext, analysis: ScopeAnalysis, watched: ReadonlySet<string>, resolve: (text: string) => string): Pick<MemberFacts, 'keywordCalls' | 'uncalled' | 'splatCallees'> {
  const module = context.moduleName();
  const textOf = (span: NodeSpan) => context.source.slice(span.start, span.end);
  const sites = readSites(context.tree);
  const keywordCalls: KeywordCallFact[] = [];
  const uncalled = new Set<string>();
  for (const site of sites.attributes) {
    const method = textOf(site.name);
    if (!site.called) {
      uncalled.add(method);
      continue;
    }
    for (const argument of site.arguments) {
      const keyword = argument.name === null ? '**' : textOf(argument.name);
      if (keyword !== '**' && !watched.has(keyword)) continue;
      const object = describeText(site.object.type, textOf(site.object), site.objectCallee && textOf(site.objectCallee), resolve);
      keywordCalls.push({ keyword, method, object, inClass: ownerClass(nodeOf(context.tree, site.object), analysis, module), line: context.line(argument.start) });
    }
  }
  const splatCallees = sites.splatCallees.flatMap((callee) => (callee.type === 'identifier' || callee.type === 'attribute' ? [resolve(textOf(callee))] : []));
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

/**
 * Dotted paths of module-level names read as values rather than called: `f`,
 * `mod.f` in `callback=mod.f`. Read from the names walk and the sites, by
 * place: a read under an attribute is its object, a read under a call is
 * its callee.
 */
function valueUses(tree: Parser.Tree, source: string, analysis: ScopeAnalysis, resolve: (text: string) => string): string[] {
  const names = namesOf(tree.rootNode);
  let byObject: Map<number, AttributeSite[]> | undefined;
  const attributeOf = (start: number, end: number): AttributeSite | undefined => {
    if (byObject === undefined) {
      byObject = new Map();
      for (const site of readSites(tree).attributes) {
        const same = byObject.get(site.object.start);
        if (same === undefined) byObject.set(site.object.start, [site]);
        else same.push(site);
      }
    }
    return byObject.get(start)?.find((site) => site.object.end === end);
  };
  const found = new Set<string>();
  for (const binding of analysis.module.bindings.values()) {
    for (const reference of binding.references) {
      if (reference.role !== 'read') continue;
      const { start } = reference;
      const parentType = names.parentTypes[indexAt(names.starts, start)];
      let end = reference.end;
      let called = parentType === 'call';
      for (let site = parentType === 'attribute' ? attributeOf(start, end) : undefined; site !== undefined; site = attributeOf(start, end)) {
        end = site.end;
        called = site.called;
      }
      if (!called) found.add(resolve(source.slice(start, end)));
    }
  }
  return [...found];
}

/** The place of `value` in a sorted list that holds it. */
function indexAt(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * How renaming each parameter named in `renames` of a module-level function
 * or of a method goes inside its own module (keyword callers left aside for
 * methods, which planMethodParameter in src/testing/members.ts weighs).
 */
function parameterRenames(analysis: ScopeAnalysis, renames: readonly NamePair[], module: string): ParameterRename[] {
  // The places in `renames` of the renames of each name, to look a function's parameters up rather than every rename in every function.
  const places = new Map<string, number[]>();
  for (const [place, { from }] of renames.entries()) places.set(from, [...(places.get(from) ?? []), place]);
  return analysis.scopes.flatMap((fn) => {
    const owner = fn.parent;
    if (fn.kind !== 'function' || (owner?.kind !== 'module' && !(owner?.kind === 'class' && isNamedClassChain(owner)))) return [];
    const className = owner.kind === 'class' ? `${module}.${qualifiedName(owner)}` : null;
    const asked = [...fn.bindings.values()].flatMap((binding) => (binding.kinds.has('parameter') ? (places.get(binding.name) ?? []) : []));
    return asked
      .sort((a, b) => a - b)
      .map((place) => {
        const { from, to } = renames[place];
        const plan = renameBinding(analysis, fn.bindings.get(from)!, to, { methodCallers: true });
        return { className, function: fn.name!, parameter: from, newName: to, refusal: 'refusal' in plan ? plan.refusal : null };
      });
  });
}

/**
 * The full name of the class whose instance (or class) `self`, `cls` or
 * `super()` stands for: the class of the method whose first parameter the
 * name is, also from a closure inside that method; null when it cannot be told.
 */
export function ownerClass(object: Node, analysis: ScopeAnalysis, module: string): string | null {
  if (object.type === 'identifier') return classOfMethod(selfMethod(analysis.referenceAt(object)?.binding), module);
  return classOfMethod(object.type === 'call' ? analysis.scopeOf(object) : null, module);
}

/** The function whose first parameter a binding is, or null. */
function selfMethod(binding: Binding | null | undefined): Scope | null {
  return binding != null && isFirstParameter(binding) ? binding.scope : null;
}

/** The full name of the class a function is a method of, or null. */
function classOfMethod(method: Scope | null, module: string): string | null {
  const cls = method?.kind === 'function' ? method.parent : null;
  return cls?.kind === 'class' && isNamedClassChain(cls) ? `${module}.${qualifiedName(cls)}` : null;
}

const referencesByStart = new WeakMap<ScopeAnalysis, ReadonlyMap<number, Reference>>();

/** Every reference of an analysis by where its identifier starts, as {@link ScopeAnalysis.referenceAt} finds them for nodes, made once per analysis. */
export function referencesOf(analysis: ScopeAnalysis): ReadonlyMap<number, Reference> {
  let found = referencesByStart.get(analysis);
  if (found === undefined) {
    const byStart = new Map<number, Reference>();
    for (const scope of analysis.scopes) for (const reference of scope.references) byStart.set(reference.start, reference);
    referencesByStart.set(analysis, (found = byStart));
  }
  return found;
}

/** Whether each binding asked about is the first parameter of its function: every `self.x` of a method asks about the same `self`. */
const firstParameters = new WeakMap<Binding, boolean>();

function isFirstParameter(binding: Binding): boolean {
  let first = firstParameters.get(binding);
  if (first === undefined) {
    first = binding.kinds.has('parameter') && sameNode(binding.scope.node.childForFieldName('parameters')?.firstNamedChild, binding.definitions[0]?.node);
    firstParameters.set(binding, first);
  }
  return first;
}

/** What an attribute's object is: self, cls, super, a dotted path (through the imports), or `?`. */
export function describeObject(object: Node, resolve: (text: string) => string): string {
  return describeText(object.type, object.text, object.type === 'call' ? (object.childForFieldName('function')?.text ?? null) : null, resolve);
}

/** {@link describeObject} from the object's type and text, and the text of its callee when it is a call. */
function describeText(type: string, text: string, callee: string | null, resolve: (text: string) => string): string {
  if (type === 'identifier' && (text === 'self' || text === 'cls')) return text;
  if (type === 'call' && callee === 'super') return 'super';
  if ((type === 'identifier' || type === 'attribute') && /^[A-Za-z_][\w.]*$/.test(text)) return resolve(text);
  return '?';
}

/** Resolves dotted names as seen from a module: through its imports, or into the module when it binds the first part. */
export function resolverFor(module: string, imports: readonly { local: string; path: string }[], analysis: ScopeAnalysis): (text: string) => string {
  return (text) => resolveDotted(text, module, imports, analysis.module.bindings.has(text.split('.')[0]));
}

/**
 * A dotted name as a path from the top package: through the imports, or
 * into the module itself when `local` (the module binds its first part).
 */
export function resolveDotted(text: string, module: string, imports: readonly { local: string; path: string }[], local: boolean): string {
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
