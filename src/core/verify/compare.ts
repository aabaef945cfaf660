/**
 * Comparing a run on the fixed tree with the baseline, test by test, through
 * the test-id map: a renamed test is compared with the test it came from, a
 * split test with the combination of its parts.
 */
import { composeTestIdChanges } from '../test-id-map.js';
import { combine, STOPPING, type Outcome, type Outcomes } from './outcomes.js';

/** One entry of the test-id map, with the file and module it is about. */
export interface IdChange {
  /** The file as reports name it. */
  readonly path: string;
  /** Its dotted module name as testmend computes it (from the first directory up that is not a package). */
  readonly module: string;
  readonly from: string;
  readonly to: readonly string[];
}

/** A test whose outcome differs from the baseline's. */
export interface Difference {
  /** Its id in the baseline (or in the fixed run, for a test the baseline did not have). */
  readonly test: string;
  readonly before: Outcome;
  readonly after: Outcome;
}

const MISSING: Outcome = { status: 'missing', message: '' };

/** `m.T.test_f[1]` → [`m.T.test_f`, `[1]`]: parametrised ids map through their base id. */
function splitParams(id: string): [string, string] {
  const bracket = id.indexOf('[');
  return bracket === -1 ? [id, ''] : [id.slice(0, bracket), id.slice(bracket)];
}

/**
 * The test-id map in the runner's own ids. A runner may name a module from
 * a higher directory than testmend does (pytest from its rootdir, unittest
 * from `discover -t`): each change takes the spelling of its module that the
 * baseline's ids use, among the dotted tails of its path.
 */
export class IdMap {
  private readonly map = new Map<string, readonly string[]>();

  /** `known`: the baseline's ids, whose spelling the map takes. */
  constructor(
    readonly changes: readonly IdChange[],
    known: KnownIds,
  ) {
    for (const change of composeTestIdChanges(changes)) {
      const from = known.spell(change.path, change.module, change.from);
      const prefix = from.slice(0, from.length - (change.from.length - change.module.length));
      this.map.set(from, change.to.map((id) => (id.startsWith(`${change.module}.`) ? prefix + id.slice(change.module.length) : id)));
    }
  }

  /** The ids a baseline test has in the fixed run: itself, or the tests it became. */
  images(id: string): string[] {
    const [base, params] = splitParams(id);
    return this.map.get(base)?.map((to) => to + params) ?? [id];
  }
}

/** The ids of a run, and how a runner spells the ids testmend computes. */
export class KnownIds {
  private readonly byBase = new Map<string, string[]>();

  constructor(ids: Iterable<string>) {
    for (const id of ids) {
      const [base] = splitParams(id);
      this.byBase.set(base, [...(this.byBase.get(base) ?? []), id]);
    }
  }

  /**
   * `id` (of `module`, in `file`) as the runner spells it: with the module
   * named from the directory the runner starts from, among the dotted tails
   * of the file's path, whichever the run has; as it is when it has none.
   */
  spell(file: string, module: string, id: string): string {
    if (!id.startsWith(`${module}.`)) return id;
    const rest = id.slice(module.length);
    const prefix = modulePrefixes(file, module).find((p) => this.byBase.has(p + rest));
    return prefix === undefined ? id : prefix + rest;
  }

  /** The run's ids of a test: itself, or each of its parametrised cases. */
  cases(id: string): readonly string[] {
    return this.byBase.get(id) ?? [];
  }
}

/** `a/tests/test_x.py` with module `test_x` → `test_x`, `tests.test_x`, `a.tests.test_x`. */
function modulePrefixes(file: string, module: string): string[] {
  const parts = file.replace(/\.py$/, '').split('/').filter((p) => p !== '' && p !== '.');
  const size = module.split('.').length;
  const found = [module];
  for (let k = size + 1; k <= parts.length; k++) found.push(parts.slice(-k).join('.'));
  return found;
}

/**
 * The tests whose outcome in `after` differs from `before`. With `tests`,
 * only those baseline tests are compared (a narrowed run); without, every
 * baseline test, and every test of `after` that is no baseline test's image
 * (a test the fixes added). Tests in `ignore` (flaky) are left out.
 */
export function compareOutcomes(before: Outcomes, after: Outcomes, map: IdMap, tests: Iterable<string> | null, ignore: ReadonlySet<string>): Difference[] {
  const differences: Difference[] = [];
  const seen = new Set<string>();
  for (const test of tests ?? before.keys()) {
    const images = map.images(test);
    images.forEach((id) => seen.add(id));
    if (ignore.has(test)) continue;
    const was = before.get(test) ?? MISSING;
    const parts = images.map((id) => after.get(id) ?? MISSING);
    // A run stopped before it reached a test says nothing about it, unless a part it reached already differs.
    const reached = parts.filter((p) => p.status !== 'unrun');
    if (was.status === 'unrun' || reached.length === 0) continue;
    const now = combine(reached);
    if (reached.length < parts.length && !STOPPING.includes(now.status)) continue;
    if (now.status !== was.status) differences.push({ test, before: was, after: now });
  }
  if (tests === null) {
    for (const [id, outcome] of after) {
      if (!seen.has(id) && !before.has(id) && !ignore.has(id) && outcome.status !== 'unrun') differences.push({ test: id, before: MISSING, after: outcome });
    }
  }
  return differences;
}
