/**
 * Test ids across a run, as unittest and pytest give them: `module.Class.test`
 * for the class that defines a test and for every class that inherits it.
 *
 * A transform reports the ids its fix changes in the class it edits
 * (`m.ServersTestBase.test_boot` → its split parts); a subclass elsewhere
 * that inherits the test (`m2.ServersTestV21.test_boot`) changes with it.
 * {@link TestHierarchy} reads every class of the run's modules and follows
 * such changes to the subclasses, and tells which tests cover a place in a
 * module.
 */
import type Parser from 'tree-sitter';
import { importedNames } from '../python/imports.js';
import type { TestIdChange } from '../core/types.js';
import { findTestDefinitions, outlineClasses, type ClassOutline } from './discovery.js';
import { resolveRelative } from './member-facts.js';

/** A class of the run, its bases resolved to full names where the module's imports tell them. */
interface ClassInfo extends Omit<ClassOutline, 'qualname'> {
  readonly module: string;
  /** `module.Outer.Inner`. */
  readonly fullName: string;
}

/** What one module holds for test ids: its classes and its module-level test functions. Plain data. */
export interface ModuleOutline {
  readonly module: string;
  readonly classes: readonly ClassInfo[];
  readonly functions: readonly { readonly name: string; readonly start: number; readonly end: number }[];
}

/** Reads one module's classes and test functions; `module` is its dotted name. */
export function outlineModule(root: Parser.SyntaxNode, source: string, module: string): ModuleOutline {
  const imports = importedNames(root).map((i) => ({ local: i.local, path: resolveRelative(i.path, module) }));
  const resolve = (text: string) => {
    const [first, ...rest] = text.split('.');
    const imported = imports.find((i) => i.local === first);
    return imported === undefined ? `${module}.${text}` : [imported.path, ...rest].join('.');
  };
  const classes = outlineClasses(root, source).map((c) => ({ module, fullName: `${module}.${c.qualname}`, start: c.start, end: c.end, bases: c.bases.map(resolve), methods: c.methods, tests: c.tests }));
  const functions = findTestDefinitions(root, source)
    .filter((t) => t.kind === 'function')
    .map((t) => ({ name: t.name, start: (t.node.parent?.type === 'decorated_definition' ? t.node.parent : t.node).startIndex, end: t.node.endIndex }));
  return { module, classes, functions };
}

/** The classes of a run and how they inherit each other's tests. */
export class TestHierarchy {
  private readonly classes: ReadonlyMap<string, ClassInfo>;
  private readonly modules: ReadonlyMap<string, ModuleOutline>;

  constructor(modules: readonly ModuleOutline[]) {
    this.modules = new Map(modules.map((m) => [m.module, m]));
    this.classes = new Map(modules.flatMap((m) => m.classes.map((c) => [c.fullName, c] as const)));
  }

  /**
   * The changes a fix reported in `module` makes in other classes: for a
   * test renamed or split in one class, the same change in every subclass
   * of the run that inherits the test without overriding it; for a test
   * class renamed, the tests it inherits from its bases, renamed with it.
   */
  inherited(change: TestIdChange, module: string): TestIdChange[] {
    const from = splitId(change.from, module);
    if (from === null) return [];
    const to = change.to.map((id) => splitId(id, module));
    if (to.some((t) => t === null)) return [];
    const targets = to as { className: string; name: string }[];
    const owner = `${module}.${from.className}`;
    if (targets.every((t) => t.className === from.className)) {
      return this.inheritors(owner, from.name).map((cls) => ({ from: `${cls.fullName}.${from.name}`, to: targets.map((t) => `${cls.fullName}.${t.name}`) }));
    }
    if (targets.length === 1 && targets[0].name === from.name && this.classes.has(owner)) {
      const renamed = `${module}.${targets[0].className}`;
      return this.visibleTests(owner)
        .filter((name) => !this.classes.get(owner)!.methods.includes(name))
        .map((name) => ({ from: `${owner}.${name}`, to: [`${renamed}.${name}`] }));
    }
    return [];
  }

  /**
   * The ids of the tests that run a place of a module: the test (and its
   * inherited copies) when the place is in a test, the tests of the class
   * and its subclasses when it is elsewhere in a class, every test of the
   * module when it is outside classes. Null when the module has no tests:
   * any test of the run may reach it.
   */
  covering(module: string, index: number): string[] | null {
    const outline = this.modules.get(module);
    if (outline === undefined) return null;
    const fn = outline.functions.find((f) => f.start <= index && index < f.end);
    if (fn !== undefined) return [`${module}.${fn.name}`];
    const classes = outline.classes.filter((c) => c.start <= index && index < c.end);
    const cls = classes.at(-1);
    if (cls !== undefined) {
      const test = cls.tests.find((t) => t.start <= index && index < t.end);
      if (test !== undefined) return [cls, ...this.inheritors(cls.fullName, test.name)].map((c) => `${c.fullName}.${test.name}`);
      return this.descendants(cls.fullName).flatMap((c) => this.visibleTests(c.fullName).map((name) => `${c.fullName}.${name}`));
    }
    const ids = [
      ...outline.functions.map((f) => `${module}.${f.name}`),
      ...new Set(outline.classes.flatMap((c) => this.descendants(c.fullName)).flatMap((c) => this.visibleTests(c.fullName).map((name) => `${c.fullName}.${name}`))),
    ];
    return ids.length === 0 ? null : ids;
  }

  /** The subclasses of `owner` in the run that inherit its `name` without overriding it, transitively. */
  private inheritors(owner: string, name: string): ClassInfo[] {
    const found: ClassInfo[] = [];
    const reached = new Set([owner]);
    for (let grown = true; grown; ) {
      grown = false;
      for (const cls of this.classes.values()) {
        if (reached.has(cls.fullName) || cls.methods.includes(name) || !cls.bases.some((base) => reached.has(base))) continue;
        if (!cls.bases.some((base) => reached.has(base) && this.resolvesTo(cls, name, base))) continue;
        reached.add(cls.fullName);
        found.push(cls);
        grown = true;
      }
    }
    return found;
  }

  /** Whether `cls` takes `name` from `base`: no base before it in its bases defines the name. */
  private resolvesTo(cls: ClassInfo, name: string, base: string): boolean {
    for (const other of cls.bases) {
      if (other === base) return true;
      if (this.definesInChain(other, name)) return false;
    }
    return true;
  }

  private definesInChain(fullName: string, name: string): boolean {
    return this.ancestry(fullName).some((cls) => cls.methods.includes(name));
  }

  /** A class and its bases in the run, transitively, nearest first. */
  private ancestry(fullName: string): ClassInfo[] {
    const found: ClassInfo[] = [];
    const queue = [fullName];
    while (queue.length > 0) {
      const cls = this.classes.get(queue.shift()!);
      if (cls === undefined || found.includes(cls)) continue;
      found.push(cls);
      queue.push(...cls.bases);
    }
    return found;
  }

  /** `fullName` and every class of the run derived from it. */
  private descendants(fullName: string): ClassInfo[] {
    const start = this.classes.get(fullName);
    if (start === undefined) return [];
    const found = [start];
    for (let i = 0; i < found.length; i++) {
      for (const cls of this.classes.values()) if (!found.includes(cls) && cls.bases.includes(found[i].fullName)) found.push(cls);
    }
    return found;
  }

  /** The test names a class has: its own and those its bases in the run define. */
  private visibleTests(fullName: string): string[] {
    return [...new Set(this.ancestry(fullName).flatMap((cls) => cls.tests.map((test) => test.name)))];
  }
}

/** `module.Outer.Inner.test_x` → `{ className: 'Outer.Inner', name: 'test_x' }`; null when the id is not of `module` or names no class. */
function splitId(id: string, module: string): { className: string; name: string } | null {
  if (!id.startsWith(`${module}.`)) return null;
  const rest = id.slice(module.length + 1).split('.');
  if (rest.length < 2) return null;
  return { className: rest.slice(0, -1).join('.'), name: rest.at(-1)! };
}
