/**
 * The first pass's facts of a run, indexed by name: planning a rename looks
 * up the classes, uses, strings and calls of a name instead of reading every
 * file's facts for each name it weighs. Built once per run's facts (the same
 * array of {@link MemberFacts}); every list keeps the order of the files, and
 * within a file the order of its facts, so that "the first" use found is the
 * one a plain scan would find.
 */
import type { AttributeFact, ClassFacts, KeptFact, KeywordCallFact, MemberFacts, MentionFact, ParameterRename } from './member-facts.js';

/** A fact and the file that holds it. */
export interface Located<T> {
  readonly file: MemberFacts;
  readonly fact: T;
}

/** The run's facts by name. */
export class MemberIndex {
  /** Every class by full name; a name two files define is the later file's class, at the place of the first. */
  readonly classes: ReadonlyMap<string, ClassFacts>;
  /** The modules of the run. */
  readonly modules: ReadonlySet<string>;
  private readonly order = new Map<MemberFacts, number>();
  private readonly classesNamed = new Map<string, Located<ClassFacts>[]>();
  private readonly derived = new Map<string, ClassFacts[]>();
  private readonly filesOfModule = new Map<string, MemberFacts[]>();
  private readonly attributes = new Map<string, Located<AttributeFact>[]>();
  private readonly mentions = new Map<string, Located<MentionFact>[]>();
  private readonly kept = new Map<string, Located<KeptFact>[]>();
  private readonly keywordCalls = new Map<string, Located<KeywordCallFact>[]>();
  private readonly parameters = new Map<string, ParameterRename>();
  private readonly importers = new Map<string, MemberFacts[]>();
  private readonly starImporter = new Map<string, MemberFacts>();
  private readonly uncaller = new Map<string, MemberFacts>();
  private readonly valueUsers = new Map<string, MemberFacts[]>();
  private readonly splatCallers = new Map<string, MemberFacts[]>();
  private readonly spelled = new Map<MemberFacts, ReadonlySet<string>>();
  private readonly moduleNames = new Map<MemberFacts, ReadonlySet<string>>();

  constructor(files: readonly MemberFacts[]) {
    this.classes = new Map(files.flatMap((f) => f.classes.map((c) => [c.fullName, c] as const)));
    this.modules = new Set(files.map((f) => f.module));
    for (const cls of this.classes.values()) for (const base of new Set(cls.bases)) append(this.derived, base, cls);
    for (const [index, file] of files.entries()) {
      this.order.set(file, index);
      append(this.filesOfModule, file.module, file);
      for (const cls of file.classes) append(this.classesNamed, cls.fullName, { file, fact: cls });
      for (const fact of file.attributes) append(this.attributes, fact.name, { file, fact });
      for (const fact of file.mentions) append(this.mentions, fact.name, { file, fact });
      for (const fact of file.kept) append(this.kept, fact.name, { file, fact });
      for (const fact of file.keywordCalls) append(this.keywordCalls, fact.method, { file, fact });
      for (const parameter of file.parameters) {
        const key = parameterKey(parameter.className, parameter.function, parameter.parameter, parameter.newName);
        if (!this.parameters.has(key)) this.parameters.set(key, parameter);
      }
      for (const path of new Set(file.imports.map((i) => i.path))) append(this.importers, path, file);
      for (const module of file.starImports) if (!this.starImporter.has(module)) this.starImporter.set(module, file);
      for (const name of file.uncalled) if (!this.uncaller.has(name)) this.uncaller.set(name, file);
      for (const path of new Set(file.valueUses)) append(this.valueUsers, path, file);
      for (const path of new Set(file.splatCallees)) append(this.splatCallers, path, file);
    }
  }

  /** The classes with this full name, with their files, in file order (two files of one module may both define it). */
  classesCalled(fullName: string): readonly Located<ClassFacts>[] {
    return this.classesNamed.get(fullName) ?? [];
  }

  /** The classes (as {@link classes} holds them) that name `fullName` among their bases, in the order of {@link classes}. */
  derivedFrom(fullName: string): readonly ClassFacts[] {
    return this.derived.get(fullName) ?? [];
  }

  /** The files of a module, in file order. */
  filesOf(module: string): readonly MemberFacts[] {
    return this.filesOfModule.get(module) ?? [];
  }

  /** The uses `object.name` of a name, in file order. */
  attributeUses(name: string): readonly Located<AttributeFact>[] {
    return this.attributes.get(name) ?? [];
  }

  /** The strings that read a name, in file order. */
  mentionsOf(name: string): readonly Located<MentionFact>[] {
    return this.mentions.get(name) ?? [];
  }

  /** The uses of a name on lines a suppression comment keeps, in file order. */
  keptUsesOf(name: string): readonly Located<KeptFact>[] {
    return this.kept.get(name) ?? [];
  }

  /** The calls `object.method(…, keyword=…)` of a method, in file order. */
  keywordCallsOf(method: string): readonly Located<KeywordCallFact>[] {
    return this.keywordCalls.get(method) ?? [];
  }

  /** How the first file that defines it sees renaming a parameter, or undefined. */
  parameterRename(className: string | null, fn: string, parameter: string, newName: string): ParameterRename | undefined {
    return this.parameters.get(parameterKey(className, fn, parameter, newName));
  }

  /** The files that import this dotted path, in file order. */
  importersOf(path: string): readonly MemberFacts[] {
    return this.importers.get(path) ?? [];
  }

  /** The first file that imports * from a module, or undefined. */
  starImporterOf(module: string): MemberFacts | undefined {
    return this.starImporter.get(module);
  }

  /** The first file that uses an attribute name other than as the callee of a call, or undefined. */
  firstUncalled(name: string): MemberFacts | undefined {
    return this.uncaller.get(name);
  }

  /** The files that use a module-level name (a dotted path) as a value, in file order. */
  valueUsersOf(path: string): readonly MemberFacts[] {
    return this.valueUsers.get(path) ?? [];
  }

  /** The files that call a function (a dotted path) with `**kwargs`, in file order. */
  splatCallersOf(path: string): readonly MemberFacts[] {
    return this.splatCallers.get(path) ?? [];
  }

  /** Whether a file spells a name as an identifier. */
  spells(file: MemberFacts, name: string): boolean {
    return setOf(this.spelled, file, file.spelled).has(name);
  }

  /** Whether a file's module scope binds a name. */
  binds(file: MemberFacts, name: string): boolean {
    return setOf(this.moduleNames, file, file.moduleNames).has(name);
  }

  /** Files in the order of the run. */
  inOrder(files: Iterable<MemberFacts>): MemberFacts[] {
    return [...files].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

const indexes = new WeakMap<readonly MemberFacts[], MemberIndex>();

/** The index of a run's facts, built once per array of facts. */
export function memberIndex(files: readonly MemberFacts[]): MemberIndex {
  let index = indexes.get(files);
  if (index === undefined) indexes.set(files, (index = new MemberIndex(files)));
  return index;
}

function parameterKey(className: string | null, fn: string, parameter: string, newName: string): string {
  return JSON.stringify([className, fn, parameter, newName]);
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function setOf(cache: Map<MemberFacts, ReadonlySet<string>>, file: MemberFacts, names: readonly string[]): ReadonlySet<string> {
  let set = cache.get(file);
  if (set === undefined) cache.set(file, (set = new Set(names)));
  return set;
}
