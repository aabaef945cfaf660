/**
 * Finding the changes that cause differences, by splitting the suspects in
 * halves and rerunning only the tests that differ: adaptive group testing,
 * as mutation testers and `git bisect` do it.
 */
import type { Difference } from './compare.js';

/** The differences among `tests` that remain when only `applied` of the suspects apply. */
export type Probe<T> = (applied: readonly T[], tests: ReadonlySet<string>) => Promise<ReadonlyMap<string, Difference>>;

/**
 * Suspects blamed for differences: one alone, several that cause them only
 * together, or those left when the runs ran out. `unconfirmed`: differences
 * that neither half showed and the whole group no longer shows: they came
 * by chance, and nothing is blamed for them.
 */
export interface Culprit<T> {
  readonly suspects: readonly T[];
  readonly differences: ReadonlyMap<string, Difference>;
  readonly why: 'alone' | 'together' | 'run-limit' | 'unconfirmed';
}

/** Thrown by a probe when no run is left. */
export class RunLimitReached extends Error {}

/** What `work` gives, or null when it stopped at the run limit. */
export async function untilRunLimit<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof RunLimitReached) return null;
    throw error;
  }
}

/**
 * The suspects that cause `differences`, which appear when all of `suspects`
 * apply. Each half is tried alone (both at once when runs may go in
 * parallel) on the tests that still differ, and the halves that reproduce
 * some of them are searched further. Differences that neither half shows
 * alone are tried once more with the whole group: those it shows again come
 * from the two halves together, and the members of each half they need are
 * blamed for them; those it no longer shows are `unconfirmed`.
 */
export async function findCulprits<T>(suspects: readonly T[], differences: ReadonlyMap<string, Difference>, probe: Probe<T>): Promise<Culprit<T>[]> {
  if (differences.size === 0) return [];
  if (suspects.length === 1) return [{ suspects, differences, why: 'alone' }];
  const middle = Math.ceil(suspects.length / 2);
  const halves = [suspects.slice(0, middle), suspects.slice(middle)];
  const tests = new Set(differences.keys());
  const found = await untilRunLimit(Promise.all(halves.map((half) => probe(half, tests))));
  if (found === null) return [{ suspects, differences, why: 'run-limit' }];
  const culprits = (await Promise.all(halves.map((half, i) => findCulprits(half, found[i], probe)))).flat();
  const together = new Map([...differences].filter(([test]) => !found.some((f) => f.has(test))));
  if (together.size === 0) return culprits;
  const again = await untilRunLimit(probe(suspects, new Set(together.keys())));
  if (again === null) return [...culprits, { suspects, differences: together, why: 'run-limit' }];
  const confirmed = new Map([...together].filter(([test]) => again.has(test)));
  const unconfirmed = new Map([...together].filter(([test]) => !again.has(test)));
  return [
    ...culprits,
    ...(confirmed.size > 0 ? await blameTogether(halves, confirmed, probe) : []),
    ...(unconfirmed.size > 0 ? [{ suspects: [], differences: unconfirmed, why: 'unconfirmed' as const }] : []),
  ];
}

/**
 * The suspects of two halves that cause `differences` only together: those
 * of the first half the differences need while the second applies whole,
 * then those of the second they need with these. The whole group when that
 * search does not end in suspects of both halves.
 */
async function blameTogether<T>([first, second]: readonly T[][], differences: ReadonlyMap<string, Difference>, probe: Probe<T>): Promise<Culprit<T>[]> {
  const needed = async (half: readonly T[], other: readonly T[]): Promise<T[] | null> => {
    const found = await findCulprits(half, differences, (applied, tests) => probe([...applied, ...other], tests));
    return found.length === 0 || found.some((c) => c.why === 'unconfirmed' || c.why === 'run-limit') ? null : found.flatMap((c) => c.suspects);
  };
  const fromFirst = await needed(first, second);
  const fromSecond = fromFirst === null ? null : await needed(second, fromFirst);
  const suspects = fromFirst === null || fromSecond === null ? [...first, ...second] : [...fromFirst, ...fromSecond];
  return [{ suspects, differences, why: 'together' }];
}
