/**
 * The first pass's results of a naming run, indexed by name: each file asks
 * only about the names it spells, and a rename across the run is planned
 * once per run, not once per file that meets it.
 */
import type { MemberFacts } from '../../src/index.js';

/** A method (`owner` is its class, `module.Class`) or a module-level function (`owner` null) that shows a convention. */
export interface MemberName {
  readonly owner: string | null;
  readonly name: string;
  /** Whether its own module reads it by its bare name (a module-level function called there). */
  readonly read: boolean;
  /** The line of its definition. */
  readonly line: number;
}

/** What the index reads of one file's first-pass results. */
export interface IndexedFile {
  readonly path: string;
  readonly facts: { readonly members: readonly MemberName[]; readonly strings: readonly string[]; readonly reach: MemberFacts };
}

/** A fact of the file at `file` (its place in the run), `order` placing it among all facts of its kind in the run. */
export interface Placed<T> {
  readonly file: number;
  readonly order: number;
  readonly fact: T;
}

/** Which of the run's facts a file asks about: `keep` is asked once per fact and `key`, for the whole run. */
export interface Selection<T> {
  readonly key: string;
  keep(placed: Placed<T>): boolean;
}

/** A parameter of one of the run's functions or methods, as its module would rename it. */
export type ParameterRename = MemberFacts['parameters'][number];
type ClassFacts = MemberFacts['classes'][number];

/** The run's members, parameters, attribute names, imports and string words, by name. */
export class RunIndex {
  private readonly members = new Map<string, Placed<MemberName>[]>();
  private readonly parameters = new Map<string, Placed<ParameterRename>[]>();
  private readonly methods = new Map<string, MemberName>();
  private readonly classes = new Map<string, Placed<ClassFacts>[]>();
  private readonly attributes = new Set<string>();
  private readonly imported = new Set<string>();
  private readonly strings = new Map<string, string>();
  private readonly plans = new Map<string, unknown>();
  private readonly selections = new Map<string, Map<string, Placed<unknown>[]>>();

  constructor(files: readonly IndexedFile[]) {
    let order = 0;
    for (const [file, { path, facts }] of files.entries()) {
      for (const member of facts.members) {
        append(this.members, member.name, { file, order: order++, fact: member });
        const key = methodKey(member.owner, member.name);
        if (!this.methods.has(key)) this.methods.set(key, member);
      }
      for (const cls of facts.reach.classes) append(this.classes, cls.fullName, { file, order: order++, fact: cls });
      for (const parameter of facts.reach.parameters) append(this.parameters, parameter.parameter, { file, order: order++, fact: parameter });
      for (const use of facts.reach.attributes) this.attributes.add(use.name);
      for (const { path: imported } of facts.reach.imports) if (imported.includes('.')) this.imported.add(imported.slice(imported.lastIndexOf('.') + 1));
      for (const word of facts.strings) if (!this.strings.has(word)) this.strings.set(word, path);
    }
  }

  /** The members of the run whose names are among `words` and that `selection` keeps, in the order of the run. */
  membersNamed(words: ReadonlySet<string>, selection: Selection<MemberName>): Placed<MemberName>[] {
    return placedFor(this.selected(this.members, `member ${selection.key}`, selection), words);
  }

  /** The parameters of the run's functions and methods whose names are among `words` and that `selection` keeps, in the order of the run. */
  parametersNamed(words: ReadonlySet<string>, selection: Selection<ParameterRename>): Placed<ParameterRename>[] {
    return placedFor(this.selected(this.parameters, `parameter ${selection.key}`, selection), words);
  }

  /** The classes of the run with this full name, in the order of the run. */
  classesCalled(fullName: string): readonly Placed<ClassFacts>[] {
    return this.classes.get(fullName) ?? [];
  }

  /** The first member of the run that is method `name` of class `owner`. */
  method(owner: string, name: string): MemberName | undefined {
    return this.methods.get(methodKey(owner, name));
  }

  /** Whether a file uses `x.name`, or imports a dotted path ending in `.name`. */
  isReached(name: string): boolean {
    return this.attributes.has(name) || this.imported.has(name);
  }

  /** The first file whose strings hold the word, or undefined. */
  stringHolder(word: string): string | undefined {
    return this.strings.get(word);
  }

  /**
   * The facts of `byName` that `selection` keeps, by name, worked out once per
   * run: a name many files spell (setUp, a shared helper) would otherwise have
   * every definition of it in the run weighed again for each of those files.
   */
  private selected<T>(byName: ReadonlyMap<string, readonly Placed<T>[]>, key: string, selection: Selection<T>): ReadonlyMap<string, readonly Placed<T>[]> {
    let kept = this.selections.get(key) as Map<string, Placed<T>[]> | undefined;
    if (kept === undefined) {
      kept = new Map();
      for (const [name, list] of byName) {
        const chosen = list.filter((placed) => selection.keep(placed));
        if (chosen.length > 0) kept.set(name, chosen);
      }
      this.selections.set(key, kept as Map<string, Placed<unknown>[]>);
    }
    return kept;
  }

  /** What `plan` gives for `key`, worked out once per run: every file of the run asks the same. */
  planned<T>(key: string, plan: () => T): T {
    if (!this.plans.has(key)) this.plans.set(key, plan());
    return this.plans.get(key) as T;
  }
}

/**
 * The words of a text that may be identifiers: runs of characters between
 * white space and ASCII punctuation other than `_`. Every identifier of the
 * code is one of them.
 */
export function wordsOf(text: string): Set<string> {
  return new Set(text.match(/[^\s!-\/:-@\[-\^`{-~]+/gu));
}

function methodKey(owner: string | null, name: string): string {
  return `${owner ?? ''}:${name}`;
}

function append<T>(map: Map<string, Placed<T>[]>, key: string, value: Placed<T>): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function placedFor<T>(map: ReadonlyMap<string, readonly Placed<T>[]>, words: ReadonlySet<string>): Placed<T>[] {
  const found: Placed<T>[] = [];
  for (const word of words) {
    const list = map.get(word);
    if (list !== undefined) found.push(...list);
  }
  return found.sort((a, b) => a.order - b.order);
}
