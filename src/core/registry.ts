/** Every transform testmend has, the plugins' included, and choosing among them. */
import assertMethods from '../../transforms/assert-methods/index.js';
import docstrings from '../../transforms/docstrings/index.js';
import extractHelpers from '../../transforms/extract-helpers/index.js';
import naming from '../../transforms/naming/index.js';
import rename from '../../transforms/rename/index.js';
import sleepToWait from '../../transforms/sleep-to-wait/index.js';
import splitTests from '../../transforms/split-tests/index.js';
import style from '../../transforms/style/index.js';
import type { Transform } from './types.js';

/**
 * All transforms, in the order their fixes are considered: the built-in ones,
 * then those of the plugins this process loaded ({@link addTransforms}).
 */
export let TRANSFORMS: readonly Transform[] = [assertMethods, rename, naming, docstrings, style, extractHelpers, splitTests, sleepToWait];

/** A transform that cannot join the others: its name or an option's name is taken. */
export class TransformClashError extends Error {
  override name = 'TransformClashError';
}

/**
 * Adds transforms after those already there; one already there (the same
 * object, loaded twice) is kept once.
 *
 * @throws TransformClashError when a name, an option name, a hundred of codes or a code's name is taken.
 */
export function addTransforms(added: readonly Transform[]): void {
  for (const transform of added) {
    if (TRANSFORMS.includes(transform)) continue;
    const { name } = transform.meta;
    if (TRANSFORMS.some((t) => t.meta.name === name)) throw new TransformClashError(`there is already a transform named ${name}`);
    for (const option of Object.keys(transform.meta.options ?? {})) {
      const owner = TRANSFORMS.find((t) => Object.hasOwn(t.meta.options ?? {}, option));
      if (owner !== undefined) throw new TransformClashError(`${name}: --${option} is already an option of ${owner.meta.name}`);
    }
    for (const [code, info] of Object.entries(transform.meta.codes)) {
      const owner = TRANSFORMS.find((t) => Object.keys(t.meta.codes).some((taken) => taken.slice(0, 3) === code.slice(0, 3)));
      if (owner !== undefined) throw new TransformClashError(`${name}: the codes ${code.slice(0, 3)}xx are already ${owner.meta.name}'s; choose other letters`);
      const named = TRANSFORMS.find((t) => Object.values(t.meta.codes).some((taken) => taken.name === info.name));
      if (named !== undefined) throw new TransformClashError(`${name}: ${code} is named ${info.name}, as a code of ${named.meta.name} is`);
    }
    TRANSFORMS = [...TRANSFORMS, transform];
  }
}

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
