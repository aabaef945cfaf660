/** From the settings in force for a file to what runs on it: transforms, their option values, the formatter. */
import type { Setting } from './config.js';
import type { FormatterRun } from './format.js';
import { readFormatter } from './lint-config.js';
import { findNearestFile } from './nearby.js';
import type { FileProfile } from './process.js';
import { nearest } from './config.js';
import { selectTransforms, TRANSFORMS } from './registry.js';
import { withPlanSettings, type Plan } from '../review/plan.js';
import type { Transform } from './types.js';

/** The option names every transform declares. */
export function transformOptionNames(): string[] {
  return TRANSFORMS.flatMap((t) => Object.keys(t.meta.options ?? {}));
}

/** The chosen transforms plus, in registry order, those an option that was given enables (`--rename` runs rename). */
export function withEnabledBy(chosen: readonly Transform[], given: (option: string) => boolean, skip: readonly string[]): Transform[] {
  return TRANSFORMS.filter(
    (t) => chosen.includes(t) || (!skip.includes(t.meta.name) && Object.entries(t.meta.options ?? {}).some(([name, option]) => option.enables === true && given(name))),
  );
}

/**
 * What runs on `file` under `settings` (its configuration and the command
 * line, resolved): `transforms` or the default set less `skip`, plus those
 * an option enables, or the review's plan; less what `per-file-ignores`
 * leave out for it. Throws UnknownTransformError for a name no transform has.
 */
export function fileProfile(file: string, settings: ReadonlyMap<string, Setting>, ignored: readonly string[], plan: Plan | null): FileProfile {
  const value = (name: string) => settings.get(name)?.value;
  const only = (value('transforms') as string[] | undefined) ?? [];
  const skip = (value('skip') as string[] | undefined) ?? [];
  const given = Object.fromEntries(transformOptionNames().filter((name) => settings.get(name)?.source !== 'default').map((name) => [name, value(name)]));
  let transforms = selectTransforms(only, skip);
  if (value('transforms') === undefined) transforms = withEnabledBy(transforms, (name) => name in given, skip);
  if (plan !== null) transforms = TRANSFORMS.filter((t) => plan.transforms.includes(t.meta.name));
  const formatter = value('formatter') ?? 'auto';
  return {
    transforms: transforms.map((t) => t.meta.name).filter((name) => !ignored.includes(name)),
    unsafe: value('unsafe') === true,
    settings: { ...(plan === null ? given : withPlanSettings(given, plan)), formatter },
    formatter: formatterFor(file, formatter),
  };
}

/** The formatter to run on `file` when it changes: the one its project configures or the setting names, unless the setting is `none`. */
function formatterFor(file: string, setting: unknown): FormatterRun | null {
  if (setting === 'none') return null;
  const layout = readFormatter({ nearestFile: (names) => findNearestFile(file, names) }, setting);
  if (layout === null) return null;
  // Ruff finds its own settings from the file's path; black is told where they are.
  return { name: layout.name, config: layout.name === 'black' ? layout.config : null };
}

/** Options whose values are transform names. */
const NAME_OPTIONS = ['transforms', 'skip', 'per-file-ignores'];

/** Why some of `names`, the values of `option`, name no transform (with the nearest that does), or null. */
export function namesProblem(option: string, names: readonly string[]): string | null {
  if (!NAME_OPTIONS.includes(option)) return null;
  const known = TRANSFORMS.map((t) => t.meta.name);
  const unknown = names.find((name) => !known.includes(name));
  return unknown === undefined ? null : `'${unknown}' is not a transform; did you mean '${nearest(unknown, known)}'? (valid names: ${known.join(', ')})`;
}
