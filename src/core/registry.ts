/** Every transform testmend has, and choosing among them. */
import assertMethods from '../../transforms/assert-methods/index.js';
import docstrings from '../../transforms/docstrings/index.js';
import extractHelpers from '../../transforms/extract-helpers/index.js';
import naming from '../../transforms/naming/index.js';
import rename from '../../transforms/rename/index.js';
import sleepToWait from '../../transforms/sleep-to-wait/index.js';
import splitTests from '../../transforms/split-tests/index.js';
import style from '../../transforms/style/index.js';
import type { Transform } from './types.js';

/** All transforms, in the order their fixes are considered. */
export const TRANSFORMS: readonly Transform[] = [assertMethods, rename, naming, docstrings, style, extractHelpers, splitTests, sleepToWait];

/** A choice of transforms that names one testmend does not have. */
export class UnknownTransformError extends Error {
  override name = 'UnknownTransformError';
  constructor(readonly unknown: readonly string[]) {
    super(`unknown transform${unknown.length > 1 ? 's' : ''} ${unknown.map((name) => `'${name}'`).join(', ')}; valid names: ${TRANSFORMS.map((t) => t.meta.name).join(', ')}`);
  }
}

/**
 * The transforms a run uses, in registry order: those named in `only` (or the
 * default set when it is empty), less those in `skip`.
 */
export function selectTransforms(only: readonly string[], skip: readonly string[] = []): Transform[] {
  const unknown = [...only, ...skip].filter((name) => !TRANSFORMS.some((t) => t.meta.name === name));
  if (unknown.length > 0) throw new UnknownTransformError([...new Set(unknown)]);
  return TRANSFORMS.filter(
    (t) => (only.length === 0 ? t.meta.defaultEnabled : only.includes(t.meta.name)) && !skip.includes(t.meta.name),
  );
}

/** The transforms a file's profile names (already checked and resolved), in registry order; none for an empty list. */
export function namedTransforms(names: readonly string[]): Transform[] {
  return TRANSFORMS.filter((t) => names.includes(t.meta.name));
}
